/**
 * The import boundaries of .dependency-cruiser.cjs (run by `npm run lint`) hold on the tree
 * and bite: one violation of each rule is planted, each through an intermediate module so
 * that only a transitive check can see it, and depcruise must report exactly those.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(__dirname, '../../..');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const TAG = `__depcruise_probe_${process.pid}`;

interface Plant {
  rule: string;
  /** the module the rule starts from (planted) */
  from: string;
  /** what the intermediate module imports */
  target: string;
  /** how depcruise names the target it reaches */
  reaches: RegExp;
}

const plants: Plant[] = [
  ...['neo4j-driver', 'onnxruntime-node', 'graphql', 'type-graphql'].map((pkg) => ({
    rule: 'core-reaches-io-package',
    from: `src/similarity/core/${TAG}_${pkg}.ts`,
    target: pkg,
    reaches: new RegExp(`^node_modules/${pkg}/`),
  })),
  ...['fs', 'fs/promises', 'net', 'child_process', 'worker_threads'].map((builtin) => ({
    rule: 'core-reaches-io-builtin',
    from: `src/training/core/${TAG}_${builtin.replace('/', '-')}.ts`,
    target: `node:${builtin}`,
    reaches: new RegExp(`^${builtin}$`),
  })),
  {
    rule: 'core-reaches-db-or-api',
    from: `src/extraction/core/${TAG}_db.ts`,
    target: '@/src/db/executor',
    reaches: /^src\/db\/executor\.ts$/,
  },
  { rule: 'core-reaches-db-or-api', from: `src/shared/core/${TAG}_api.ts`, target: '@/src/api/errors', reaches: /^src\/api\/errors\.ts$/ },
  { rule: 'db-reaches-graphql', from: `src/db/${TAG}_graphql.ts`, target: 'graphql', reaches: /^node_modules\/graphql\// },
  ...['tools', 'test', 'bench'].map((folder) => ({
    rule: 'product-reaches-tooling',
    from: `src/reports/${TAG}_${folder}.ts`,
    target: `@/${folder}/${TAG}_target`,
    reaches: new RegExp(`^${folder}/${TAG}_target\\.ts$`),
  })),
];

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

function depcruise(): Violation[] {
  const run = spawnSync(
    process.execPath,
    [DEPCRUISE, 'src', 'tools', 'test', 'bench', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  assert.ok(run.stdout, `depcruise printed nothing: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

/** A relative import from `file` to the repo path `target` (written `@/…`), or the bare module name. */
function specifier(file: string, target: string): string {
  if (!target.startsWith('@/')) return target;
  const rel = relative(dirname(file), target.slice(2)).replace(/\.ts$/, '');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

function write(path: string, text: string, planted: string[]): void {
  mkdirSync(dirname(join(ROOT, path)), { recursive: true });
  writeFileSync(join(ROOT, path), text);
  planted.push(path);
}

test('the boundaries hold on the tree, and depcruise reports a planted transitive violation of each rule', () => {
  const planted: string[] = [];
  try {
    for (const folder of ['tools', 'test', 'bench']) write(`${folder}/${TAG}_target.ts`, 'export const target = 1;\n', planted);
    for (const plant of plants) {
      // from → via → target: the from module itself imports nothing forbidden.
      const via = plant.from.replace(/\.ts$/, '_via.ts').replace(/\/core\//, '/');
      write(plant.from, `import { via } from '${specifier(plant.from, `@/${via}`)}';\nexport const probe = via;\n`, planted);
      write(via, `import * as target from '${specifier(via, plant.target)}';\nexport const via = target;\n`, planted);
    }
    const violations = depcruise();
    const unexpected = violations.filter((v) => !v.from.includes(TAG));
    assert.deepEqual(unexpected, [], 'the clean tree has no violations');
    for (const plant of plants) {
      const hit = violations.find((v) => v.from === plant.from && v.rule.name === plant.rule && plant.reaches.test(v.to));
      assert.ok(hit, `${plant.rule} is not reported for ${plant.from} → ${plant.target}`);
    }
  } finally {
    for (const path of planted) rmSync(join(ROOT, path), { force: true });
  }
});
