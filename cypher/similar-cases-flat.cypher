// JACCARD / DICE variants, the Cypher twin of explainFlat in src/similarity/baselines.ts:
// synonym classes of present ∪ uncertain concepts, weight 1, no hierarchy, absent ignored.
// α = β = $coefficient (1 Jaccard, 0.5 Dice), κ = 0, Tversky form.
CALL {
  UNWIND [x IN $query WHERE x.assertion <> 'ABSENT'] AS qm
  OPTIONAL MATCH (qc:Concept {id: qm.id})
  WITH qm, CASE WHEN qc IS NULL THEN [qm.id]
                ELSE COLLECT { MATCH (qc)-[:SYNONYM*0..]-(s:Concept) RETURN DISTINCT s.id AS sid ORDER BY sid } END AS members
  WITH members, min(qm.id) AS concept, max(CASE qm.assertion WHEN 'PRESENT' THEN 1 ELSE 0 END) AS present
  ORDER BY members[0]
  RETURN collect({key: members[0], members: members, concept: concept,
                  assertion: CASE present WHEN 1 THEN 'PRESENT' ELSE 'UNCERTAIN' END}) AS Q
}
// Candidates: reports mentioning (present or uncertain) a member of a query class, plus $pinned.
CALL {
  WITH Q
  CALL {
    WITH Q
    UNWIND reduce(acc = [], q IN Q | acc + q.members) AS tid
    MATCH (:Concept {id: tid})<-[e:MENTIONS]-(r:Report) WHERE e.assertion <> 'ABSENT'
    RETURN r
    UNION
    MATCH (r:Report) WHERE r.id IN coalesce($pinned, [])
    RETURN r
  }
  WITH DISTINCT r
  WHERE ($filter.reportIds IS NULL OR r.id IN $filter.reportIds)
    AND ($filter.excludeReportIds IS NULL OR NOT r.id IN $filter.excludeReportIds)
    AND ($filter.modality IS NULL OR r.modality = $filter.modality)
    AND ($filter.studyDateFrom IS NULL OR r.studyDate >= $filter.studyDateFrom)
    AND ($filter.studyDateTo IS NULL OR r.studyDate <= $filter.studyDateTo)
  RETURN collect(r) AS candidates
}
UNWIND candidates AS r
CALL {
  WITH r
  OPTIONAL MATCH (r)-[e:MENTIONS]->(c:Concept) WHERE e.assertion <> 'ABSENT'
  WITH c, e, CASE WHEN c IS NULL THEN null
                  ELSE COLLECT { MATCH (c)-[:SYNONYM*0..]-(s:Concept) RETURN s.id AS sid ORDER BY sid LIMIT 1 }[0] END AS key
  WITH key, min(c.id) AS concept, max(CASE e.assertion WHEN 'PRESENT' THEN 1 ELSE 0 END) AS present
  ORDER BY key
  RETURN collect(CASE WHEN key IS NULL THEN null ELSE
    {key: key, concept: concept, assertion: CASE present WHEN 1 THEN 'PRESENT' ELSE 'UNCERTAIN' END} END) AS R
}
WITH r, Q, R, [x IN R | x.key] AS rkeys, [q IN Q | q.key] AS qkeys
WITH r, R, qkeys,
     [q IN Q WHERE q.key IN rkeys | {q: q, c: head([x IN R WHERE x.key = q.key])}] AS common,
     [q IN Q WHERE NOT q.key IN rkeys | {concept: q.concept, weight: 1.0, assertion: q.assertion}] AS queryOnly
WITH r, queryOnly,
     [p IN common | {queryConcept: p.q.concept, caseConcept: p.c.concept,
        relation: CASE WHEN p.q.concept = p.c.concept THEN 'EXACT' ELSE 'SYNONYM' END, distance: 0, credit: 1.0,
        weight: 1.0, queryWeight: 1.0, caseWeight: 1.0, queryAssertion: p.q.assertion, caseAssertion: p.c.assertion}] AS matched,
     [x IN R WHERE NOT x.key IN qkeys | {concept: x.concept, weight: 1.0, assertion: x.assertion}] AS caseOnly
WITH r, matched, queryOnly, caseOnly,
     reduce(s = 0.0, m IN matched | s + m.credit * m.weight) AS I,
     reduce(s = reduce(s0 = 0.0, m IN matched | s0 + (m.queryWeight - m.credit * m.weight)), x IN queryOnly | s + x.weight) AS a,
     reduce(s = reduce(s0 = 0.0, m IN matched | s0 + (m.caseWeight - m.credit * m.weight)), x IN caseOnly | s + x.weight) AS b
WITH r, matched, queryOnly, caseOnly, I, a, b, I + $coefficient * a + $coefficient * b + 0.0 * 0.0 AS denominator
WITH r, matched, queryOnly, caseOnly, I, a, b, I / CASE WHEN denominator = 0 THEN 1.0 ELSE denominator END AS score
WHERE r.id IN coalesce($pinned, []) OR (score > 0 AND score >= $minScore)
RETURN r.id AS reportId, score, {
  matched: matched, queryOnly: queryOnly, caseOnly: caseOnly, contradictions: [], absentAgreements: [],
  terms: {I: I, a: a, b: b, C: 0.0, alpha: $coefficient, beta: $coefficient, kappa: 0.0}
} AS explanation
ORDER BY score DESC, reportId ASC
LIMIT $k
