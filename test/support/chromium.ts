/**
 * The browser the e2e tier drives: Debian's `chromium` (no Playwright browser download).
 * When it is missing and we run as root with apt-get (CI), it is installed here, so the
 * README's test command needs no manual step; otherwise the run fails saying what to do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM_PATH = process.env.ONTOCASE_CHROMIUM ?? '/usr/bin/chromium';

function apt(args: string[]): boolean {
  console.log(`[chromium] apt-get ${args.join(' ')}`);
  const result = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: 15 * 60 * 1000,
  });
  return result.status === 0;
}

/** Returns the browser's path, installing Debian's chromium first when needed and possible. */
export function ensureChromium(): string {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const manual = `Install it with \`apt-get install -y chromium\` (Debian/Ubuntu) or point ONTOCASE_CHROMIUM at a Chromium binary.`;
  if (process.env.ONTOCASE_CHROMIUM) throw new Error(`ONTOCASE_CHROMIUM is ${CHROMIUM_PATH}, which does not exist.`);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM_PATH} and cannot install it (${isRoot ? 'no apt-get' : 'not root'}). ${manual}`,
    );
  }
  console.log(`[chromium] ${CHROMIUM_PATH} is missing; installing Debian's chromium package for the browser tests.`);
  const installed =
    apt(['install', '-y', '--no-install-recommends', 'chromium']) ||
    (apt(['update']) && apt(['install', '-y', '--no-install-recommends', 'chromium']));
  if (!installed || !existsSync(CHROMIUM_PATH)) {
    throw new Error(`Installing chromium with apt-get failed, so the browser tests cannot run. ${manual}`);
  }
  return CHROMIUM_PATH;
}
