/**
 * Pages of reports by concept from the in-process index against the Cypher statement (the
 * reference): random concepts (mentioned ones and their ancestors), assertions, subtree or
 * not, page sizes, every page followed by its cursor; after a load and after further
 * ingests and re-ingests through the hook.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { AppServices } from '../../../src/api/context';
import type { Database } from '../../../src/db/database';
import { ReportService, type ReportFilterInput } from '../../../src/reports/report.service';
import { mulberry32 } from '../../../src/shared/core/prng';
import type { Assertion } from '../../../src/shared/core/assertion';
import { demoReports } from '../../support/demo-reports';
import { openIndexedDemo } from '../../support/integration';

const REPORTS = demoReports(300);
let db: Database;
let services: AppServices;

before(async () => {
  ({ db, services } = await openIndexedDemo(REPORTS.slice(0, 200)));
});
after(async () => {
  await db.close();
});

/** Every page of the filter, cursor after cursor. */
async function allPages(service: ReportService, filter: ReportFilterInput, first: number): Promise<string[][]> {
  const pages: string[][] = [];
  for (let after: string | null = null; ;) {
    const page = await service.page(filter, first, after);
    pages.push(page.ids);
    if (!page.hasNextPage) return pages;
    after = page.ids[page.ids.length - 1];
  }
}

async function agree(seed: number, runs: number): Promise<number> {
  const corpus = services.similarityIndex!.current!;
  const onIndex = new ReportService(db.executor, undefined, corpus);
  const onGraph = new ReportService(db.executor);
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const mentioned = [...new Set(REPORTS.slice(0, 50).flatMap((r) => corpus.reportConcepts(corpus.indexOf(r.id) ?? 0).present))];
  const o = corpus.ontology;
  const ancestors = mentioned.flatMap((id) =>
    [...o.walk(o.classOf[o.conceptIndex(id)!], 'up', 4).keys()].map((c) => o.ids[o.canonicalConcept[c]]),
  );
  const concepts = [...mentioned, ...mentioned.flatMap((id) => o.synonymsOf(id)), ...new Set(ancestors), 'NO-SUCH-CONCEPT'];
  let nonEmpty = 0;
  for (let run = 0; run < runs; run += 1) {
    const filter = {
      concept: pick(concepts),
      assertion: pick<Assertion | null>([null, 'PRESENT', 'ABSENT', 'UNCERTAIN']),
      includeDescendants: random() < 0.5,
    };
    const first = pick([1, 3, 10, 50]);
    const want = await allPages(onGraph, filter, first);
    assert.deepEqual(await allPages(onIndex, filter, first), want, JSON.stringify({ ...filter, first }));
    if (want[0].length > 0) nonEmpty += 1;
  }
  return nonEmpty;
}

test('reports by concept: the index pages exactly as Cypher does, after a load', async () => {
  assert.ok((await agree(1, 60)) > 30);
});

test('and after ingests and re-ingests through the hook', async () => {
  const rewritten = REPORTS.slice(0, 30).map((r, i) => ({ ...r, text: REPORTS[299 - i].text }));
  assert.equal((await services.ingest.ingest([...REPORTS.slice(200), ...rewritten])).errors.length, 0);
  assert.ok((await agree(2, 60)) > 30);
});
