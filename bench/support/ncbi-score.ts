/**
 * Exact-span mention scores on PubTator documents: a predicted span counts when its
 * character start and end equal a gold mention's (one label, as usual for NCBI disease);
 * recall per source class (SpecificDisease, DiseaseClass, Modifier, CompositeMention).
 */
import type { PubtatorDocument } from '../../src/spans/core/pubtator';
import type { OnnxTagger } from '../../src/extraction/tagger';
import type { MentionCounts } from '../../tools/evaluation/paired-bootstrap';

export interface MentionScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** class → { recall, support } */
  readonly perClass: Record<string, { recall: number; support: number }>;
  /** per test document, in order: for paired bootstrap intervals between runs */
  readonly perDoc: MentionCounts[];
}

export async function scoreMentions(tagger: OnnxTagger, docs: readonly PubtatorDocument[]): Promise<MentionScore> {
  const predicted = await tagger.tagBatch(docs.map((d) => d.text));
  let tp = 0;
  let pred = 0;
  let gold = 0;
  const byClass = new Map<string, { hit: number; support: number }>();
  const perDoc: MentionCounts[] = [];
  docs.forEach((doc, i) => {
    const keys = new Set(predicted[i].map((s) => `${s.start}:${s.end}`));
    const goldKeys = new Set<string>();
    for (const s of doc.spans) {
      const key = `${s.start}:${s.end}`;
      const c = byClass.get(s.sourceClass) ?? { hit: 0, support: 0 };
      c.support++;
      if (keys.has(key)) c.hit++;
      byClass.set(s.sourceClass, c);
      goldKeys.add(key);
    }
    const hits = [...keys].filter((k) => goldKeys.has(k)).length;
    perDoc.push({ tp: hits, predicted: keys.size, gold: goldKeys.size });
    gold += goldKeys.size;
    pred += keys.size;
    tp += hits;
  });
  const precision = pred === 0 ? 0 : tp / pred;
  const recall = gold === 0 ? 0 : tp / gold;
  const perClass = Object.fromEntries([...byClass].sort().map(([c, v]) => [c, { recall: v.hit / v.support, support: v.support }]));
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), perClass, perDoc };
}
