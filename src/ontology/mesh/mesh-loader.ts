/**
 * Loads the MeSH tree file: a concept per descriptor, is-a edges from tree numbers (a
 * descriptor with several tree numbers gets several parents), semantic types by branch.
 */
import type { CypherRunner } from '../../db/executor';
import { BatchWriter } from '../loading/batch-writer';
import { LoadReport } from '../loading/load-report';
import { readRecords } from '../loading/read-records';
import { normaliseTerm } from '../term-key';
import type { ConsoRecord, RelRecord, StyRecord } from '../rrf/rrf-records';
import { parentTreeNumber, parseTreeLine, semanticTypeOfTree, TreeRecord } from './mesh-records';

const SAB = 'MSH';

export async function loadMeshTree(runner: CypherRunner, path: string, batchSize = 5_000): Promise<LoadReport> {
  const report = new LoadReport();
  const concepts = new BatchWriter<ConsoRecord>(runner, 'ontology-load-concepts', batchSize);
  const types = new BatchWriter<StyRecord>(runner, 'ontology-load-semantic-types', batchSize, concepts);
  // Tree number → descriptor, kept to derive parents: ids only, a few MB for all of MeSH.
  const descriptorOfTree = new Map<string, string>();
  const descriptors = new Set<string>();

  const onRecord = async (record: TreeRecord): Promise<void> => {
    descriptorOfTree.set(record.treeNumber, record.ui);
    if (!descriptors.has(record.ui)) {
      descriptors.add(record.ui);
      const norm = normaliseTerm(record.term);
      await concepts.add({ cui: record.ui, str: record.term, norm, sab: SAB, tty: 'MH', preferred: true });
    }
    const type = semanticTypeOfTree(record.treeNumber);
    if (type) await types.add({ cui: record.ui, tui: type.tui, sty: type.sty });
  };
  await readRecords(path, 'a MeSH tree file (Tree Number<TAB>Desc Ui<TAB>Term)', parseTreeLine, onRecord, report, () =>
    types.flush().then(() => concepts.flush()),
  );

  const isa = new BatchWriter<RelRecord>(runner, 'ontology-load-isa', batchSize);
  let orphans = 0;
  for (const [treeNumber, ui] of descriptorOfTree) {
    const parentTree = parentTreeNumber(treeNumber);
    if (parentTree === null) continue;
    const parent = descriptorOfTree.get(parentTree);
    if (parent === undefined) {
      orphans += 1;
      continue;
    }
    if (parent !== ui) await isa.add({ kind: 'ISA', from: ui, to: parent, rel: 'PAR', sab: SAB });
  }
  await isa.flush();
  report.add('concepts', descriptors.size);
  report.add('tree numbers', descriptorOfTree.size);
  report.add('is-a relations', isa.matched);
  if (orphans > 0) report.add('tree numbers whose parent is missing from the file', orphans);
  // Every load stamps the graph, so running API instances notice it and reload their ontology.
  await runner.write('ontology-stamp');
  return report;
}
