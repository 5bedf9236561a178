/**
 * Upper bounds on the TVERSKY / SYMMETRIC score of a candidate (derivation:
 * docs/similarity.md, "The in-process index"). With E the matched overlap, A the absent
 * agreements, Wp the query's positive unit weight and Wc the case's:
 *
 *   D − I ≥ floor(xq, xc),  xq = Wp − E,  xc = Wc − E
 *
 * because every positive query unit adds α (or β(…) for SYMMETRIC) × what it did not earn
 * as a residual or unmatched weight, or κ × its weight as a contradiction, and every
 * positive case unit likewise on its side. The bound N / (N + floor), N = E + A, grows with
 * E (floor only shrinks as E grows), so E may be replaced by any upper bound of it:
 * reach (from the posting lists), Wp and Wc. Pure arithmetic; callers add BOUND_MARGIN.
 */
import type { SimilarityOptions } from '../core/measure.types';

type Coefficients = Pick<SimilarityOptions, 'variant' | 'alpha' | 'beta' | 'kappa'>;

/**
 * The least D − I can be given xq and xc. TVERSKY: min(α, κ)·xq + min(β, κ)·xc. SYMMETRIC:
 * with a ≤ xq and b ≤ xc the residuals and the rest contradictions, β(α·min(a, b) +
 * (1 − α)·max(a, b)) + κ(xq − a + xc − b) is linear on each side of a = b, so its least
 * value over the box is at a corner or where the diagonal leaves the box.
 */
export function remainderFloor(xq: number, xc: number, o: Coefficients): number {
  if (o.variant !== 'SYMMETRIC') return Math.min(o.alpha, o.kappa) * xq + Math.min(o.beta, o.kappa) * xc;
  const [lo, hi] = xq < xc ? [xq, xc] : [xc, xq];
  const side = o.beta * (1 - o.alpha);
  return Math.min(
    o.kappa * (xq + xc), // all contradicted
    side * xq + o.kappa * xc,
    side * xc + o.kappa * xq,
    o.beta * (o.alpha * lo + (1 - o.alpha) * hi), // all residual
    o.beta * lo + o.kappa * (hi - lo), // residuals equal, the rest contradicted
  );
}

/** The query-side slope: remainderFloor(xq, 0) = slope·xq, for the per-candidate first pass. */
export function boundSlope(o: Coefficients): number {
  return remainderFloor(1, 0, o);
}

/** The query-side bound (the case side unknown, taken as 0): cheap enough for every candidate. */
export function scoreBound(reach: number, absent: number, positiveWeight: number, slope: number): number {
  const E = Math.min(reach, positiveWeight);
  const N = E + absent;
  if (!(N > 0)) return 0;
  return N / (N + slope * Math.max(0, positiveWeight - E));
}

/** The bound with the case's own positive unit weight Wc too: never above scoreBound, often far below. */
export function caseBound(reach: number, absent: number, positiveWeight: number, caseWeight: number, o: Coefficients): number {
  const E = Math.min(reach, positiveWeight, caseWeight);
  const N = E + absent;
  if (!(N > 0)) return 0;
  return N / (N + remainderFloor(Math.max(0, positiveWeight - E), Math.max(0, caseWeight - E), o));
}

/** Added to a bound before it is compared with a computed score (floating-point rounding). */
export const BOUND_MARGIN = 1e-9;
