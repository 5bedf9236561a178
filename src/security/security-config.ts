/** Security settings from the environment; production mode turns the conveniences off. */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config';

export interface SecurityConfig {
  mode: 'demo' | 'production';
  keysFile: string;
  environmentKeys: string | undefined;
  corsOrigins: string[];
  rateLimit: { perSecond: number; burst: number };
  /** Every request, keyed or not, counted by IP before its key is verified. */
  ipRateLimit: { perSecond: number; burst: number };
  /** Requests of one caller running at once, and waiting for a turn before refusal. */
  concurrency: { perCaller: number; waiting: number };
  introspection: boolean;
  landingPage: boolean;
}

function flag(name: string, fallback: boolean): boolean {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') throw new Error(`${name} must be true or false, got "${raw}"`);
  return raw === 'true';
}

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!(value > 0)) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

export function securityConfig(): SecurityConfig {
  const mode = process.env.ONTOCASE_MODE ?? 'demo';
  if (mode !== 'demo' && mode !== 'production') throw new Error(`ONTOCASE_MODE must be demo or production, got "${mode}"`);
  const demo = mode === 'demo';
  return {
    mode,
    keysFile: process.env.ONTOCASE_KEYS_FILE ?? join(PROJECT_ROOT, '.ontocase', 'keys.json'),
    environmentKeys: process.env.ONTOCASE_API_KEYS,
    corsOrigins: (process.env.ONTOCASE_CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    rateLimit: { perSecond: positive('ONTOCASE_RATE_LIMIT', 50), burst: positive('ONTOCASE_RATE_BURST', 100) },
    ipRateLimit: { perSecond: positive('ONTOCASE_IP_RATE_LIMIT', 200), burst: positive('ONTOCASE_IP_RATE_BURST', 400) },
    concurrency: { perCaller: positive('ONTOCASE_CALLER_CONCURRENCY', 8), waiting: positive('ONTOCASE_CALLER_QUEUE', 64) },
    introspection: flag('ONTOCASE_INTROSPECTION', demo),
    landingPage: flag('ONTOCASE_LANDING_PAGE', demo),
  };
}
