/** `npm run load:mesh -- --file mesh-tree.tsv` */
import { parseArgs } from 'node:util';
import { loadMeshTree } from '../ontology/mesh/mesh-loader';
import { runWithDatabase, UsageError } from './run-with-database';

const USAGE = 'Usage: npm run load:mesh -- --file <MeSH tree file: Tree Number<TAB>Descriptor UI<TAB>Term>';

runWithDatabase(USAGE, async (db) => {
  const { values } = parseArgs({ options: { file: { type: 'string' } } });
  if (!values.file) throw new UsageError('--file is required');
  console.log((await loadMeshTree(db.executor, values.file)).summary());
});
