export * from './types';
export { crossEntropy, weightedCrossEntropy, focalLoss } from './cross-entropy';
export { setDice, softDice, perTokenDsc, tversky, selfAdjustingDsc } from './dice';
export { buildLoss, validateLossConfig, LOSS_KINDS, type LossConfig, type LossKind } from './loss-config';
