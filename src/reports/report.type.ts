import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Concept } from '../ontology/concept.type';
import type { Assertion } from '../shared/core/assertion';

/** The GraphQL enum of the domain's Assertion, value for value (a missing or extra value does not compile). */
export const AssertionKind = { PRESENT: 'PRESENT', ABSENT: 'ABSENT', UNCERTAIN: 'UNCERTAIN' } as const satisfies { [A in Assertion]: A };
export type AssertionKind = Assertion;
registerEnumType(AssertionKind, { name: 'Assertion', description: 'Whether a finding is asserted, negated or hedged.' });

export enum CategoryKind {
  OBS = 'OBS',
  ANAT = 'ANAT',
}
registerEnumType(CategoryKind, { name: 'Category', description: 'Observation or anatomy (RadGraph style).' });

export enum SectionKind {
  FINDINGS = 'FINDINGS',
  IMPRESSION = 'IMPRESSION',
  INDICATION = 'INDICATION',
  COMPARISON = 'COMPARISON',
  TECHNIQUE = 'TECHNIQUE',
  OTHER = 'OTHER',
  NONE = 'NONE',
}
registerEnumType(SectionKind, { name: 'Section', description: 'Report section; NONE when the report has no headers.' });

@ObjectType({ description: 'A concept mention: character span [start, end) into the report text.' })
export class Mention {
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => String) text!: string;
  @Field(() => CategoryKind) category!: CategoryKind;
  @Field(() => AssertionKind) assertion!: AssertionKind;
  @Field(() => SectionKind) section!: SectionKind;
  @Field(() => String, { description: 'RULES, TAGGER:<model id>, or both joined by "+".' }) source!: string;
  @Field(() => Float) confidence!: number;
  @Field(() => [String], { description: 'e.g. laterality:right, severity:small, size:3.5 cm.' }) modifiers!: string[];
}

@ObjectType()
export class Extraction {
  @Field(() => [Mention]) mentions!: Mention[];
  @Field(() => String, { nullable: true, description: 'Execution provider of the active tagger; null when rules only.' })
  executionProvider!: string | null;
  @Field(() => String, { nullable: true, description: 'Id of the tagger used, if any.' }) taggerId!: string | null;
}

@ObjectType()
export class ReportSectionSpan {
  @Field(() => SectionKind) name!: SectionKind;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
}

@ObjectType({ description: 'A concept of a report with its report-level assertion.' })
export class ReportConcept {
  @Field(() => Concept) concept!: Concept;
  @Field(() => AssertionKind) assertion!: AssertionKind;
  @Field(() => Int) mentionCount!: number;
}

@ObjectType({ description: 'A gold (annotated) span, kept apart from extracted mentions.' })
export class AnnotatedSpan {
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => String) label!: string;
}

@ObjectType()
export class Report {
  @Field(() => ID) id!: string;
  @Field(() => String) text!: string;
  @Field(() => String, { nullable: true }) patientId!: string | null;
  @Field(() => String, { nullable: true }) studyId!: string | null;
  @Field(() => String, { nullable: true }) studyDate!: string | null;
  @Field(() => String, { nullable: true }) modality!: string | null;
  @Field(() => [ReportSectionSpan]) sections!: ReportSectionSpan[];
  @Field(() => [Mention]) mentions!: Mention[];
  @Field(() => [AnnotatedSpan]) spans!: AnnotatedSpan[];
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType()
export class ReportEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Report) node!: Report;
}

@ObjectType()
export class ReportConnection {
  @Field(() => [ReportEdge]) edges!: ReportEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType()
export class IngestError {
  @Field(() => Int, { description: 'Position of the item in the input list.' }) index!: number;
  @Field(() => ID, { nullable: true }) id!: string | null;
  @Field(() => String) message!: string;
}

@ObjectType()
export class IngestResult {
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) failed!: number;
  @Field(() => [IngestError]) errors!: IngestError[];
}

@ObjectType()
export class SpanImportResult {
  @Field(() => Int) reports!: number;
  @Field(() => Int) spans!: number;
  @Field(() => Int) createdReports!: number;
}

@InputType()
export class ReportInput {
  @Field(() => ID) id!: string;
  @Field(() => String) text!: string;
  @Field(() => String, { nullable: true }) patientId?: string | null;
  @Field(() => String, { nullable: true }) studyId?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) studyDate?: string | null;
  @Field(() => String, { nullable: true }) modality?: string | null;
}

@InputType()
export class SpanInput {
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => String) label!: string;
}

@InputType()
export class ExtractOptionsInput {
  @Field(() => [SectionKind], { nullable: true, description: 'Sections that assert findings (default FINDINGS, IMPRESSION, NONE).' })
  sections?: SectionKind[];
  @Field(() => Boolean, { defaultValue: true, description: 'Use the active tagger when there is one.' })
  useTagger!: boolean;
}

@InputType()
export class ReportFilter {
  @Field(() => ID, { nullable: true }) concept?: string | null;
  @Field(() => AssertionKind, { nullable: true }) assertion?: AssertionKind | null;
  @Field(() => Boolean, { defaultValue: false }) includeDescendants!: boolean;
}
