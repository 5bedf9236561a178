/** The shapes the dashboard reads (a subset of schema/schema.graphql). */
export type Assertion = 'PRESENT' | 'ABSENT' | 'UNCERTAIN';
export type Variant = 'TVERSKY' | 'SYMMETRIC' | 'DICE' | 'JACCARD' | 'PAPER';

export interface ConceptRef {
  id: string;
  name: string;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  assertion: Assertion;
  section: string;
  modifiers: string[];
  concept: ConceptRef | null;
}

export interface MatchedPair {
  relation: string;
  distance: number;
  credit: number;
  weight: number;
  queryAssertion: Assertion;
  caseAssertion: Assertion;
  queryConcept: ConceptRef | null;
  caseConcept: ConceptRef | null;
}

export interface Unmatched {
  assertion: Assertion;
  weight: number;
  concept: ConceptRef | null;
}

export interface Contradiction {
  scope: string;
  weight: number;
  queryAssertion: Assertion;
  caseAssertion: Assertion;
  queryConcept: ConceptRef | null;
  caseConcept: ConceptRef | null;
}

export interface SimilarCase {
  score: number;
  report: { id: string; text: string; modality: string | null; studyDate: string | null } | null;
  explanation: {
    matched: MatchedPair[];
    queryOnly: Unmatched[];
    caseOnly: Unmatched[];
    contradictions: Contradiction[];
    terms: { I: number; a: number; b: number; C: number; alpha: number; beta: number; kappa: number };
  };
}

export interface SimilarityKnobs {
  variant: Variant;
  alpha: number;
  beta: number;
  maxDepth: number;
  focusConcepts: { id: string; name: string; weight: number }[];
}

export interface ConceptDetail extends ConceptRef {
  synonyms: string[];
  sources: string[];
  semanticTypes: { tui: string; name: string }[];
  ancestors: { distance: number; concept: ConceptRef }[];
  parents: ConceptRef[];
  children: ConceptRef[];
  present: number;
  absent: number;
  uncertain: number;
  subtreePresent: number;
  subtreeAbsent: number;
  subtreeUncertain: number;
}

export interface LabelSet {
  name: string;
  description: string;
  noFindingLabel: string | null;
  labels: { name: string; finding: boolean; concepts: (ConceptRef | null)[] }[];
}

export interface LabelPrevalence {
  label: string;
  positive: number;
  uncertain: number;
  negative: number;
  notMentioned: number;
}

export interface ReportRow {
  id: string;
  text: string;
  studyDate: string | null;
}
