/**
 * Structured one-line logs. Callers pass ids, counts and timings — never report, mention or
 * span text — and every field value is truncated so a mistake cannot dump a document.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
type Fields = Record<string, string | number | boolean | null | undefined>;

const MAX_FIELD = 300;
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  const level = (process.env.LOG_LEVEL ?? 'info') as Level;
  return ORDER[level] ?? ORDER.info;
}

function emit(level: Level, message: string, fields: Fields = {}): void {
  if (ORDER[level] < threshold()) return;
  const clipped: Fields = {};
  for (const [key, value] of Object.entries(fields)) {
    clipped[key] = typeof value === 'string' && value.length > MAX_FIELD ? `${value.slice(0, MAX_FIELD)}…` : value;
  }
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...clipped });
  (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(`${line}\n`);
}

export const logger = {
  debug: (message: string, fields?: Fields) => emit('debug', message, fields),
  info: (message: string, fields?: Fields) => emit('info', message, fields),
  warn: (message: string, fields?: Fields) => emit('warn', message, fields),
  error: (message: string, fields?: Fields) => emit('error', message, fields),
};
