/**
 * A scoring worker (scoring-pool.ts): replicas of the main thread's corpus indexes, built and
 * kept current by its ordered messages, and similarCases scored on them.
 */
import { parentPort } from 'node:worker_threads';
import { CorpusIndex } from './corpus-index';
import { similarInIndex } from './index-similar';
import { OntologyIndex } from './ontology-index';
import type { FromWorker, ToWorker } from './scoring-protocol';

const replicas = new Map<number, CorpusIndex>();
const port = parentPort!;

function handle(message: ToWorker): void {
  if (message.op === 'create') replicas.set(message.corpus, new CorpusIndex(new OntologyIndex(message.ontology)));
  else if (message.op === 'put') for (const report of message.reports) replicas.get(message.corpus)!.put(report);
  else if (message.op === 'drop') replicas.delete(message.corpus);
  else {
    const { id, corpus, request } = message;
    const reply = (answer: FromWorker): void => port.postMessage(answer);
    const replica = replicas.get(corpus);
    if (!replica) return reply({ id, error: `no replica of corpus ${corpus}` });
    // The index engine is synchronous: the promise settles before the next message is handled.
    similarInIndex(replica, request).then(
      (answer) => reply({ id, answer }),
      (error: unknown) => reply({ id, error: error instanceof Error ? error.message : String(error) }),
    );
  }
}

port.on('message', handle);
