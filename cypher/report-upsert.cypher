// Creates or replaces reports with their concept edges; re-ingesting a report replaces its
// MENTIONS edges and keeps its gold spans. `created` is decided under the MERGE's lock (a
// new node has no updatedAt yet), so concurrent writers of one id count it once. Concepts
// are looked up once per batch, as in report-create (an edge names its concept by position
// in $conceptIds; a concept missing from the ontology gets no edge).
UNWIND $conceptIds AS conceptId
OPTIONAL MATCH (c:Concept {id: conceptId})
WITH collect([c]) AS concepts
UNWIND $reports AS rep
MERGE (r:Report {id: rep.id})
  ON CREATE SET r.createdAt = datetime()
WITH r, rep, concepts, r.updatedAt IS NULL AS created
SET r.text = rep.text,
    r.patientId = rep.patientId,
    r.studyId = rep.studyId,
    r.studyDate = rep.studyDate,
    r.modality = rep.modality,
    r.sections = rep.sections,
    r.mentions = rep.mentions,
    r.updatedAt = datetime()
WITH r, rep, concepts, created
CALL {
  WITH r
  MATCH (r)-[old:MENTIONS]->()
  DELETE old
}
CALL {
  WITH r, rep, concepts
  // The report's edges come as parallel lists (upsertParams says why); k is an edge's index.
  UNWIND range(0, size(rep.conceptAt) - 1) AS k
  WITH r, rep, k, concepts[toInteger(rep.conceptAt[k])][0] AS c
  WHERE c IS NOT NULL
  // `normal` only where true (a few edges): one property less per edge; absent means false.
  CREATE (r)-[:MENTIONS {assertion: rep.assertions[k], count: toInteger(rep.counts[k]),
                         normal: CASE WHEN k IN rep.normalAt THEN true END}]->(c)
}
RETURN rep.id AS id, created
