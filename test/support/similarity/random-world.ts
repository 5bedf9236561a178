/**
 * Seeded random ontologies and corpora for the Cypher-vs-reference tests, written to
 * Neo4j through the production statements (ontology loaders, ReportRepository).
 */
import type { CypherRunner } from '../../../src/db/executor';
import type { Assertion } from '../../../src/shared/core/assertion';
import type { StoredReport } from '../../../src/reports/report.record';
import { ReportRepository } from '../../../src/reports/report.repository';
import { InMemoryOntology, type OntologyData, type ReportConcepts } from '../../../src/similarity/core';

export { mulberry32 as prng } from '../../../src/shared/core/prng';

export interface World {
  data: OntologyData;
  view: InMemoryOntology;
  ids: string[];
  reports: ReportConcepts[];
  modalities: Map<string, string>;
  /** Some reports have no study date. */
  studyDates?: Map<string, string>;
}

const TUIS = ['T047', 'T046', 'T033', 'T017', 'T023', 'T019'];
const ASSERTIONS: Assertion[] = ['PRESENT', 'PRESENT', 'ABSENT', 'UNCERTAIN'];

export function randomWorld(rand: () => number, conceptCount = 40, reportCount = 60): World {
  const int = (n: number): number => Math.floor(rand() * n);
  const ids = Array.from({ length: conceptCount }, (_, i) => `C${String(i).padStart(4, '0')}`);
  const concepts = ids.map((id) => ({
    id,
    semanticTypes: [...new Set(Array.from({ length: int(3) }, () => TUIS[int(TUIS.length)]))],
  }));
  const isa: [string, string][] = [];
  ids.forEach((id, i) => {
    if (i < 3) return; // a few roots
    const parents = new Set([ids[int(i)]]);
    if (rand() < 0.3) parents.add(ids[int(i)]); // several parents: a DAG
    for (const parent of parents) isa.push([id, parent]);
  });
  const synonyms: [string, string][] = [];
  for (let n = 0; n < conceptCount / 6; n += 1) {
    const [x, y] = [ids[int(conceptCount)], ids[int(conceptCount)]].sort();
    if (x !== y && !synonyms.some(([a, b]) => a === x && b === y)) synonyms.push([x, y]);
  }
  const data: OntologyData = { concepts, isa, synonyms };
  const reports: ReportConcepts[] = [];
  const modalities = new Map<string, string>();
  const studyDates = new Map<string, string>();
  for (let r = 0; r < reportCount; r += 1) {
    const report: ReportConcepts & { present: string[]; absent: string[]; uncertain: string[] } = {
      id: `R${String(r).padStart(4, '0')}`,
      present: [],
      absent: [],
      uncertain: [],
    };
    // One assertion per concept id, as stored; synonyms may still disagree.
    const chosen = new Set(Array.from({ length: int(7) }, () => ids[int(conceptCount)]));
    for (const id of chosen) {
      const assertion = ASSERTIONS[int(ASSERTIONS.length)];
      (assertion === 'PRESENT' ? report.present : assertion === 'ABSENT' ? report.absent : report.uncertain).push(id);
    }
    reports.push(report);
    modalities.set(report.id, rand() < 0.5 ? 'CR' : 'DX');
    if (rand() < 0.8) studyDates.set(report.id, `2024-0${1 + int(9)}-${String(1 + int(28)).padStart(2, '0')}`);
  }
  return { data, view: new InMemoryOntology(data), ids, reports, modalities, studyDates };
}

export async function storeWorld(runner: CypherRunner, world: World): Promise<void> {
  const { data } = world;
  await runner.write('ontology-load-concepts', {
    rows: data.concepts.map((c) => ({
      cui: c.id,
      str: `concept ${c.id}`,
      sab: 'TEST',
      preferred: true,
      norm: c.id.toLowerCase(),
      tty: 'PT',
    })),
  });
  await runner.write('ontology-load-semantic-types', {
    rows: data.concepts.flatMap((c) => c.semanticTypes.map((tui) => ({ cui: c.id, tui, sty: `type ${tui}` }))),
  });
  await runner.write('ontology-load-isa', { rows: data.isa.map(([from, to]) => ({ from, to, sab: 'TEST', rel: 'PAR' })) });
  await runner.write('ontology-load-synonyms', { rows: data.synonyms.map(([from, to]) => ({ from, to, sab: 'TEST', rel: 'SY' })) });
  await new ReportRepository(runner).upsert(
    world.reports.map((r) => toStored(r, world.modalities.get(r.id) ?? null, world.studyDates?.get(r.id) ?? null)),
  );
}

export function toStored(report: ReportConcepts, modality: string | null = null, studyDate: string | null = null): StoredReport {
  const concepts = [
    ...report.present.map((conceptId) => ({ conceptId, assertion: 'PRESENT' as const, count: 1 })),
    ...report.absent.map((conceptId) => ({ conceptId, assertion: 'ABSENT' as const, count: 1 })),
    ...report.uncertain.map((conceptId) => ({ conceptId, assertion: 'UNCERTAIN' as const, count: 1 })),
  ];
  return { id: report.id, text: '', sections: [], mentions: [], concepts, modality, studyDate };
}
