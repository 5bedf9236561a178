/**
 * Shared shapes of the losses. Every loss takes logits [tokens × classes] (row-major,
 * double precision), gold class ids and an optional mask (1 = real token, 0 = padding),
 * and returns the loss and its gradient with respect to the logits (zero on padding).
 */
export interface LossInput {
  readonly logits: Float64Array;
  readonly gold: Int32Array;
  readonly tokens: number;
  readonly classes: number;
  readonly mask?: Uint8Array;
}

export interface LossResult {
  readonly loss: number;
  readonly grad: Float64Array;
}

export type LossFn = (input: LossInput) => LossResult;

export function isReal(input: LossInput, i: number): boolean {
  return input.mask === undefined || input.mask[i] !== 0;
}

export function realCount(input: LossInput): number {
  let n = 0;
  for (let i = 0; i < input.tokens; i++) if (isReal(input, i)) n++;
  return n;
}
