/**
 * An upper bound on the TVERSKY / SYMMETRIC score of a candidate, from two numbers the
 * posting lists give cheaply (derivation: docs/similarity.md, "The in-process index"):
 *
 *   E ≤ min(reach, Wp)   matched overlap: reach = Σ over the case's positive units of
 *                         max over query units q reaching them of credit(d)·min(wq, wc);
 *                         Wp = Σ of the query's positive unit weights
 *   A                     absent agreements (an upper bound is enough)
 *   S ≤ (E + A) / (E + A + m·(Wp − E)),  m = min(α, κ) (TVERSKY), min(β(1 − α), κ) (SYMMETRIC)
 *
 * Every positive query unit adds at least m × (its weight − its earned overlap) to the
 * denominator (as a residual, unmatched weight, or contradiction), the case side adds ≥ 0,
 * and the bound grows with E. Pure arithmetic; the caller adds a margin for rounding.
 */
import type { SimilarityOptions } from '../core/measure.types';

export function boundSlope(options: SimilarityOptions): number {
  return options.variant === 'SYMMETRIC'
    ? Math.min(options.beta * (1 - options.alpha), options.kappa)
    : Math.min(options.alpha, options.kappa);
}

export function scoreBound(reach: number, absent: number, positiveWeight: number, slope: number): number {
  const E = Math.min(reach, positiveWeight);
  const N = E + absent;
  if (!(N > 0)) return 0;
  return N / (N + slope * Math.max(0, positiveWeight - E));
}

/** Added to a bound before it is compared with a computed score (floating-point rounding). */
export const BOUND_MARGIN = 1e-9;
