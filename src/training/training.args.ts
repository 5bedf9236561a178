/**
 * Inputs of the training API. Bounds are checked by the service (training-input.ts), so an
 * error names the exact field inside `input` (`epochs`, `lossParams.alpha`, …).
 */
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { AbbreviationRuleValue, LossKindValue, SpanSourceKind } from './training.type';

@InputType({ description: 'Loss parameters; each is optional and checked against its loss (docs/tagger.md).' })
export class LossParamsInput {
  @Field(() => Float, {
    nullable: true,
    description: 'Tversky α ∈ [0, 1] (false positives); self-adjusting DSC α ≥ 0 (per-token 0.1, batch 0.01).',
  })
  alpha?: number | null;
  @Field(() => Float, { nullable: true, description: 'Tversky β ∈ [0, 1] (false negatives).' }) beta?: number | null;
  @Field(() => Float, { nullable: true, description: 'Dice smoothing γ ≥ 0 (default 1).' }) smoothing?: number | null;
  @Field(() => Float, { nullable: true, description: 'Focal γ ≥ 0 (default 2).' }) focalGamma?: number | null;
  @Field(() => Float, { nullable: true, description: 'λ ≥ 0: the loss becomes loss + λ·CE (both means over tokens); not with CE itself.' })
  ceWeight?: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Squared Dice denominator: Σr² + Σy² (set-level), r² + y² (per-token DSC), α r² (1 − y) (Tversky). Default true for all but SOFT_DICE.',
  })
  squaredDenominator?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Leave O out of the Dice class mean (default false).' }) excludeOutside?:
    boolean | null;
  @Field(() => [Float], {
    nullable: true,
    description: 'Weighted CE: one weight per tag (O, then B/I per label); default inverse frequency.',
  })
  classWeights?: number[] | null;
}

@InputType()
export class TrainTaggerInput {
  @Field(() => String) name!: string;
  @Field(() => LossKindValue, { nullable: true, description: 'Default CE.' })
  loss?: LossKindValue | null;
  @Field(() => LossParamsInput, { nullable: true }) lossParams?: LossParamsInput | null;
  @Field(() => Int, { nullable: true, description: 'Maximum epochs, 1–200 (early stopping on dev F1).' }) epochs?: number | null;
  @Field(() => Float, { nullable: true, description: '> 0 (default 0.01).' }) learningRate?: number | null;
  @Field(() => Int, { nullable: true, description: 'Reports per step, 1–1024 (default 16).' }) batchSize?: number | null;
  @Field(() => Int, { nullable: true, description: 'Hidden units, 1–1024 (default 64).' }) hidden?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Context layer: the convolution sees ±contextWidth tokens, 0–8 (0 = the smaller window model; default 1).',
  })
  contextWidth?: number | null;
  @Field(() => Int, { nullable: true, description: 'Embedding size, 1–256 (default 32).' }) embeddingDim?: number | null;
  @Field(() => Int, { nullable: true, description: 'Feature hash buckets, 256–1048576 (default 65536).' }) hashBuckets?: number | null;
  @Field(() => Int, { nullable: true, description: 'Epochs without dev improvement before stopping, 0–200 (default 3).' }) patience?:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Share of reports held out for dev, [0, 1) (default 0.2).' }) devFraction?:
    number | null;
  @Field(() => Int, { nullable: true, description: 'Seeds the split, the initial weights and the shuffles.' }) seed?: number | null;
  @Field(() => [String], { nullable: true, description: 'Labels to learn (default all span labels).' }) labelSet?: string[] | null;
  @Field(() => [SpanSourceKind], { nullable: true, description: 'Where spans come from (default [GOLD]).' }) spanSources?:
    SpanSourceKind[] | null;
  @Field(() => AbbreviationRuleValue, {
    nullable: true,
    description: 'Decode-time abbreviation rule, stored with the model (default NONE).',
  })
  abbreviationRule?: AbbreviationRuleValue | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'λ in [0, 100]: train the network on the loss + λ·(CRF NLL per token), jointly with the tag transitions (docs/tagger.md, Joint CRF training; default 0: the CRF trains only the decoder).',
  })
  crfWeight?: number | null;
  @Field(() => [String], {
    nullable: true,
    description:
      'Semantic types (TUIs, e.g. "T047") whose concepts\' names and synonyms in the ontology become the tagger\'s lexicon feature, stored with the model (docs/tagger.md, Lexicon; default none).',
  })
  lexiconSemanticTypes?: string[] | null;
}

@ArgsType()
export class TrainTaggerArgs {
  @Field(() => TrainTaggerInput) input!: TrainTaggerInput;
}

@ArgsType()
export class ActivateTaggerArgs {
  @Field(() => ID)
  @MaxLength(256)
  id!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Activate even a model whose dev micro-F1 is below 0.5 or more than 0.02 below the active one.',
  })
  force!: boolean;
}

@ArgsType()
export class TagSpansArgs {
  @Field(() => String)
  @MaxLength(100_000)
  text!: string;

  @Field(() => ID, { nullable: true, description: 'A stored tagger; default the active one.' })
  @IsOptional()
  @MaxLength(256)
  taggerId?: string | null;
}

@ArgsType()
export class TrainingIdArgs {
  @Field(() => ID)
  @MaxLength(256)
  id!: string;
}

@ArgsType()
export class TrainingRunsArgs {
  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  @IsOptional()
  @MaxLength(400)
  after?: string | null;
}
