/**
 * Keeps a managed Neo4j from outliving the Node process that started it, even when that
 * process dies by SIGKILL and runs no exit handler: a small detached process that checks
 * the owner's pid every second and, once it is gone, stops Neo4j (SIGTERM, then SIGKILL).
 * Usage: node neo4j-watchdog.js <ownerPid> <neo4jPid>
 */
const POLL_MS = 500;
const KILL_AFTER_MS = 6_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function watch(owner: number, target: number): void {
  const timer = setInterval(() => {
    if (!alive(target)) process.exit(0);
    if (alive(owner)) return;
    clearInterval(timer);
    process.kill(target, 'SIGTERM');
    const deadline = Date.now() + KILL_AFTER_MS;
    const finish = setInterval(() => {
      if (!alive(target)) process.exit(0);
      if (Date.now() < deadline) return;
      clearInterval(finish);
      if (alive(target)) process.kill(target, 'SIGKILL');
      process.exit(0);
    }, 200);
  }, POLL_MS);
}

const [owner, target] = process.argv.slice(2).map(Number);
if (!Number.isInteger(owner) || !Number.isInteger(target)) {
  console.error('usage: neo4j-watchdog <ownerPid> <neo4jPid>');
  process.exit(2);
}
watch(owner, target);
