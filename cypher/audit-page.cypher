MATCH (e:AuditEvent)
WHERE ($keyName IS NULL OR e.keyName = $keyName) AND ($before IS NULL OR e.seq < $before)
WITH e ORDER BY e.seq DESC
LIMIT $limit
RETURN e {.keyId, .keyName, .role, .operation, .kind, .reportIds, .reportCount, .durationMs, .outcome, .errorCodes,
          at: toString(e.at), seq: e.seq} AS event
