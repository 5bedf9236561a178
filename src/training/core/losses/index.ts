export * from './types';
export { crossEntropy, weightedCrossEntropy, focalLoss } from './cross-entropy';
export { setDice, softDice, perTokenDsc, tversky, selfAdjustingDsc, type ClassReduction } from './dice';
export { buildLoss, validateLossConfig, inverseFrequencyWeights, LOSS_KINDS, type LossConfig, type LossKind } from './loss-config';
