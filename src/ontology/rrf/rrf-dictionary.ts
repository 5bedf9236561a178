/**
 * Dictionary records straight from RRF files, for tools that run without a database (the
 * extraction evaluation). The server reads the same strings from the graph instead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DictionaryRecord } from '../../extraction/core';
import { parseConso, parseRel, parseSty } from './rrf-records';

export function readDictionaryRecords(dir: string): DictionaryRecord[] {
  const types = new Map<string, string[]>();
  for (const line of readFileSync(join(dir, 'MRSTY.RRF'), 'utf8').split('\n')) {
    const parsed = line ? parseSty(line) : null;
    if (parsed && 'record' in parsed) types.set(parsed.record.cui, [...(types.get(parsed.record.cui) ?? []), parsed.record.tui]);
  }
  const records: DictionaryRecord[] = [];
  for (const line of readFileSync(join(dir, 'MRCONSO.RRF'), 'utf8').split('\n')) {
    const parsed = line ? parseConso(line, { sources: null }) : null;
    if (parsed && 'record' in parsed) {
      const { cui, str, preferred } = parsed.record;
      records.push({ conceptId: cui, term: str, semanticTypes: types.get(cui) ?? [], preferred });
    }
  }
  return records;
}

/** Child → parents from MRREL's is-a rows (PAR/CHD), for the same database-free tools. */
export function readIsaParents(dir: string): Map<string, string[]> {
  const parents = new Map<string, string[]>();
  for (const line of readFileSync(join(dir, 'MRREL.RRF'), 'utf8').split('\n')) {
    const parsed = line ? parseRel(line, { sources: null, includeBroaderNarrower: false }) : null;
    if (parsed && 'record' in parsed && parsed.record.kind === 'ISA') {
      parents.set(parsed.record.from, [...(parents.get(parsed.record.from) ?? []), parsed.record.to]);
    }
  }
  return parents;
}
