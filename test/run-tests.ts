/**
 * The one test entry point (`npm test`): runs the unit tier, then the integration tier
 * against a real Neo4j — the project-managed server unless NEO4J_URI points at one —
 * then the e2e tier (the dashboard in headless Chromium, over the same database).
 * `--tier NAME` runs one tier; `--only a,b` runs the files whose path contains a or b.
 * Test files run one at a time because Neo4j Community has a single user database that
 * integration files reset between them.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

type Tier = 'unit' | 'integration' | 'e2e';
const TIERS: Tier[] = ['unit', 'integration', 'e2e'];

function findTests(dir: string): string[] {
  let found: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return found;
  }
  for (const entry of entries.sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found = found.concat(findTests(path));
    else if (entry.endsWith('.test.js')) found.push(path);
  }
  return found;
}

// dist/ outlives deleted sources (tsc never removes outputs): a compiled test counts only
// while its .ts source exists, so a locally stale build cannot run a deleted test.
const DIST_ROOT = resolve(__dirname, '..');
const REPO_ROOT = resolve(DIST_ROOT, '..');
const hasSource = (compiled: string): boolean => existsSync(join(REPO_ROOT, relative(DIST_ROOT, compiled)).replace(/\.js$/, '.ts'));

function runNodeTest(files: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
      stdio: 'inherit',
      env,
    });
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
  });
}

function requestedTiers(argv: string[]): Tier[] {
  const at = argv.indexOf('--tier');
  if (at === -1) return TIERS;
  const tier = argv[at + 1];
  if (!TIERS.includes(tier as Tier)) {
    throw new Error(`--tier must be one of ${TIERS.join(', ')}, got "${tier ?? ''}"`);
  }
  return [tier as Tier];
}

/** `--only a,b` keeps the test files whose path contains one of the substrings. */
function pathFilter(argv: string[]): (path: string) => boolean {
  const at = argv.indexOf('--only');
  if (at === -1) return () => true;
  const parts = (argv[at + 1] ?? '').split(',').filter((part) => part.length > 0);
  if (parts.length === 0) throw new Error('--only needs a comma-separated list of path substrings');
  return (path) => parts.some((part) => path.includes(part));
}

async function main(): Promise<void> {
  const testRoot = resolve(__dirname);
  const argv = process.argv.slice(2);
  const tiers = requestedTiers(argv);
  const compiled = tiers.flatMap((tier) => findTests(join(testRoot, tier))).filter(pathFilter(argv));
  const files = compiled.filter(hasSource);
  const stale = compiled.length - files.length;
  if (stale > 0) console.log(`Skipping ${stale} compiled test file(s) whose source is gone (stale dist/)`);
  // With no file, `node --test` would fall back to discovering every test under the cwd.
  if (files.length === 0) throw new Error('No test file matches --tier/--only');
  console.log(`Running ${tiers.join(' + ')} tests (${files.length} files)`);
  if (tiers.includes('e2e')) {
    const { ensureChromium } = await import('./support/chromium');
    ensureChromium(); // installs Debian's chromium when missing and possible; throws otherwise
  }
  // One runner for every tier, so the closing summary counts the whole suite.
  if (tiers.includes('integration') || tiers.includes('e2e')) {
    const { withTestDatabase } = await import('./support/test-database');
    process.exitCode = await withTestDatabase((env) => runNodeTest(files, { ...process.env, ...env }));
  } else {
    process.exitCode = await runNodeTest(files, process.env);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
