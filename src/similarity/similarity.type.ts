/** GraphQL output types of similar cases and comparisons (records: src/similarity/core/measure.types.ts). */
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Concept } from '../ontology/concept.type';
import { AssertionKind, Report } from '../reports/report.type';

export enum SimilarityVariant {
  TVERSKY = 'TVERSKY',
  SYMMETRIC = 'SYMMETRIC',
  PAPER = 'PAPER',
  JACCARD = 'JACCARD',
  DICE = 'DICE',
}
registerEnumType(SimilarityVariant, { name: 'SimilarityVariant', description: 'Measure variant (docs/similarity.md).' });

export enum MatchRelation {
  EXACT = 'EXACT',
  SYNONYM = 'SYNONYM',
  ANCESTOR = 'ANCESTOR',
  DESCENDANT = 'DESCENDANT',
}
registerEnumType(MatchRelation, { name: 'MatchRelation', description: 'The case concept relative to the query concept.' });

export enum ContradictionScope {
  ACROSS = 'ACROSS',
  WITHIN_QUERY = 'WITHIN_QUERY',
}
registerEnumType(ContradictionScope, {
  name: 'ContradictionScope',
  description: "ACROSS: between the two reports; WITHIN_QUERY: the PAPER variant's present-and-absent query concepts.",
});

@ObjectType({ description: 'A query concept paired with a case concept; credit × weight is the overlap earned.' })
export class MatchedConceptPair {
  @Field(() => Concept, { nullable: true, description: 'Null when the id is not in the ontology.' })
  queryConcept!: unknown;

  @Field(() => Concept, { nullable: true })
  caseConcept!: unknown;

  @Field(() => MatchRelation)
  relation!: MatchRelation;

  @Field(() => Int, { description: 'Is-a distance; 0 for the same synonym class.' })
  distance!: number;

  @Field(() => Float, { description: 'exp(−decay × distance).' })
  credit!: number;

  @Field(() => Float, { description: 'min(queryWeight, caseWeight).' })
  weight!: number;

  @Field(() => Float)
  queryWeight!: number;

  @Field(() => Float)
  caseWeight!: number;

  @Field(() => AssertionKind)
  queryAssertion!: AssertionKind;

  @Field(() => AssertionKind)
  caseAssertion!: AssertionKind;
}

@ObjectType({ description: 'A concept of one report left without a partner.' })
export class UnmatchedConcept {
  @Field(() => Concept, { nullable: true })
  concept!: unknown;

  @Field(() => Float)
  weight!: number;

  @Field(() => AssertionKind)
  assertion!: AssertionKind;
}

@ObjectType({ description: 'The same concept asserted positively on one side and absent on the other.' })
export class Contradiction {
  @Field(() => Concept, { nullable: true })
  queryConcept!: unknown;

  @Field(() => Concept, { nullable: true })
  caseConcept!: unknown;

  @Field(() => AssertionKind)
  queryAssertion!: AssertionKind;

  @Field(() => AssertionKind)
  caseAssertion!: AssertionKind;

  @Field(() => Float)
  weight!: number;

  @Field(() => ContradictionScope)
  scope!: ContradictionScope;
}

@ObjectType({ description: 'Both reports say the concept is absent; earns absentBonus × weight.' })
export class AbsentAgreement {
  @Field(() => Concept, { nullable: true })
  queryConcept!: unknown;

  @Field(() => Concept, { nullable: true })
  caseConcept!: unknown;

  @Field(() => Float)
  weight!: number;
}

@ObjectType({ description: 'The sums behind a score and the coefficients of its formula.' })
export class ScoreTerms {
  @Field(() => Float, { description: 'Overlap.' }) I!: number;
  @Field(() => Float, { description: 'Query side.' }) a!: number;
  @Field(() => Float, { description: 'Case side.' }) b!: number;
  @Field(() => Float, { description: 'Contradictions.' }) C!: number;
  @Field(() => Float) alpha!: number;
  @Field(() => Float) beta!: number;
  @Field(() => Float) kappa!: number;
}

@ObjectType({ description: 'The lexical part of a hybrid score: (1 − weight) · concept score + weight · bm25 / topBm25.' })
export class LexicalEvidence {
  @Field(() => Float, { description: 'options.lexicalWeight.' }) weight!: number;
  @Field(() => Float, { description: "The case's BM25 for the query text; 0 beyond the query's 100 best." }) bm25!: number;
  @Field(() => Float, { description: 'The best BM25 any other report reached (the normaliser).' }) topBm25!: number;
  @Field(() => Int, { nullable: true, description: 'Rank among the lexical neighbours; null beyond them.' }) rank!: number | null;
}

@ObjectType({ description: 'Every concept behind a score; the score is computed from these lists (and the lexical part, if any).' })
export class SimilarityExplanation {
  @Field(() => [MatchedConceptPair]) matched!: MatchedConceptPair[];
  @Field(() => [UnmatchedConcept]) queryOnly!: UnmatchedConcept[];
  @Field(() => [UnmatchedConcept]) caseOnly!: UnmatchedConcept[];
  @Field(() => [Contradiction]) contradictions!: Contradiction[];
  @Field(() => [AbsentAgreement]) absentAgreements!: AbsentAgreement[];
  @Field(() => ScoreTerms) terms!: ScoreTerms;
  @Field(() => LexicalEvidence, { nullable: true, description: 'Present on hybrid scores (options.lexicalWeight > 0).' })
  lexical!: LexicalEvidence | null;
}

@ObjectType({ description: 'A stored report similar to the query, with the evidence.' })
export class SimilarCase {
  @Field(() => Report, { nullable: true, description: 'Null only if the report was deleted meanwhile.' })
  report!: Report | null;

  @Field(() => Float)
  score!: number;

  @Field(() => SimilarityExplanation)
  explanation!: SimilarityExplanation;
}

@ObjectType({ description: 'The similarity of two reports.' })
export class ReportComparison {
  @Field(() => Float)
  score!: number;

  @Field(() => SimilarityExplanation)
  explanation!: SimilarityExplanation;
}
