// Reports with their concept-level assertions (what `concepts` shows without a second read).
UNWIND $ids AS id
MATCH (r:Report {id: id})
RETURN r {.id, .text, .patientId, .studyId, .studyDate, .modality, .sections, .mentions, .spans, .spansVersion} AS report,
       [(r)-[m:MENTIONS]->(c:Concept) | {conceptId: c.id, assertion: m.assertion, count: m.count}] AS concepts
