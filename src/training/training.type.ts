/** GraphQL object types of the training API: runs, progress, stored taggers, metrics. */
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../reports/report.type';

export enum TrainingStatusKind {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TrainingStatusKind, { name: 'TrainingStatus' });

/** The GraphQL LossKind; values are the trainer's loss kinds. */
export enum LossKindValue {
  CE = 'ce',
  WEIGHTED_CE = 'weighted-ce',
  FOCAL = 'focal',
  SOFT_DICE = 'soft-dice',
  DSC = 'dsc',
  TVERSKY = 'tversky',
  SELF_ADJUSTING_DSC = 'self-adjusting-dsc',
  BATCH_SELF_ADJUSTING_DSC = 'batch-self-adjusting-dsc',
}
registerEnumType(LossKindValue, {
  name: 'LossKind',
  description: 'Training loss (formulas in docs/tagger.md).',
  valuesConfig: {
    CE: { description: 'Cross-entropy, mean over tokens.' },
    WEIGHTED_CE: { description: 'Class-weighted cross-entropy (inverse frequency by default).' },
    FOCAL: { description: 'Focal loss (γ = 2 by default).' },
    SOFT_DICE: { description: 'Set-level soft Dice over the batch.' },
    DSC: { description: 'Per-token Dice (DSC), mean over tokens; γ = 1, squared denominator r² + y² as in the reference NER setting.' },
    TVERSKY: { description: 'Per-token Tversky, mean over tokens; γ = 1, squared false-positive mass α r² (1 − y).' },
    SELF_ADJUSTING_DSC: {
      description: 'Per-token self-adjusting DSC, (1 − p)^α p, mean over tokens; α = 0.1, γ = 1, squared denominator.',
    },
    BATCH_SELF_ADJUSTING_DSC: {
      description: 'Set-level self-adjusting Dice as in the reference code: γ = 1, α = 0.01, squared denominator.',
    },
  },
});

/** The GraphQL AbbreviationRule; values are the trainer's rules (abbreviation-spans.ts). */
export enum AbbreviationRuleValue {
  NONE = 'none',
  PROPAGATE = 'propagate',
  CONSISTENT = 'consistent',
}
registerEnumType(AbbreviationRuleValue, {
  name: 'AbbreviationRule',
  description: 'Decode-time rule for abbreviations defined in the text, "long form (SF)" (docs/tagger.md, Decoding).',
  valuesConfig: {
    NONE: { description: 'Off.' },
    PROPAGATE: { description: 'When a span ends at the long form, every free occurrence of SF becomes a span with its label.' },
    CONSISTENT: { description: 'PROPAGATE, and spans that are exactly SF are dropped when the long form ends no span.' },
  },
});

export enum SpanSourceKind {
  GOLD = 'GOLD',
  RULES = 'RULES',
}
registerEnumType(SpanSourceKind, {
  name: 'SpanSource',
  description: 'GOLD: stored annotated spans. RULES: silver spans from stored rule mentions (reports without gold spans).',
});

@ObjectType()
export class TrainingProgress {
  @Field(() => Int) epoch!: number;
  @Field(() => Int, { description: 'Optimiser steps so far, all epochs.' }) step!: number;
  @Field(() => Float, { nullable: true, description: 'Latest step loss, or the mean loss of the latest epoch.' }) loss!: number | null;
  @Field(() => Float, { nullable: true, description: 'Dev micro span-F1 after the latest epoch.' }) devF1!: number | null;
}

@ObjectType({ description: 'The configuration a run was asked for, as resolved (defaults filled in).' })
export class TrainingParams {
  @Field(() => String) loss!: string;
  @Field(() => String, { description: 'Loss parameters as JSON (alpha, beta, smoothing, …).' }) lossParams!: string;
  @Field(() => Int) epochs!: number;
  @Field(() => Float) learningRate!: number;
  @Field(() => Int) batchSize!: number;
  @Field(() => Int) hidden!: number;
  @Field(() => Int) embeddingDim!: number;
  @Field(() => Int) hashBuckets!: number;
  @Field(() => Int) patience!: number;
  @Field(() => Float) devFraction!: number;
  @Field(() => Int) seed!: number;
  @Field(() => [String]) labelSet!: string[];
  @Field(() => [SpanSourceKind]) spanSources!: SpanSourceKind[];
  @Field(() => [String], { description: 'Semantic types of the ontology lexicon (empty: no lexicon).' }) lexiconSemanticTypes!: string[];
  @Field(() => Int, { description: 'Lexicon terms read from the ontology for the run.' }) lexiconTerms!: number;
  @Field(() => Int, { nullable: true, description: 'Epochs trained (models only).' }) epochsRun!: number | null;
  @Field(() => Int, { nullable: true, description: 'Epoch whose weights were kept (models only).' }) bestEpoch!: number | null;
}

@ObjectType({ description: 'Deterministic train/dev split by report id (FNV-1a of "<seed>:<reportId>").' })
export class TrainingSplit {
  @Field(() => Int) seed!: number;
  @Field(() => Float) devFraction!: number;
  @Field(() => Int) trainReports!: number;
  @Field(() => [ID], { description: 'Held-out report ids.' }) dev!: string[];
}

@ObjectType()
export class LabelMetric {
  @Field(() => String) label!: string;
  @Field(() => Float) precision!: number;
  @Field(() => Float) recall!: number;
  @Field(() => Float) f1!: number;
  @Field(() => Int, { description: 'Gold spans of the label on the dev set.' }) support!: number;
}

@ObjectType({ description: "Exact-match span metrics on the run's dev reports, at the kept epoch." })
export class TaggerMetrics {
  @Field(() => [LabelMetric]) perLabel!: LabelMetric[];
  @Field(() => Float) microF1!: number;
  @Field(() => Float) macroF1!: number;
}

@ObjectType('TaggedSpan', { description: 'A span found by a tagger alone.' })
export class TaggedSpanType {
  @Field(() => Int, { description: 'Start offset (UTF-16 code units).' }) start!: number;
  @Field(() => Int, { description: 'End offset, exclusive.' }) end!: number;
  @Field(() => String) text!: string;
  @Field(() => String) label!: string;
  @Field(() => Float, { description: "Geometric mean of the decoded tags' probabilities over the span." }) score!: number;
}

@ObjectType({ description: 'A trained tagger stored in the graph (ONNX).' })
export class TaggerModel {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'ISO 8601.' }) createdAt!: string;
  @Field(() => ID) runId!: string;
  @Field(() => String) loss!: string;
  @Field(() => TrainingParams) params!: TrainingParams;
  @Field(() => [String]) labelSet!: string[];
  @Field(() => TaggerMetrics, { nullable: true }) metrics!: TaggerMetrics | null;
  @Field(() => Boolean, { description: 'Whether extraction uses this tagger (exactly one or none is active).' }) active!: boolean;
  @Field(() => Int) sizeBytes!: number;
  @Field(() => String, { description: 'SHA-256 of the ONNX bytes, checked whenever the model is loaded.' }) sha256!: string;
}

@ObjectType()
export class TrainingRun {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => TrainingStatusKind) status!: TrainingStatusKind;
  @Field(() => TrainingProgress, { nullable: true }) progress!: TrainingProgress | null;
  @Field(() => TrainingParams) config!: TrainingParams;
  @Field(() => TrainingSplit, { nullable: true }) split!: TrainingSplit | null;
  @Field(() => Int, { description: 'Reports used.' }) examples!: number;
  @Field(() => Int, { description: 'Spans used.' }) spans!: number;
  @Field(() => String) createdAt!: string;
  @Field(() => String, { nullable: true }) startedAt!: string | null;
  @Field(() => String, { nullable: true }) finishedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the run failed or was cancelled.' }) error!: string | null;
  @Field(() => TaggerModel, { nullable: true }) model!: TaggerModel | null;
}

@ObjectType()
export class TrainingRunEdge {
  @Field(() => String) cursor!: string;
  @Field(() => TrainingRun) node!: TrainingRun;
}

@ObjectType()
export class TrainingRunConnection {
  @Field(() => [TrainingRunEdge]) edges!: TrainingRunEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
