/**
 * The lexical part's I/O: a query's best BM25 neighbours from the full-text index on report
 * text (Lucene, english analyzer; cypher/schema.cypher), and a stored report's text.
 */
import { asInt, type CypherRunner } from '../../db/executor';
import { LEXICAL_DEPTH, type LexicalHit } from '../core/hybrid';
import { bm25Query } from './lucene-query';

export class LexicalSearch {
  constructor(private readonly runner: CypherRunner) {}

  async textOf(reportId: string): Promise<string | null> {
    const [row] = await this.runner.read<{ text: string | null }>('report-text', { id: reportId });
    return row?.text ?? null;
  }

  /** The LEXICAL_DEPTH best reports for the text, best first (score desc, id asc), `exclude` left out. */
  async neighbours(text: string, exclude: string | null, depth = LEXICAL_DEPTH): Promise<LexicalHit[]> {
    const query = bm25Query(text);
    if (query === '') return [];
    return this.runner.read<LexicalHit>('report-bm25', { query, exclude, k: asInt(depth), limit: asInt(depth + 1) });
  }
}
