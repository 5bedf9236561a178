import type { Assertion } from '../api/types';

const SYMBOL: Record<Assertion, string> = { PRESENT: '+', ABSENT: '−', UNCERTAIN: '?' };

/** Colour plus a symbol and a word, so the assertion never rests on colour alone. */
export function AssertionBadge({ assertion }: { assertion: Assertion }) {
  return (
    <span className={`badge a-${assertion.toLowerCase()}`}>
      <span aria-hidden="true">{SYMBOL[assertion]}</span> {assertion.toLowerCase()}
    </span>
  );
}
