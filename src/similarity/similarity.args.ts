/**
 * Arguments of similarCases / compareReports. Option bounds are checked by the reference
 * `validateOptions` (one source of truth, every problem named by field), not repeated here.
 */
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { SimilarityVariant } from './similarity.type';
import { IsReportId } from '../reports/report-id';

const MAX_K = 100;

@InputType({ description: 'Weight of one semantic type (TUI); types not listed weigh 0.' })
export class SemanticTypeWeightInput {
  @Field(() => String) tui!: string;
  @Field(() => Float) weight!: number;
}

@InputType({ description: 'Task adaptation: concepts under `id` (self or descendant) get this weight factor.' })
export class FocusConceptInput {
  @Field(() => ID) id!: string;
  @Field(() => Float) weight!: number;
}

@InputType({ description: 'Measure options; omitted fields take the defaults of docs/similarity.md.' })
export class SimilarityOptionsInput {
  @Field(() => SimilarityVariant, { nullable: true }) variant?: SimilarityVariant | null;
  @Field(() => Float, { nullable: true, description: '[0, 1]' }) alpha?: number | null;
  @Field(() => Float, { nullable: true, description: '>= 0' }) beta?: number | null;
  @Field(() => Float, { nullable: true, description: '>= 0' }) kappa?: number | null;
  @Field(() => Int, { nullable: true, description: '0..6' }) maxDepth?: number | null;
  @Field(() => Float, { nullable: true, description: '> 0' }) decay?: number | null;
  @Field(() => Float, { nullable: true, description: '[0, 1]' }) uncertainFactor?: number | null;
  @Field(() => [SemanticTypeWeightInput], { nullable: true, description: 'Replaces the whole default map.' })
  semanticTypeWeights?: SemanticTypeWeightInput[] | null;
  @Field(() => [FocusConceptInput], { nullable: true }) focusConcepts?: FocusConceptInput[] | null;
  @Field(() => Boolean, { nullable: true, description: 'IDF over the stored corpus.' }) useIdf?: boolean | null;
  @Field(() => Float, { nullable: true, description: '>= 0' }) absentBonus?: number | null;
  @Field(() => Float, { nullable: true, description: '[0, 1]' }) minScore?: number | null;
  @Field(() => Float, { nullable: true, description: '[0, 1]: share of BM25 over the report text in the hybrid score; 0 = concepts only.' })
  lexicalWeight?: number | null;
}

@InputType({ description: 'Which stored reports may be returned; all given conditions must hold.' })
export class CaseFilterInput {
  @Field(() => [ID], { nullable: true }) reportIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) excludeReportIds?: string[] | null;
  @Field(() => String, { nullable: true }) modality?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date, inclusive.' }) studyDateFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date, inclusive.' }) studyDateTo?: string | null;
}

@ArgsType()
export class SimilarCasesArgs {
  @Field(() => ID, { nullable: true, description: 'A stored report (excluded from its own results).' })
  @IsOptional()
  @MaxLength(200)
  @IsReportId()
  reportId?: string | null;

  @Field(() => String, { nullable: true, description: 'Report text, extracted on the fly.' })
  @IsOptional()
  @MaxLength(100_000)
  text?: string | null;

  @Field(() => Int, { defaultValue: 10 })
  @Min(1)
  @Max(MAX_K)
  k!: number;

  @Field(() => SimilarityOptionsInput, { nullable: true })
  options?: SimilarityOptionsInput | null;

  @Field(() => CaseFilterInput, { nullable: true })
  filter?: CaseFilterInput | null;
}

@ArgsType()
export class CompareReportsArgs {
  @Field(() => ID, { description: 'The query report.' })
  @MaxLength(200)
  @IsReportId()
  a!: string;

  @Field(() => ID, { description: 'The case report.' })
  @MaxLength(200)
  @IsReportId()
  b!: string;

  @Field(() => SimilarityOptionsInput, { nullable: true })
  options?: SimilarityOptionsInput | null;
}
