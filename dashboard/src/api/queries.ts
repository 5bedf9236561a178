/** Every query and mutation the dashboard sends (test/unit/dashboard checks them against the schema). */
const CASE = `score report { id text modality studyDate }
  explanation {
    matched { relation distance credit weight queryAssertion caseAssertion queryConcept { id name } caseConcept { id name } }
    queryOnly { assertion weight concept { id name } }
    caseOnly { assertion weight concept { id name } }
    contradictions { scope weight queryAssertion caseAssertion queryConcept { id name } caseConcept { id name } }
    terms { I a b C alpha beta kappa }
  }`;

const MENTION = 'start end text assertion section modifiers concept { id name }';

export const EXTRACT = `query Extract($text: String!) { extract(text: $text) { mentions { ${MENTION} } } }`;

export const STORED_REPORT = `query StoredReport($id: ID!) { report(id: $id) { id text mentions { ${MENTION} } } }`;

export const SIMILAR_BY_TEXT = `query SimilarByText($text: String!, $k: Int!, $options: SimilarityOptionsInput) {
  similarCases(text: $text, k: $k, options: $options) { ${CASE} } }`;

export const SIMILAR_BY_ID = `query SimilarById($id: ID!, $k: Int!, $options: SimilarityOptionsInput) {
  similarCases(reportId: $id, k: $k, options: $options) { ${CASE} } }`;

export const SEARCH_CONCEPTS = `query Search($text: String!) { searchConcepts(text: $text, limit: 10) { score matched concept { id name } } }`;

export const CONCEPT = `query Concept($id: ID!) { concept(id: $id) {
  id name synonyms sources semanticTypes { tui name }
  ancestors(maxDepth: 20) { distance concept { id name } }
  parents { id name } children { id name }
  present: reportCount(assertion: PRESENT) absent: reportCount(assertion: ABSENT) uncertain: reportCount(assertion: UNCERTAIN)
  subtreePresent: reportCount(assertion: PRESENT, includeDescendants: true)
  subtreeAbsent: reportCount(assertion: ABSENT, includeDescendants: true)
  subtreeUncertain: reportCount(assertion: UNCERTAIN, includeDescendants: true) } }`;

export const PATH_TO = `query PathTo($id: ID!, $root: ID!) { concept(id: $id) { pathTo(id: $root) { id name } } }`;

/** One aliased `reports` field per concept of a label (the API filters by one concept). */
export function labelReportsQuery(conceptCount: number): string {
  const fields = Array.from(
    { length: conceptCount },
    (_, i) => `c${i}: reports(first: 25, filter: { concept: $c${i}, assertion: $assertion, includeDescendants: true }) { edges { node { id text studyDate } } }`,
  );
  const args = Array.from({ length: conceptCount }, (_, i) => `$c${i}: ID!`).join(', ');
  return `query LabelReports($assertion: Assertion, ${args}) { ${fields.join(' ')} }`;
}

export const LABEL_SETS = `query LabelSets { labelSets { name description noFindingLabel labels { name finding concepts { id name } } } }`;

export const LABEL_PREVALENCE = `query Prevalence($set: String!) { labelPrevalence(labelSet: $set) { label positive uncertain negative notMentioned } }`;

export const TAGGERS = `query Taggers { taggers { id name active createdAt loss runId
  metrics { microF1 macroF1 perLabel { label precision recall f1 support } } } }`;

export const TRAINING_RUNS = `query TrainingRuns { trainingRuns(first: 20) { edges { node {
  id name status createdAt startedAt finishedAt error examples spans
  config { epochs loss } progress { epoch step loss devF1 } model { id } } } } }`;

export const ACTIVATE_TAGGER = `mutation Activate($id: ID!) { activateTagger(id: $id) { id active } }`;

/** Admin-only; answers whether the caller may activate taggers. */
export const ADMIN_PROBE = `query AdminProbe { auditEvents(first: 1) { seq } }`;
