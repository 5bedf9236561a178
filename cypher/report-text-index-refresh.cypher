// The full-text index on report text is eventually consistent (cypher/schema.cypher): this
// returns once every committed report is searchable, so a caller that ingested and then
// searches BM25 sees its reports.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
