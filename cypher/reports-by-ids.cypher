UNWIND $ids AS id
MATCH (r:Report {id: id})
RETURN r {.id, .text, .patientId, .studyId, .studyDate, .modality, .sections, .mentions, .spans, .spansVersion} AS report
