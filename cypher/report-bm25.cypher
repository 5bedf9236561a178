// BM25 over report text (full-text index report_text): the best $k reports for a Lucene
// query built from a report's own terms (escaped by the caller), $exclude (may be null) left out.
CALL db.index.fulltext.queryNodes('report_text', $query, {limit: $limit}) YIELD node, score
WITH node, score WHERE $exclude IS NULL OR node.id <> $exclude
RETURN node.id AS reportId, score
ORDER BY score DESC, reportId
LIMIT $k
