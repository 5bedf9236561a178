// Creates or replaces reports with their concept edges; re-ingesting a report replaces its
// MENTIONS edges and keeps its gold spans. `created` is decided under the MERGE's lock (a
// new node has no updatedAt yet), so concurrent writers of one id count it once.
UNWIND $reports AS rep
MERGE (r:Report {id: rep.id})
  ON CREATE SET r.createdAt = datetime()
WITH r, rep, r.updatedAt IS NULL AS created
SET r.text = rep.text,
    r.patientId = rep.patientId,
    r.studyId = rep.studyId,
    r.studyDate = rep.studyDate,
    r.modality = rep.modality,
    r.sections = rep.sections,
    r.mentions = rep.mentions,
    r.updatedAt = datetime()
WITH r, rep, created
CALL {
  WITH r
  MATCH (r)-[old:MENTIONS]->()
  DELETE old
}
CALL {
  WITH r, rep
  UNWIND rep.concepts AS rc
  MATCH (c:Concept {id: rc.conceptId})
  // `normal` only where true (a few edges): one property less per edge; absent means false.
  CREATE (r)-[:MENTIONS {assertion: rc.assertion, count: toInteger(rc.count), normal: CASE WHEN rc.normal THEN true END}]->(c)
}
RETURN rep.id AS id, created
