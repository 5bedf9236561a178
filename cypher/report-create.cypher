// Reports the caller found not stored yet: created with their concept edges, without the
// MERGE and the per-report delete of old edges that replacing a report needs. A report
// created meanwhile by another writer fails the batch on the id constraint: nothing is
// written twice.
UNWIND $reports AS rep
CREATE (r:Report {id: rep.id, createdAt: datetime(), updatedAt: datetime(), text: rep.text,
                  patientId: rep.patientId, studyId: rep.studyId, studyDate: rep.studyDate,
                  modality: rep.modality, sections: rep.sections, mentions: rep.mentions})
WITH r, rep
UNWIND rep.concepts AS rc
MATCH (c:Concept {id: rc.conceptId})
CREATE (r)-[:MENTIONS {assertion: rc.assertion, count: toInteger(rc.count)}]->(c)
