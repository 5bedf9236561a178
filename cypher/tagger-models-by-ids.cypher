UNWIND $ids AS id
MATCH (m:TaggerModel {id: id})
RETURN m {.id, .name, .createdAt, .runId, .loss, .params, .labelSet, .metrics, .sha256, .sizeBytes, .active} AS model
