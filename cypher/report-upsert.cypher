// Creates or replaces reports with their concept edges; re-ingesting a report replaces its
// MENTIONS edges and keeps its gold spans.
UNWIND $reports AS rep
MERGE (r:Report {id: rep.id})
  ON CREATE SET r.createdAt = datetime()
SET r.text = rep.text,
    r.patientId = rep.patientId,
    r.studyId = rep.studyId,
    r.studyDate = rep.studyDate,
    r.modality = rep.modality,
    r.sections = rep.sections,
    r.mentions = rep.mentions,
    r.updatedAt = datetime()
WITH r, rep
CALL {
  WITH r
  MATCH (r)-[old:MENTIONS]->()
  DELETE old
}
WITH r, rep
UNWIND rep.concepts AS rc
MATCH (c:Concept {id: rc.conceptId})
CREATE (r)-[:MENTIONS {assertion: rc.assertion, count: toInteger(rc.count), normal: coalesce(rc.normal, false)}]->(c)
