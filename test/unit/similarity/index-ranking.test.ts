/**
 * The in-process index against the reference on seeded random worlds: same ids, order,
 * scores (1e-9) and explanations for random queries, options and filters of every
 * variant, also after reports are added and replaced.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCorpusStats, rankCandidates, type ReportConcepts } from '../../../src/similarity/core';
import { rankInIndex } from '../../../src/similarity/memory/index-ranker';
import { allowed, assertSameRanking, randomFilter, randomOptions, randomQuery } from '../../support/similarity/random-cases';
import { prng, randomWorld, type World } from '../../support/similarity/random-world';
import { indexed, indexWorld } from './index-support';

function compare(world: World, rand: () => number, rounds: number, label: string): { compared: number; nearTies: number } {
  const corpus = indexWorld(world);
  return compareOn(corpus, world, rand, rounds, label);
}

function compareOn(
  corpus: ReturnType<typeof indexWorld>,
  world: World,
  rand: () => number,
  rounds: number,
  label: string,
): { compared: number; nearTies: number } {
  const stats = buildCorpusStats(world.reports, world.view);
  let compared = 0;
  let nearTies = 0;
  for (let n = 0; n < rounds; n += 1) {
    const options = randomOptions(rand, world.ids);
    const { query, exclude } = randomQuery(rand, world);
    const filter = randomFilter(rand, world, exclude);
    const k = 1 + Math.floor(rand() * 12);
    const want = rankCandidates(query, allowed(world, filter), world.view, options, world.reports.length, stats).filter((s) => s.score > 0);
    const got = rankInIndex(corpus, { query, options, k, filter });
    nearTies += assertSameRanking(got, want, k, `${label} #${n} ${JSON.stringify({ options, query, filter, k })}`).nearTies;
    compared += got.length;
  }
  return { compared, nearTies };
}

for (const seed of [3, 5, 8, 13, 21]) {
  test(`index equals the reference, seed ${seed}`, (t) => {
    const rand = prng(seed);
    const world = randomWorld(rand, 25 + Math.floor(rand() * 30), 40 + Math.floor(rand() * 60));
    const { compared, nearTies } = compare(world, rand, 150, `seed ${seed}`);
    t.diagnostic(`${compared} ranked cases compared`);
    assert.equal(nearTies, 0, 'the index reproduces the reference bit for bit');
    assert.ok(compared > 100);
  });
}

test('index stays equal to the reference after reports are added and replaced', () => {
  const rand = prng(99);
  const world = randomWorld(rand, 40, 80);
  const early = world.reports.slice(0, 50);
  const corpus = indexWorld({ ...world, reports: early });
  // New reports, then new versions of some stored ones (re-ingest replaces units).
  for (const report of world.reports.slice(50)) corpus.put(indexed(report, world));
  const replaced = new Map<string, ReportConcepts>();
  for (const report of world.reports.slice(0, 30)) {
    const other = world.reports[Math.floor(rand() * world.reports.length)];
    replaced.set(report.id, { ...other, id: report.id });
  }
  const current = world.reports.map((r) => replaced.get(r.id) ?? r);
  for (const report of replaced.values()) corpus.put(indexed(report, world));
  const { nearTies } = compareOn(corpus, { ...world, reports: current }, rand, 200, 'updated');
  assert.equal(nearTies, 0);
  assert.equal(corpus.size, world.reports.length);
});
