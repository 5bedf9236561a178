import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_OPTIONS, resolveOptions, similarity, validateOptions } from '../../../src/similarity/core';
import { ontology, report } from './fixture';

test('defaults are valid and complete', () => {
  assert.deepEqual(validateOptions(DEFAULT_OPTIONS), []);
  const resolved = resolveOptions({ beta: 1 });
  assert.ok(resolved.ok);
  assert.equal(resolved.options.beta, 1);
  assert.equal(resolved.options.alpha, DEFAULT_OPTIONS.alpha);
});

test('each bad option yields an error naming its field', () => {
  const cases: [Record<string, unknown>, string, string][] = [
    [{ alpha: 2 }, 'alpha', 'alpha must be within [0, 1]'],
    [{ beta: -1 }, 'beta', 'beta must be a finite number >= 0'],
    [{ kappa: Number.NaN }, 'kappa', 'kappa must be a finite number >= 0'],
    [{ maxDepth: 7 }, 'maxDepth', 'maxDepth must be an integer within [0, 6]'],
    [{ maxDepth: 1.5 }, 'maxDepth', 'maxDepth must be an integer within [0, 6]'],
    [{ decay: 0 }, 'decay', 'decay must be a finite number > 0'],
    [{ uncertainFactor: 1.5 }, 'uncertainFactor', 'uncertainFactor must be within [0, 1]'],
    [{ variant: 'COSINE' }, 'variant', 'variant must be one of TVERSKY, SYMMETRIC, PAPER, JACCARD, DICE'],
    [{ semanticTypeWeights: { T047: -3 } }, 'semanticTypeWeights', 'semanticTypeWeights.T047 must be a finite number >= 0'],
    [{ semanticTypeWeights: { disease: 3 } }, 'semanticTypeWeights', 'semanticTypeWeights key "disease" is not a TUI like T047'],
    [{ focusConcepts: [{ id: 'PN', weight: -2 }] }, 'focusConcepts', 'focusConcepts[0].weight must be a finite number >= 0'],
    [{ useIdf: 'yes' }, 'useIdf', 'useIdf must be a boolean'],
    [{ absentBonus: -0.1 }, 'absentBonus', 'absentBonus must be a finite number >= 0'],
    [{ minScore: 2 }, 'minScore', 'minScore must be within [0, 1]'],
    [{ lexicalWeight: 1.5 }, 'lexicalWeight', 'lexicalWeight must be within [0, 1]'],
    [{ lambda: 1 }, 'lambda', 'unknown option "lambda"'],
  ];
  for (const [input, field, message] of cases) {
    assert.deepEqual(validateOptions(input), [{ field, message }], JSON.stringify(input));
  }
  assert.equal(validateOptions({ alpha: 2, decay: -1 }).length, 2, 'all problems are reported');
});

test('scoring with bad options throws the messages', () => {
  assert.throws(() => similarity(report('q'), report('r'), ontology, { alpha: 3 }), /alpha must be within \[0, 1\]/);
});

test('useIdf without corpus statistics is refused for a single score', () => {
  assert.throws(() => similarity(report('q', ['PN']), report('r', ['PN']), ontology, { useIdf: true }), /corpus/);
});

test("the PAPER variant defaults to the paper's task weights plus the anatomy weight; a caller's map still wins", () => {
  const paper = resolveOptions({ variant: 'PAPER' });
  assert.ok(paper.ok);
  assert.deepEqual(paper.options.semanticTypeWeights, { T047: 3, T046: 2, T033: 1, T017: 0.3, T023: 0.3, T029: 0.3, T030: 0.3 });
  const tversky = resolveOptions({});
  assert.ok(tversky.ok);
  assert.equal(tversky.options.semanticTypeWeights.T191, 3, 'the fitted map stays the default of the other variants');
  const own = resolveOptions({ variant: 'PAPER', semanticTypeWeights: { T047: 1 } });
  assert.ok(own.ok);
  assert.deepEqual(own.options.semanticTypeWeights, { T047: 1 });
});
