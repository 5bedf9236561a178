/** Shared shell of the command-line tools: open the database, run, always close it. */
import 'reflect-metadata';
import { openDatabase, type Database } from '../db/database';
import { InputFileError } from '../ontology/loading/line-source';

export class UsageError extends Error {}

export function runWithDatabase(usage: string, work: (db: Database) => Promise<void>): void {
  let database: Database | null = null;
  const close = async (): Promise<void> => {
    await database?.close().catch(() => undefined);
    database = null;
  };
  process.once('SIGINT', () => {
    console.error('\nInterrupted; stopping.');
    void close().then(() => process.exit(130));
  });
  (async () => {
    database = await openDatabase((line) => console.error(line));
    await work(database);
  })()
    .catch((error: unknown) => {
      if (error instanceof UsageError) console.error(`${error.message}\n\n${usage}`);
      else if (error instanceof InputFileError) console.error(`Error: ${error.message}`);
      else console.error(`Failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    })
    .finally(() => void close());
}
