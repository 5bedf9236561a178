// BM25 baseline of the evaluation harness only: a full-text index over report text. Kept
// out of the product schema, where it would slow every ingest for no product feature.
CREATE FULLTEXT INDEX report_text IF NOT EXISTS FOR (r:Report) ON EACH [r.text]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } };
CALL db.awaitIndexes(300);
