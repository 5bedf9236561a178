/**
 * Issue 14, finding 12: the managed Neo4j ran with authentication off and world-readable
 * data files, so any local user could read the reports. It now runs with authentication on,
 * a generated password kept owner-only in the data directory, and the directory itself
 * closed to other users.
 */
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { connect } from '../../../src/db/database';
import { storedPassword } from '../../../src/db/neo4j-credentials';

const dataDir = process.env.ONTOCASE_TEST_NEO4J_DATA_DIR;
const skip = !dataDir && 'the tests run against an external NEO4J_URI, not the project-managed server';

test('the data directory and the stored password are readable by their owner only', { skip }, () => {
  assert.equal(statSync(dataDir!).mode & 0o077, 0, 'data directory open to group or others');
  assert.equal(statSync(join(dataDir!, 'neo4j-password')).mode & 0o777, 0o600);
  assert.equal(storedPassword(dataDir!), process.env.NEO4J_PASSWORD);
});

// One failed login per user: Neo4j locks a user for a few seconds after three
// (dbms.security.auth_max_failed_attempts), which would fail the tests running beside this one.
test('the server refuses a login with Neo4j\'s default password, and an unknown user', { skip }, async () => {
  const uri = process.env.NEO4J_URI!;
  for (const [user, password] of [['neo4j', 'neo4j'], ['ontocase-intruder', '']]) {
    const db = await connect({ uri, user, password });
    try {
      await assert.rejects(db.executor.read('ontology-stats'), (error: Error) => /auth|unauthori[sz]ed|credentials/i.test(`${error.message} ${(error as { code?: string }).code ?? ''}`), `${user} / "${password}" was accepted`);
    } finally {
      await db.close();
    }
  }
});
