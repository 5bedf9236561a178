import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { createPinoLogger } from '../../../src/util/logger';

function sink(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, lines: () => chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

test('one JSON line per call: ISO time, level name, message, fields; debug/info on stdout, warn/error on stderr', () => {
  const out = sink();
  const err = sink();
  const log = createPinoLogger('debug', out.stream, err.stream);
  log.debug({ n: 1 }, 'd');
  log.info({ runId: 'r1', ok: true, none: undefined }, 'i');
  log.warn({ events: 3 }, 'w');
  log.error({}, 'e');
  const stdout = out.lines();
  assert.deepEqual(stdout.map((l) => [l.level, l.message]), [['debug', 'd'], ['info', 'i']]);
  assert.deepEqual(err.lines().map((l) => [l.level, l.message]), [['warn', 'w'], ['error', 'e']]);
  assert.match(String(stdout[1]!.time), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.deepEqual(Object.keys(stdout[1]!).sort(), ['level', 'message', 'ok', 'runId', 'time']);
});

test('LOG_LEVEL filters; an unknown level means info', () => {
  for (const [level, expected] of [['warn', ['w']], ['nonsense', ['i', 'w']], [undefined, ['i', 'w']]] as const) {
    const out = sink();
    const err = sink();
    const log = createPinoLogger(level, out.stream, err.stream);
    log.debug({}, 'd');
    log.info({}, 'i');
    log.warn({}, 'w');
    assert.deepEqual([...out.lines(), ...err.lines()].map((l) => l.message), expected, String(level));
  }
});

test('long values are clipped to 300 characters; fields named like report text or requests are redacted', () => {
  const out = sink();
  const log = createPinoLogger('info', out.stream, sink().stream);
  log.info({ detail: 'x'.repeat(1000), text: 'Small left effusion.', query: '{ extract(text: "…") }', variables: 'v', reportId: 'r-1' }, 'm');
  const [line] = out.lines();
  assert.equal(line!.detail, `${'x'.repeat(300)}…`);
  assert.equal(line!.text, '[redacted]');
  assert.equal(line!.query, '[redacted]');
  assert.equal(line!.variables, '[redacted]');
  assert.equal(line!.reportId, 'r-1');
});
