// Audit events: who read which report ids and who ran which mutation (never report text).
UNWIND $events AS e
CREATE (:AuditEvent {
  at: datetime(e.at), seq: e.seq, keyId: e.keyId, keyName: e.keyName, role: e.role,
  operation: e.operation, kind: e.kind, reportIds: e.reportIds, reportCount: e.reportCount,
  durationMs: e.durationMs, outcome: e.outcome, errorCodes: e.errorCodes
})
