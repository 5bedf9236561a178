/**
 * `npm run keys -- create --role reader --name dashboard` | `revoke --id <id>` | `list`
 * The keys file keeps salted hashes only; a new key is printed once and never stored.
 */
import { parseArgs } from 'node:util';
import { newKey, readKeysFile, writeKeysFile } from '../security/api-keys';
import { isRole, ROLES } from '../security/roles';
import { securityConfig } from '../security/security-config';

const USAGE = `Usage: npm run keys -- create --role <${ROLES.join('|')}> --name <label>
       npm run keys -- revoke --id <key id>
       npm run keys -- list`;

function main(): void {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' }, id: { type: 'string' } },
  });
  const { keysFile } = securityConfig();
  const keys = readKeysFile(keysFile);
  switch (positionals[0]) {
    case 'create': {
      if (!values.role || !isRole(values.role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
      if (!values.name?.trim()) throw new Error('--name is required');
      const { key, stored } = newKey(values.name.trim(), values.role);
      writeKeysFile(keysFile, [...keys, stored]);
      console.log(`Created key ${stored.id} (${stored.role}, "${stored.name}") in ${keysFile}.`);
      console.log(`API key (shown once; send it as "Authorization: Bearer <key>"):\n${key}`);
      return;
    }
    case 'revoke': {
      const target = keys.find((key) => key.id === values.id);
      if (!target) throw new Error(`No key with id "${values.id ?? ''}" in ${keysFile}`);
      target.revokedAt ??= new Date().toISOString();
      writeKeysFile(keysFile, keys);
      console.log(`Revoked key ${target.id} ("${target.name}"). A running server refuses it from its next request.`);
      return;
    }
    case 'list':
      for (const key of keys)
        console.log(`${key.id}  ${key.role.padEnd(9)}  ${key.revokedAt ? 'revoked' : 'active '}  ${key.createdAt}  ${key.name}`);
      if (keys.length === 0) console.log(`No keys in ${keysFile}: the server runs in open demo mode on 127.0.0.1.`);
      return;
    default:
      throw new Error('unknown command');
  }
}

try {
  main();
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exitCode = 1;
}
