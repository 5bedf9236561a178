/**
 * The maths stays pure: the modules below import no file system, network, database driver
 * or ONNX runtime, and nothing from the I/O layers. I/O lives at the edges, in the files
 * listed as edges. Fails when a pure module gains such an import.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const SRC = resolve(__dirname, '../../../src');

const PURE_FOLDERS = ['extraction', 'similarity', 'labels', 'training'];

/** I/O edges inside those folders: services, resolvers, readers and runtimes. */
const EDGES = [
  /\.(resolver|service|repository|worker|type|args|input)\.ts$/,
  /^training\/worker-launcher\.ts$/,
  /^similarity\/graph-similarity\.ts$/,
  /^labels\/label-set\.store\.ts$/,
  /^extraction\/tagger\/(onnx-tagger|execution-providers)\.ts$/,
  /^similarity\/memory\/similarity-index\.ts$/,
];

const FORBIDDEN = [
  /from ['"](node:)?(fs|fs\/promises|http|https|net|child_process|worker_threads)['"]/,
  /from ['"]neo4j-driver['"]/,
  /from ['"]onnxruntime-node['"]/,
  /from ['"](\.\.\/)+(db|api|reports|cli|security|seed)\//,
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

test('pure domain modules import no I/O', () => {
  const offenders: string[] = [];
  for (const folder of PURE_FOLDERS) {
    for (const file of sources(join(SRC, folder))) {
      const name = relative(SRC, file);
      if (EDGES.some((edge) => edge.test(name) || edge.test(name.split('/').pop()!))) continue;
      // Type-only imports carry no code, so they may name any layer.
      const text = readFileSync(file, 'utf8').split('\n').filter((line) => !line.startsWith('import type')).join('\n');
      for (const rule of FORBIDDEN) {
        const match = rule.exec(text);
        if (match) offenders.push(`${name}: ${match[0]}`);
      }
    }
  }
  assert.deepEqual(offenders, []);
});
