/** The measure's knobs: variant, α, β, max depth, focus concepts, k. */
import type { SimilarityKnobs, Variant } from '../api/types';
import { ConceptSearch } from './ConceptSearch';

const VARIANTS: Variant[] = ['TVERSKY', 'SYMMETRIC', 'DICE', 'JACCARD', 'PAPER'];

export const DEFAULT_KNOBS: SimilarityKnobs = { variant: 'TVERSKY', alpha: 0.5, beta: 0.5, maxDepth: 3, focusConcepts: [] };

interface Props {
  knobs: SimilarityKnobs;
  onChange: (knobs: SimilarityKnobs) => void;
  k: number;
  onK: (k: number) => void;
}

export function SimilarityKnobsPanel({ knobs, onChange, k, onK }: Props) {
  const set = (patch: Partial<SimilarityKnobs>): void => onChange({ ...knobs, ...patch });
  const usesAlpha = knobs.variant === 'TVERSKY' || knobs.variant === 'SYMMETRIC';
  return (
    <fieldset className="knobs">
      <legend>Similarity measure</legend>
      <div className="field">
        <label htmlFor="knob-variant">Variant</label>
        <select id="knob-variant" value={knobs.variant} onChange={(e) => set({ variant: e.target.value as Variant })}>
          {VARIANTS.map((v) => (
            <option key={v} value={v}>
              {v.toLowerCase()}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="knob-alpha">
          α (query side) <output htmlFor="knob-alpha">{knobs.alpha.toFixed(2)}</output>
        </label>
        <input id="knob-alpha" type="range" min={0} max={1} step={0.05} value={knobs.alpha} onChange={(e) => set({ alpha: Number(e.target.value) })} />
        {!usesAlpha ? <small className="muted">Not used by {knobs.variant.toLowerCase()}.</small> : null}
      </div>
      <div className="field">
        <label htmlFor="knob-beta">
          β (case side) <output htmlFor="knob-beta">{knobs.beta.toFixed(2)}</output>
        </label>
        <input id="knob-beta" type="range" min={0} max={2} step={0.05} value={knobs.beta} onChange={(e) => set({ beta: Number(e.target.value) })} />
      </div>
      <div className="field">
        <label htmlFor="knob-depth">
          Max is-a depth <output htmlFor="knob-depth">{knobs.maxDepth}</output>
        </label>
        <input id="knob-depth" type="range" min={0} max={6} step={1} value={knobs.maxDepth} onChange={(e) => set({ maxDepth: Number(e.target.value) })} />
      </div>
      <div className="field">
        <label htmlFor="knob-k">Cases (k)</label>
        <input id="knob-k" type="number" min={1} max={50} value={k} onChange={(e) => onK(Math.min(50, Math.max(1, Number(e.target.value) || 1)))} />
      </div>
      <div className="field">
        <ConceptSearch
          label="Focus concepts"
          placeholder="e.g. pneumonia"
          onPick={(c) => knobs.focusConcepts.some((f) => f.id === c.id) || set({ focusConcepts: [...knobs.focusConcepts, { ...c, weight: 2 }] })}
        />
        {knobs.focusConcepts.length > 0 ? (
          <ul className="focus-list">
            {knobs.focusConcepts.map((focus) => (
              <li key={focus.id}>
                <label htmlFor={`focus-${focus.id}`}>{focus.name}</label>
                <input
                  id={`focus-${focus.id}`}
                  type="number"
                  min={0}
                  step={0.5}
                  value={focus.weight}
                  aria-label={`Weight of ${focus.name}`}
                  onChange={(e) =>
                    set({ focusConcepts: knobs.focusConcepts.map((f) => (f.id === focus.id ? { ...f, weight: Math.max(0, Number(e.target.value) || 0) } : f)) })
                  }
                />
                <button type="button" className="link" onClick={() => set({ focusConcepts: knobs.focusConcepts.filter((f) => f.id !== focus.id) })}>
                  Remove<span className="visually-hidden"> {focus.name}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <small className="muted">Concepts under a focus concept weigh more.</small>
        )}
      </div>
      <button type="button" className="secondary" onClick={() => onChange(DEFAULT_KNOBS)}>
        Reset to defaults
      </button>
    </fieldset>
  );
}
