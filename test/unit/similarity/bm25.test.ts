import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bm25Idf, decodeLength, encodeLength, inverseNorms, termScore } from '../../../src/similarity/core/bm25';
import { documentTerms, queryTerms } from '../../../src/similarity/lexical/english-analyzer';
import { LexicalIndex } from '../../../src/similarity/memory/lexical-index';

const close = (got: number, want: number, tolerance = 1e-6): void =>
  assert.ok(Math.abs(got - want) <= tolerance * Math.max(1, Math.abs(want)), `${got} vs ${want}`);

test('length norms as Lucene stores them: exact below 24, then 4 significant bits', () => {
  for (let i = 0; i < 24; i += 1) assert.equal(decodeLength(encodeLength(i)), i);
  // 40 − 24 = 16 = 0b10000: kept; 41 − 24 = 17 = 0b10001 loses its last bit; 100 − 24 = 76 = 0b1001100 → 0b1001000 = 72
  assert.equal(decodeLength(encodeLength(40)), 40);
  assert.equal(decodeLength(encodeLength(41)), 40);
  assert.equal(decodeLength(encodeLength(100)), 96);
  assert.ok(encodeLength(2 ** 31 - 1) <= 255);
});

test('idf and one term score by hand (k1 1.2, b 0.75, no (k1 + 1) factor)', () => {
  close(bm25Idf(3, 2), Math.log(1 + 1.5 / 2.5));
  close(bm25Idf(10, 1), Math.log(1 + 9.5 / 1.5));
  // dl = avgdl: 1 / (k1 · (1 − b + b)) = 1 / 1.2; dl = 2 avgdl: 1 / (1.2 · 1.75)
  const inverse = inverseNorms(4);
  close(inverse[4], 1 / 1.2);
  close(inverse[8], 1 / 2.1);
  close(termScore(2, 3, 1 / 1.2), (2 * 3) / (3 + 1.2));
});

test('analyzer: possessive, lower case, English stop words (no and not included), Porter stems, UAX #29 joins', () => {
  assert.deepEqual(documentTerms("The patient's effusions are NOT increasing; no pneumothorax."), [
    'patient',
    'effus',
    'increas',
    'pneumothorax',
  ]);
  assert.deepEqual(documentTerms('Nodule 2.5 cm, e.g. x-ray 1,000 t12'), ['nodul', '2.5', 'cm', 'e.g', 'x', 'rai', '1,000', 't12']);
  // The query side splits as bm25Query does (first 64 distinct words), then analyzes the same way.
  assert.deepEqual(queryTerms('Effusion, effusions and the 2.5 cm nodule. Effusion.'), ['effus', 'effus', '2', '5', 'cm', 'nodul']);
});

test('in-process BM25 by hand on three reports, a repeated query term counts twice, a re-put replaces', () => {
  const index = new LexicalIndex();
  const ids = ['r0', 'r1', 'r2'];
  index.put(0, 'effusion effusion');
  index.put(1, 'small effusion');
  index.put(2, 'normal heart');
  // N 3, avgdl 2, every dl 2: "effus" in 2 reports; tf / (tf + 1.2)
  const idf = Math.log(1 + 1.5 / 2.5);
  const hits = index.neighbours(index.textQuery('effusion'), ids, null, 10);
  assert.deepEqual(
    hits.map((h) => h.reportId),
    ['r0', 'r1'],
  );
  close(hits[0].score, (idf * 2) / 3.2);
  close(hits[1].score, (idf * 1) / 2.2);
  // The stored query of r1 is [small, effus]; r1 itself left out.
  const own = index.neighbours(index.storedQuery(1), ids, 1, 10);
  assert.deepEqual(
    own.map((h) => h.reportId),
    ['r0'],
  );
  // "Effusion effusions" stems to one term twice: boost 2, twice the score.
  close(index.neighbours(index.textQuery('effusion effusions'), ids, null, 1)[0].score, (2 * idf * 2) / 3.2);
  index.put(0, 'heart');
  assert.equal(index.documentCount, 3);
  assert.equal(index.totalLength, 5);
  assert.deepEqual(
    index.neighbours(index.textQuery('effusion'), ids, null, 10).map((h) => h.reportId),
    ['r1'],
  );
  // Ties go by report id.
  const tied = new LexicalIndex();
  ['b', 'a'].forEach((_, r) => tied.put(r, 'effusion'));
  assert.deepEqual(
    tied.neighbours(tied.textQuery('effusion'), ['b', 'a'], null, 10).map((h) => h.reportId),
    ['a', 'b'],
  );
});

test('in-process BM25 equals the sum over every query term of its score, whether a query touches few reports or most', () => {
  // A seeded corpus with repeated words (tf up to 5) and lengths from 1 to 60 (exact and lossy norms).
  let seed = 7;
  const random = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  const words = Array.from({ length: 40 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`);
  const texts = Array.from({ length: 300 }, () =>
    Array.from({ length: 1 + random(60) }, () => words[random(random(2) ? 8 : 40)]).join(' '),
  );
  const index = new LexicalIndex();
  texts.forEach((text, r) => index.put(r, text));
  texts.slice(0, 30).forEach((text, r) => index.put(r, `${text} ${texts[299 - r]}`)); // replaced reports
  const stored = texts.map((text, r) => (r < 30 ? `${text} ${texts[299 - r]}` : text));
  const ids = texts.map((_, r) => `r${String(r).padStart(3, '0')}`);
  const inverse = inverseNorms(Math.fround(index.totalLength / index.documentCount));
  const terms = stored.map((text) => documentTerms(text));
  for (const query of ['worda0 worda0 wordb1', 'wordz25 wordn39', stored[5], stored[200]]) {
    const q = queryTerms(query);
    const boost = new Map<string, number>();
    for (const t of q) boost.set(t, (boost.get(t) ?? 0) + 1);
    const expected = terms
      .map((doc, r) => {
        let sum = 0;
        for (const [t, times] of boost) {
          const tf = doc.filter((x) => x === t).length;
          const df = terms.filter((d) => d.includes(t)).length;
          if (tf > 0) sum += termScore(Math.fround(times * bm25Idf(index.documentCount, df)), tf, inverse[encodeLength(doc.length)]);
        }
        return { reportId: ids[r], score: Math.fround(sum) };
      })
      .filter((h) => h.score > 0)
      .sort((x, y) => y.score - x.score || (x.reportId < y.reportId ? -1 : 1))
      .slice(0, 20);
    assert.deepEqual(index.neighbours(index.textQuery(query), ids, null, 20), expected);
  }
});
