/**
 * Structured one-line JSON logs through pino. Callers pass ids, counts and timings — never
 * report, mention or span text — and every field value is truncated so a mistake cannot
 * dump a document; pino's redaction of fields named like report text or request bodies is
 * a second line of defence. debug and info go to stdout, warn and error to stderr; the
 * level is LOG_LEVEL (debug, info, warn, error; anything else means info).
 */
import pino, { type LevelWithSilent } from 'pino';

type Level = 'debug' | 'info' | 'warn' | 'error';
type Fields = Record<string, string | number | boolean | null | undefined>;

const MAX_FIELD = 300;
const LEVELS: readonly Level[] = ['debug', 'info', 'warn', 'error'];
/** Field names that would hold report text or a client's request if a caller slipped. */
export const REDACTED_PATHS = ['text', '*.text', 'report', 'reports', 'findings', 'impression', 'query', 'variables', 'jsonl', 'body'];

function clip(fields: Record<string, unknown>): Record<string, unknown> {
  const clipped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    clipped[key] = typeof value === 'string' && value.length > MAX_FIELD ? `${value.slice(0, MAX_FIELD)}…` : value;
  }
  return clipped;
}

/** A pino logger with the project's line format; `stdout`/`stderr` are parameters for tests. */
export function createPinoLogger(level: string | undefined, stdout: NodeJS.WritableStream = process.stdout, stderr: NodeJS.WritableStream = process.stderr): pino.Logger {
  const valid: LevelWithSilent = LEVELS.includes(level as Level) ? (level as Level) : 'info';
  return pino(
    {
      level: valid,
      base: undefined, // no pid/hostname: lines carry what callers pass
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: clip },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    pino.multistream(
      [
        { level: 'debug', stream: stdout },
        { level: 'warn', stream: stderr },
      ],
      { dedupe: true }, // each line to one stream: the highest whose level it reaches
    ),
  );
}

let base: pino.Logger | undefined;
// Created at first use, so LOG_LEVEL set by a CLI before logging still applies.
const emit = (level: Level, message: string, fields: Fields = {}): void => {
  base ??= createPinoLogger(process.env.LOG_LEVEL);
  base[level](fields, message);
};

export const logger = {
  debug: (message: string, fields?: Fields) => emit('debug', message, fields),
  info: (message: string, fields?: Fields) => emit('info', message, fields),
  warn: (message: string, fields?: Fields) => emit('warn', message, fields),
  error: (message: string, fields?: Fields) => emit('error', message, fields),
};
