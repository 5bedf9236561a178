/**
 * Session creation over an ordered list of execution providers (ORT_EXECUTION_PROVIDERS,
 * e.g. cuda,cpu; unset: cuda then cpu when a GPU is visible, else cpu). Each provider is
 * tried alone, in order; `cpu` is always the last resort. When a requested provider cannot
 * load, ONE line is logged with the provider names and the reason — never any report text
 * (no text has been seen at this point) — and the next one is used.
 */
import { InferenceSession, env } from 'onnxruntime-node';
import { gpuVisible, prepareCudaProvider, providerLoadError } from '../../gpu/cuda-provider';

export interface TaggerLogger {
  warn(message: string): void;
}

export const consoleLogger: TaggerLogger = { warn: (m) => console.warn(m) };

/** "cuda, CPU" → ['cuda', 'cpu']; empty or unset → ['cpu']. */
function parseProviders(value: string | undefined): string[] {
  const list = (value ?? '')
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter((p) => p !== '');
  return list.length === 0 ? ['cpu'] : list;
}

/** ORT_EXECUTION_PROVIDERS when set; otherwise ['cuda', 'cpu'] when a GPU is visible, else ['cpu']. */
export function configuredProviders(value = process.env['ORT_EXECUTION_PROVIDERS'], gpu: () => boolean = gpuVisible): string[] {
  if ((value ?? '').trim() !== '') return parseProviders(value);
  return gpu() ? ['cuda', 'cpu'] : ['cpu'];
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '').slice(0, 200);
}

/** onnxruntime-node says only "Failed to load shared library"; the loader says which one. */
function reason(provider: string, error: unknown): string {
  const text = firstLine(error);
  if (provider !== 'cuda' || !text.includes('Failed to load shared library')) return text;
  return firstLine(providerLoadError() ?? text);
}

async function tryCreate(model: Uint8Array, provider: string): Promise<InferenceSession> {
  // Links removed by `npm ci` come back here, before the runtime looks for the provider.
  if (provider === 'cuda') await prepareCudaProvider();
  return InferenceSession.create(model, { executionProviders: [provider] });
}

/**
 * A failed provider load also makes the runtime print its own multi-line error through its
 * process-wide logger. With `quietRuntimeLog` (default) and a non-CPU provider requested,
 * the runtime's log level is set to 'fatal' — which only takes effect if no session has
 * been created in this process yet (onnxruntime-node reads it once, at first use).
 */
export async function createSession(
  model: Uint8Array,
  providers: readonly string[],
  logger: TaggerLogger,
  quietRuntimeLog = true,
): Promise<{ session: InferenceSession; provider: string }> {
  const order = [...new Set(providers.map((p) => p.toLowerCase()))];
  if (quietRuntimeLog && order.some((p) => p !== 'cpu')) env.logLevel = 'fatal';
  if (!order.includes('cpu')) order.push('cpu');
  const failures: string[] = [];
  for (const provider of order) {
    try {
      const session = await tryCreate(model, provider);
      if (failures.length > 0) logger.warn(`tagger: execution provider ${failures.join('; ')}; using "${provider}"`);
      return { session, provider };
    } catch (error) {
      failures.push(`"${provider}" unavailable (${reason(provider, error)})`);
    }
  }
  throw new Error(`tagger: no execution provider could load the model: ${failures.join('; ')}`);
}
