/** Reads the RRF files and label sets into a CorpusVocabulary (the CLI's only ontology I/O). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLabelSet, type LabelSet } from '../../src/labels';
import { parseConso, parseRel, parseSty } from '../../src/ontology/rrf/rrf-records';
import type { CorpusVocabulary } from './corpus.types';

function lines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '');
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function fail(path: string, index: number, error: string): never {
  throw new Error(`${path}:${index + 1}: ${error}`);
}

/**
 * The bundled sets also list the no-finding label among `labels`, with no concepts (it is
 * assigned by rule); the label-set parser wants it only as `noFindingLabel`.
 */
function withoutNoFindingEntry(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as { labels?: unknown }).labels)) return raw;
  const set = raw as { noFindingLabel?: unknown; labels: { name?: unknown; concepts?: unknown }[] };
  const labels = set.labels.filter((l) => !(l.name === set.noFindingLabel && Array.isArray(l.concepts) && l.concepts.length === 0));
  return { ...set, labels };
}

export function readVocabulary(ontologyDir: string, labelSetPaths: readonly string[]): CorpusVocabulary {
  const strings = new Map<string, string[]>();
  const parents = new Map<string, string[]>();
  const semanticTypes = new Map<string, string[]>();
  const conso = join(ontologyDir, 'MRCONSO.RRF');
  lines(conso).forEach((line, i) => {
    const parsed = parseConso(line, { sources: null });
    if (parsed === null) return;
    if ('error' in parsed) fail(conso, i, parsed.error);
    push(strings, parsed.record.cui, parsed.record.str);
  });
  const rel = join(ontologyDir, 'MRREL.RRF');
  lines(rel).forEach((line, i) => {
    const parsed = parseRel(line, { sources: null, includeBroaderNarrower: false });
    if (parsed === null) return;
    if ('error' in parsed) fail(rel, i, parsed.error);
    if (parsed.record.kind === 'ISA') push(parents, parsed.record.from, parsed.record.to);
  });
  const sty = join(ontologyDir, 'MRSTY.RRF');
  lines(sty).forEach((line, i) => {
    const parsed = parseSty(line);
    if ('error' in parsed) fail(sty, i, parsed.error);
    push(semanticTypes, parsed.record.cui, parsed.record.tui);
  });
  const labelSets: LabelSet[] = labelSetPaths.map((path) => {
    const parsed = parseLabelSet(withoutNoFindingEntry(JSON.parse(readFileSync(path, 'utf8'))));
    if (!parsed.ok) throw new Error(`${path}: ${parsed.errors.join('; ')}`);
    return parsed.labelSet;
  });
  return { strings, parents, semanticTypes, labelSets };
}
