import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsReportId } from './report-id';
import { MAX_REPORTS_PER_CALL, MAX_TEXT_CHARS } from './report-input';
import { AssertionKind, ExtractOptionsInput, ReportFilter, ReportInput, SpanInput } from './report.type';

@ArgsType()
export class ExtractArgs {
  @Field(() => String)
  @Matches(/\S/, { message: 'text must not be empty' })
  @MaxLength(MAX_TEXT_CHARS)
  text!: string;

  @Field(() => ExtractOptionsInput, { nullable: true })
  @IsOptional()
  options?: ExtractOptionsInput;
}

@ArgsType()
export class IngestReportsArgs {
  @Field(() => [ReportInput])
  @ArrayMaxSize(MAX_REPORTS_PER_CALL, { message: `reports must hold at most ${MAX_REPORTS_PER_CALL} items per call` })
  reports!: ReportInput[];
}

@ArgsType()
export class ReportArgs {
  @Field(() => ID)
  @IsReportId()
  id!: string;
}

@ArgsType()
class PageArgs {
  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(1000)
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  @IsOptional()
  @MaxLength(400)
  after?: string | null;
}

@ArgsType()
export class ReportsArgs extends PageArgs {
  @Field(() => ReportFilter, { nullable: true })
  @IsOptional()
  filter?: ReportFilter | null;
}

@ArgsType()
export class ConceptReportCountArgs {
  @Field(() => AssertionKind, { nullable: true })
  @IsOptional()
  assertion?: AssertionKind | null;

  @Field(() => Boolean, { defaultValue: false })
  includeDescendants!: boolean;
}

@ArgsType()
export class ConceptReportsArgs extends PageArgs {
  @Field(() => AssertionKind, { nullable: true })
  @IsOptional()
  assertion?: AssertionKind | null;

  @Field(() => Boolean, { defaultValue: false })
  includeDescendants!: boolean;
}

@ArgsType()
export class AddSpansArgs {
  @Field(() => ID)
  @IsReportId()
  reportId!: string;

  @Field(() => [SpanInput])
  @ArrayMaxSize(1000)
  spans!: SpanInput[];
}

@ArgsType()
export class ImportSpansArgs {
  @Field(() => String, { description: 'JSONL: one { reportId, text?, spans: [{ start, end, label }] } per line.' })
  @MaxLength(20_000_000)
  jsonl!: string;
}

@ArgsType()
export class ReportConceptsArgs {
  @Field(() => AssertionKind, { nullable: true })
  @IsOptional()
  assertion?: AssertionKind | null;
}
