/**
 * The messages between the main thread and a scoring worker. A worker keeps a replica of
 * every live corpus index, numbered; replicas change only by these messages, posted in the
 * order the main thread applied the same changes, so a query posted after a change is
 * scored on a replica that has it, and never on a half-applied one (a worker handles one
 * message at a time).
 */
import type { IndexedReport } from './corpus-index';
import type { IndexSimilarAnswer, IndexSimilarRequest } from './index-similar';
import type { OntologyRows } from './ontology-index';

export type ToWorker =
  | { op: 'create'; corpus: number; ontology: OntologyRows }
  | { op: 'put'; corpus: number; reports: IndexedReport[] }
  | { op: 'drop'; corpus: number }
  | { op: 'similar'; id: number; corpus: number; request: IndexSimilarRequest };

export type FromWorker = { id: number; answer: IndexSimilarAnswer } | { id: number; error: string };
