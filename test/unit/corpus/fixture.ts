/** The bundled vocabulary and a shared sample of generated reports for the corpus tests. */
import { resolve } from 'node:path';
import { generateReports, type CorpusVocabulary, type GeneratedReport } from '../../../tools/corpus';
import { readVocabulary } from '../../../tools/corpus/vocabulary.reader';

const REPO = resolve(__dirname, '../../../..');

let vocabulary: CorpusVocabulary | null = null;
export function bundledVocabulary(): CorpusVocabulary {
  vocabulary ??= readVocabulary(
    resolve(REPO, 'seed/ontology'),
    ['chexpert.json', 'chest-radiograph.json'].map((f) => resolve(REPO, 'seed/label-sets', f)),
  );
  return vocabulary;
}

const samples = new Map<string, GeneratedReport[]>();
export function sample(count: number, seed: number): GeneratedReport[] {
  const key = `${count}:${seed}`;
  let reports = samples.get(key);
  if (!reports) {
    reports = [...generateReports(bundledVocabulary(), { count, seed })];
    samples.set(key, reports);
  }
  return reports;
}
