// Every stored tagger without its bytes, newest first.
MATCH (m:TaggerModel)
RETURN m {.id, .name, .createdAt, .runId, .loss, .params, .labelSet, .metrics, .sha256, .sizeBytes, .active} AS model
ORDER BY m.id DESC
