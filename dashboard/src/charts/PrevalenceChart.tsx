/** Stacked horizontal bars per label: present (positive), uncertain, absent (negative). */
import type { LabelPrevalence } from '../api/types';

const SEGMENTS = [
  { key: 'positive', name: 'present', className: 'seg-present' },
  { key: 'uncertain', name: 'uncertain', className: 'seg-uncertain' },
  { key: 'negative', name: 'absent', className: 'seg-absent' },
] as const;

export function PrevalenceChart({ rows, selected, onSelect }: { rows: LabelPrevalence[]; selected: string | null; onSelect: (label: string) => void }) {
  const max = Math.max(1, ...rows.map((r) => r.positive + r.uncertain + r.negative));
  return (
    <figure className="prevalence">
      <p className="legend">
        {SEGMENTS.map((s) => (
          <span key={s.key} className="legend-item">
            <span className={`swatch ${s.className}`} aria-hidden="true" /> {s.name}
          </span>
        ))}
      </p>
      <ul className="bars" aria-label="Reports per label and status; choose a label to list its reports">
        {rows.map((row) => {
          const total = row.positive + row.uncertain + row.negative;
          const description = `${row.label}: ${row.positive} present, ${row.uncertain} uncertain, ${row.negative} absent, ${row.notMentioned} not mentioned`;
          return (
            <li key={row.label}>
              <button
                type="button"
                className={`bar-row${selected === row.label ? ' selected' : ''}`}
                aria-pressed={selected === row.label}
                aria-label={description}
                title={description}
                onClick={() => onSelect(row.label)}
              >
                <span className="bar-label">{row.label}</span>
                <svg className="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                  {(() => {
                    let at = 0;
                    return SEGMENTS.map((s) => {
                      const w = (row[s.key] / max) * 100;
                      const rect = <rect key={s.key} x={at} y={0} width={w} height={10} className={s.className} />;
                      at += w;
                      return rect;
                    });
                  })()}
                </svg>
                <span className="bar-total">{total}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
