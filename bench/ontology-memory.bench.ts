/**
 * `npm run bench:ontology-memory`: the heap the in-process ontology takes for the generated
 * UMLS-shaped release bench:ontology loads (340 k concepts, 3 strings each), and its
 * in-process read latency. The rows are built from the RRF files as the loader's Cypher
 * stores them (name, sources, synonyms, types, parents; a Name per concept and normalised
 * string), copied into fresh strings as the driver delivers them, so no Neo4j is needed.
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import type { ConceptRecord } from '../src/ontology/concept.record';
import { NameIndex, type NameRow } from '../src/ontology/memory/name-index';
import { OntologyGraph, type GraphConceptRow } from '../src/ontology/memory/ontology-graph';
import { parseConso, parseRel, parseSty } from '../src/ontology/rrf/rrf-records';
import { mulberry32, syntheticCui, writeSyntheticRrf } from '../tools/ontology/synthetic-rrf';
import { mib } from './support/load';

const CONCEPTS = Number(process.env.BENCH_UMLS_CONCEPTS ?? 340_000);

async function* lines(path: string): AsyncGenerator<string> {
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) if (line) yield line;
}

/** What Neo4j holds after loadUmls, as the in-process loader reads it. */
async function readRelease(
  dir: string,
): Promise<{ concepts: GraphConceptRow[]; names: { norm: string; preferred: boolean; cui: string }[] }> {
  const byId = new Map<string, GraphConceptRow>();
  const names = new Map<string, { norm: string; preferred: boolean; cui: string }>();
  for await (const line of lines(join(dir, 'MRCONSO.RRF'))) {
    const parsed = parseConso(line, { sources: null });
    if (!parsed || !('record' in parsed)) continue;
    const { cui, str, norm, sab, preferred } = parsed.record;
    let row = byId.get(cui);
    if (!row) byId.set(cui, (row = { concept: { id: cui, name: str, sources: [], synonyms: [], tuis: [], stys: [] }, parents: [] }));
    if (!row.concept.sources.includes(sab)) row.concept.sources.push(sab);
    if (preferred) row.concept.name = str;
    const key = `${cui}|${norm}`;
    const name = names.get(key);
    if (name) name.preferred ||= preferred;
    else {
      names.set(key, { norm, preferred, cui });
      row.concept.synonyms.push(str);
    }
  }
  for await (const line of lines(join(dir, 'MRSTY.RRF'))) {
    const parsed = parseSty(line);
    const row = 'record' in parsed ? byId.get(parsed.record.cui) : undefined;
    if (!row || !('record' in parsed) || row.concept.tuis.includes(parsed.record.tui)) continue;
    row.concept.tuis.push(parsed.record.tui);
    row.concept.stys.push(parsed.record.sty);
  }
  for await (const line of lines(join(dir, 'MRREL.RRF'))) {
    const parsed = parseRel(line, { sources: null, includeBroaderNarrower: false });
    if (!parsed || !('record' in parsed) || parsed.record.kind !== 'ISA') continue;
    const row = byId.get(parsed.record.from);
    if (row && byId.has(parsed.record.to) && !row.parents.includes(parsed.record.to)) row.parents.push(parsed.record.to);
  }
  return { concepts: [...byId.values()], names: [...names.values()] };
}

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('Run with node --expose-gc (npm run bench:ontology-memory does).');
  gc();
  gc();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
}

/** `name` with one letter of one of its words of 4 letters or more replaced: a fuzzy hit, not a prefix one. */
function withTypo(name: string, random: () => number): string {
  const words = name.split(' ');
  const long = words.flatMap((word, i) => (word.length >= 4 ? [i] : []));
  if (long.length === 0) return name;
  const w = long[Math.floor(random() * long.length)];
  const at = 1 + Math.floor(random() * (words[w].length - 1));
  words[w] = `${words[w].slice(0, at)}${words[w][at] === 'q' ? 'z' : 'q'}${words[w].slice(at + 1)}`;
  return words.join(' ');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

function latency(label: string, run: () => void, times: number): string {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return `| ${label} | ${times} | ${(percentile(samples, 0.5) * 1000).toFixed(0)} | ${(percentile(samples, 0.99) * 1000).toFixed(0)} |`;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ontocase-umls-memory-'));
  const generated = await writeSyntheticRrf(dir, { concepts: CONCEPTS, stringsPerConcept: 3, seed: 11 });
  // Fresh copies, as the driver hands over: no string keeps a file line alive.
  const json = JSON.stringify(await readRelease(dir));
  rmSync(dir, { recursive: true, force: true });
  const before = heapAfterGc();
  const t0 = performance.now();
  const release = JSON.parse(json) as {
    concepts: { concept: ConceptRecord; parents: string[] }[];
    names: { norm: string; preferred: boolean; cui: string }[];
  };
  const graph = new OntologyGraph(release.concepts);
  const names = new NameIndex(
    release.names.map((n): NameRow => ({ text: n.norm, norm: n.norm, preferred: n.preferred, concepts: [graph.position(n.cui)!] })),
    (at) => graph.at(at),
  );
  release.concepts.length = 0;
  release.names.length = 0;
  const buildSeconds = (performance.now() - t0) / 1000;
  const used = heapAfterGc() - before;
  const random = mulberry32(3);
  const id = (): string => syntheticCui(Math.floor(random() * graph.size));
  const rows = [
    latency('concept(id)', () => graph.byId(id()), 20_000),
    latency('ancestors(maxDepth: 10)', () => graph.ancestors(id(), 10), 20_000),
    latency('descendants(maxDepth: 2, first: 100)', () => graph.descendants(id(), 2, 100), 20_000),
    latency('pathTo', () => graph.pathTo(id(), id()), 2_000),
    latency(
      'search (prefix, limit 10)',
      () => {
        const prefix = graph.byId(id())!.name.toLowerCase().slice(0, 5);
        return names.search(prefix, prefix, 10, 30);
      },
      5_000,
    ),
    latency(
      'search (a name with one typo: fuzzy, limit 10)',
      () => {
        const typo = withTypo(graph.byId(id())!.name.toLowerCase(), random);
        return names.search(typo, typo, 10, 30);
      },
      2_000,
    ),
  ];
  console.log(
    [
      `Generated UMLS-format release: ${generated.rows.toLocaleString('en-US')} rows; ${graph.size.toLocaleString('en-US')} concepts, ${names.size.toLocaleString('en-US')} names, ${graph.isaCount.toLocaleString('en-US')} is-a edges.`,
      '',
      '| in-process ontology | value |',
      '|---|---|',
      `| heap (V8 heap + array buffers, after GC) | ${mib(used)} |`,
      `| per concept | ${(used / graph.size).toFixed(0)} bytes |`,
      `| build from rows | ${buildSeconds.toFixed(1)} s |`,
      '',
      'In-process reads (no HTTP, no GraphQL), one thread:',
      '',
      '| read | calls | p50 µs | p99 µs |',
      '|---|---|---|---|',
      ...rows,
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
