// Constraints and indexes, applied idempotently at every start.
CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (c:Concept) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT semantic_type_tui IF NOT EXISTS FOR (t:SemanticType) REQUIRE t.tui IS UNIQUE;
CREATE INDEX name_norm IF NOT EXISTS FOR (n:Name) ON (n.norm);
CREATE FULLTEXT INDEX name_text IF NOT EXISTS FOR (n:Name) ON EACH [n.text]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (r:Report) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT training_run_id IF NOT EXISTS FOR (r:TrainingRun) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT tagger_model_id IF NOT EXISTS FOR (m:TaggerModel) REQUIRE m.id IS UNIQUE;
// No index on MENTIONS.assertion: every read reaches the edges from a report or a concept,
// and no plan used the index, while ingestion paid an index insert per edge.
DROP INDEX mentions_assertion IF EXISTS;
CREATE INDEX audit_seq IF NOT EXISTS FOR (e:AuditEvent) ON (e.seq);
// BM25 over report text: the lexical part of the hybrid measure (docs/similarity.md).
// Eventually consistent: a commit queues the index update instead of applying it, so
// ingestion does not wait for Lucene; ingestion waits for the queue once per API call or
// bulk run (report-text-index-refresh). An index created before this stays synchronous.
CREATE FULLTEXT INDEX report_text IF NOT EXISTS FOR (r:Report) ON EACH [r.text]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: true } };
// Let new indexes come online before the first query uses them.
CALL db.awaitIndexes(300);
