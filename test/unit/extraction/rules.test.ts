import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ContextRuleError, createPipeline, loadContextRules, loadHeaderTable } from '../../../src/extraction/core';
import defaultRules from '../../../src/extraction/rules/context-rules.json';
import { RECORDS } from './fixtures';

test('the shipped rules load', () => {
  const rules = loadContextRules(defaultRules);
  assert.equal(rules.length, defaultRules.length);
  assert.deepEqual(rules.find((r) => r.literal === 'r/o')?.pattern, ['r', '/', 'o']);
});

test('invalid rules are refused with the rule index in the message', () => {
  const ok = { literal: 'no', category: 'NEGATED_EXISTENCE', direction: 'FORWARD' };
  const cases: [unknown, RegExp][] = [
    [{}, /expected a JSON array/],
    [[ok, 'no'], /context rule #1: expected an object/],
    [[ok, { ...ok, pattern: [] }], /context rule #1: unknown key "pattern"/],
    [[{ ...ok, direction: 'FOWARD' }], /context rule #0 \("no"\): unknown direction "FOWARD"/],
    [[ok, ok, { ...ok, category: 'NEGATED' }], /context rule #2 \("no"\): unknown category "NEGATED"/],
    [[{ ...ok, literal: '  ' }], /context rule #0: "literal" must be a non-empty string/],
    [[{ literal: 'but', category: 'TERMINATE', direction: 'FORWARD' }], /direction FORWARD does not fit category TERMINATE/],
    [[{ ...ok, direction: 'PSEUDO' }], /direction PSEUDO does not fit category NEGATED_EXISTENCE/],
  ];
  for (const [raw, message] of cases)
    assert.throws(
      () => loadContextRules(raw),
      (e: Error) => e instanceof ContextRuleError && message.test(e.message),
    );
});

test('a pipeline refuses bad rules at creation', () => {
  assert.throws(
    () => createPipeline({ dictionary: RECORDS, contextRules: [{ literal: 'no', category: 'X', direction: 'FORWARD' }] }),
    /context rule #0/,
  );
});

test('custom rules replace the defaults', () => {
  const p = createPipeline({
    dictionary: RECORDS,
    contextRules: [{ literal: 'sans', category: 'NEGATED_EXISTENCE', direction: 'FORWARD' }],
  });
  assert.deepEqual(
    p.extract('Sans pneumothorax. No effusion.').map((m) => m.assertion),
    ['ABSENT', 'PRESENT'],
  );
});

test('section header tables are validated too', () => {
  assert.throws(() => loadHeaderTable({ headers: { FINDING: ['findings'] } }), /unknown section "FINDING"/);
  assert.throws(() => loadHeaderTable({ headers: { FINDINGS: 'findings' } }), /must be a list/);
  assert.throws(() => loadHeaderTable(null), /expected an object/);
  const table = loadHeaderTable({ headers: { FINDINGS: ['observations'] } });
  assert.equal(table.phrases.get('observations'), 'FINDINGS');
});
