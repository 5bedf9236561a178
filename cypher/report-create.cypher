// Ingestion's fast path: reports not stored yet take a plain CREATE of the node and its
// concept edges, without the MERGE and the per-report edge delete that replacing a report
// needs. Returns which ids were found stored; the caller writes those with report-upsert in
// the same transaction. A report another writer creates between the OPTIONAL MATCH and the
// CREATE fails the transaction on the report_id constraint, and the caller then writes the
// whole batch with report-upsert: nothing is written twice.
// The batch's concepts are looked up once each ($conceptIds, distinct and sorted), not once
// per edge; an edge names its concept by position. [c] keeps a missing concept's place (as
// null); its edges are skipped, as a MATCH per edge skipped them.
UNWIND $conceptIds AS conceptId
OPTIONAL MATCH (c:Concept {id: conceptId})
WITH collect([c]) AS concepts
UNWIND $reports AS rep
OPTIONAL MATCH (stored:Report {id: rep.id})
CALL {
  WITH rep, stored, concepts
  WITH rep, concepts WHERE stored IS NULL
  CREATE (r:Report {id: rep.id, createdAt: datetime(), updatedAt: datetime(), text: rep.text,
                    patientId: rep.patientId, studyId: rep.studyId, studyDate: rep.studyDate,
                    modality: rep.modality, sections: rep.sections, mentions: rep.mentions})
  WITH r, rep, concepts
  // The report's edges come as parallel lists (upsertParams says why); k is an edge's index.
  UNWIND range(0, size(rep.conceptAt) - 1) AS k
  WITH r, rep, k, concepts[toInteger(rep.conceptAt[k])][0] AS c
  WHERE c IS NOT NULL
  // `normal` only where true (a few edges): one property less per edge; absent means false.
  CREATE (r)-[:MENTIONS {assertion: rep.assertions[k], count: toInteger(rep.counts[k]),
                         normal: CASE WHEN k IN rep.normalAt THEN true END}]->(c)
}
RETURN rep.id AS id, stored IS NOT NULL AS stored
