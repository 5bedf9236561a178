// BM25 over report text (full-text index report_text): the best $k other reports for a
// Lucene query built from the query report's own terms (escaped by the caller).
CALL db.index.fulltext.queryNodes('report_text', $query, {limit: $limit}) YIELD node, score
WITH node, score WHERE node.id <> $exclude
RETURN node.id AS reportId, score
ORDER BY score DESC, reportId
LIMIT $k
