/** A small SVG line chart of one series over epochs. */
export interface Point {
  x: number;
  y: number;
}

export function LineChart({ points, title, yLabel, color, max }: { points: Point[]; title: string; yLabel: string; color: string; max?: number }) {
  const width = 320;
  const height = 140;
  const pad = { left: 40, right: 10, top: 10, bottom: 26 };
  if (points.length === 0) return <p className="muted">{title}: no epoch finished yet.</p>;
  const xMax = Math.max(1, ...points.map((p) => p.x));
  const yMax = max ?? Math.max(1e-9, ...points.map((p) => p.y)) * 1.1;
  const x = (v: number): number => pad.left + (v / xMax) * (width - pad.left - pad.right);
  const y = (v: number): number => height - pad.bottom - (v / yMax) * (height - pad.top - pad.bottom);
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.x).toFixed(1)},${y(p.y).toFixed(1)}`).join(' ');
  const last = points[points.length - 1];
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}: ${points.map((p) => `epoch ${p.x} ${p.y.toFixed(3)}`).join(', ')}`}>
        <line x1={pad.left} y1={height - pad.bottom} x2={width - pad.right} y2={height - pad.bottom} className="axis" />
        <line x1={pad.left} y1={pad.top} x2={pad.left} y2={height - pad.bottom} className="axis" />
        <text x={pad.left - 4} y={pad.top + 8} textAnchor="end" className="tick">
          {yMax.toFixed(2)}
        </text>
        <text x={pad.left - 4} y={height - pad.bottom} textAnchor="end" className="tick">
          0
        </text>
        <text x={(width + pad.left) / 2} y={height - 6} textAnchor="middle" className="tick">
          epoch (1–{xMax})
        </text>
        <path d={line} fill="none" stroke={color} strokeWidth={2} />
        {points.map((p) => (
          <circle key={p.x} cx={x(p.x)} cy={y(p.y)} r={3} fill={color} />
        ))}
      </svg>
      <figcaption>
        {title} · {yLabel} {last.y.toFixed(3)} at epoch {last.x}
      </figcaption>
    </figure>
  );
}
