/** The abuse probe's requests (issue 14), as bounded batches against one server. */
export interface Probe {
  name: string;
  /** API key, or none. */
  key: 'none' | 'reader' | 'bad';
  /** Requests sent, `concurrency` at a time. */
  count: number;
  concurrency: number;
  body: (i: number) => unknown;
}

const aliases = (n: number, field: (i: number) => string): string =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;

function fragmentFanOut(levels: number): string {
  let fragments = 'fragment F0 on Concept { id name }';
  for (let i = 1; i <= levels; i += 1) fragments += ` fragment F${i} on Concept { ...F${i - 1} ...F${i - 1} }`;
  return `{ concept(id: "D010996") { ...F${levels} } } ${fragments}`;
}

const LONG_TEXT = 'FINDINGS: Small right pleural effusion. No pneumothorax. '.repeat(3_510).slice(0, 200_000);

export const PROBES: Probe[] = [
  {
    name: '20,000 repeated fields (180 KB), no key',
    key: 'none',
    count: 20,
    concurrency: 4,
    body: () => ({ query: `{ ontologyStats { ${'concepts '.repeat(20_000)} } }` }),
  },
  {
    name: '5,000 aliases, no key',
    key: 'none',
    count: 20,
    concurrency: 4,
    body: () => ({ query: aliases(5_000, (i) => `concept(id: "${i}") { id }`) }),
  },
  {
    name: '5,000 aliases, reader key',
    key: 'reader',
    count: 20,
    concurrency: 4,
    body: () => ({ query: aliases(5_000, (i) => `concept(id: "${i}") { id }`) }),
  },
  { name: 'fragment fan-out, 23 levels (1 KB)', key: 'reader', count: 20, concurrency: 4, body: () => ({ query: fragmentFanOut(23) }) },
  {
    name: '10 aliases of extract, 200 k characters each',
    key: 'reader',
    count: 5,
    concurrency: 2,
    body: () => ({
      query: `query($t: String!) ${aliases(10, () => 'extract(text: $t) { mentions { start } }')}`,
      variables: { t: LONG_TEXT },
    }),
  },
  {
    name: '500 aliases of searchConcepts',
    key: 'reader',
    count: 20,
    concurrency: 8,
    body: (i) => ({ query: aliases(500, (j) => `searchConcepts(text: "effusion ${i} ${j}", limit: 5) { score }`) }),
  },
  {
    name: '45 aliases of searchConcepts (within limits)',
    key: 'reader',
    count: 40,
    concurrency: 8,
    body: (i) => ({ query: aliases(45, (j) => `searchConcepts(text: "effusion ${i} ${j}", limit: 5) { score }`) }),
  },
  {
    name: '40 aliases of labelPrevalence (within limits)',
    key: 'reader',
    count: 16,
    concurrency: 8,
    body: () => ({ query: aliases(40, () => 'labelPrevalence(labelSet: "chexpert") { label positive }') }),
  },
  {
    name: 'two operations, no operationName',
    key: 'reader',
    count: 20,
    concurrency: 4,
    body: () => ({ query: 'query A { ontologyStats { concepts } } query B { ontologyStats { reports } }' }),
  },
  { name: 'subscription { x }', key: 'reader', count: 20, concurrency: 4, body: () => ({ query: 'subscription { x }' }) },
  {
    name: '200 k __typename aliases',
    key: 'reader',
    count: 5,
    concurrency: 2,
    body: () => ({ query: aliases(200_000, () => '__typename') }),
  },
  {
    name: 'one extract of 200 k characters (within limits)',
    key: 'reader',
    count: 2,
    concurrency: 1,
    body: () => ({ query: 'query($t: String!) { extract(text: $t) { mentions { start } } }', variables: { t: LONG_TEXT } }),
  },
  { name: 'typo, production mode (suggestion leak)', key: 'reader', count: 5, concurrency: 1, body: () => ({ query: '{ repor { id } }' }) },
  { name: 'distinct invalid keys', key: 'bad', count: 1_000, concurrency: 16, body: () => ({ query: '{ ontologyStats { concepts } }' }) },
];
