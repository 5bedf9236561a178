// PAPER variant (method note §1.5 as written), the Cypher twin of explainPaper in
// src/similarity/baselines.ts: raw ids, own type weights, no hierarchy, uncertain ignored.
// T = query present, N = query absent, R = case present; I = w(R ∩ T); query side w(T' \ R);
// case side w(R \ T'); C = w(T ∩ N); α = 0.5, β = 1, κ = 1, symmetric form.
CALL {
  UNWIND [x IN $query WHERE x.assertion = 'PRESENT' | x.id] AS id
  WITH DISTINCT id
  OPTIONAL MATCH (c:Concept {id: id})
  WITH id, reduce(b = 0.0, t IN coalesce(c.tuis, []) |
         CASE WHEN coalesce($tw[t], 0.0) > b THEN coalesce($tw[t], 0.0) ELSE b END) AS w
  ORDER BY id
  RETURN collect({id: id, w: w}) AS T
}
WITH T, [t IN T | t.id] AS tids, [x IN $query WHERE x.assertion = 'ABSENT' | x.id] AS N
// Candidates: reports presenting a query concept (only those can have I > 0), plus $pinned.
CALL {
  WITH tids
  CALL {
    WITH tids
    UNWIND tids AS tid
    MATCH (:Concept {id: tid})<-[:MENTIONS {assertion: 'PRESENT'}]-(r:Report)
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
  WITH r, tids
  OPTIONAL MATCH (r)-[:MENTIONS {assertion: 'PRESENT'}]->(c:Concept)
  WITH c, tids ORDER BY c.id
  WITH c, CASE WHEN c IS NULL OR c.id IN tids THEN null ELSE head(COLLECT {
         MATCH (c)-[:SYNONYM*0..]-(s:Concept) WHERE s.id IN tids RETURN s.id AS sid ORDER BY sid }) END AS partner
  RETURN collect(CASE WHEN c IS NULL THEN null ELSE {id: c.id, partner: partner,
    w: reduce(b = 0.0, t IN c.tuis | CASE WHEN coalesce($tw[t], 0.0) > b THEN coalesce($tw[t], 0.0) ELSE b END)} END) AS R
}
WITH r, T, N, R, [x IN R | x.id] AS rids
WITH r, T, N, rids,
     [x IN R WHERE x.id IN [t IN T | t.id] OR x.partner IS NOT NULL | CASE WHEN x.partner IS NULL
        THEN {queryConcept: x.id, caseConcept: x.id, relation: 'EXACT', distance: 0, credit: 1.0, weight: x.w,
              queryWeight: x.w, caseWeight: x.w, queryAssertion: 'PRESENT', caseAssertion: 'PRESENT'}
        ELSE {queryConcept: x.partner, caseConcept: x.id, relation: 'SYNONYM', distance: 0, credit: 0.0, weight: 0.0,
              queryWeight: 0.0, caseWeight: 0.0, queryAssertion: 'PRESENT', caseAssertion: 'PRESENT'} END] AS matched,
     [x IN R WHERE NOT x.id IN [t IN T | t.id] AND x.partner IS NULL | {concept: x.id, weight: x.w, assertion: 'PRESENT'}] AS caseOnly
WITH r, matched, caseOnly,
     [t IN T WHERE NOT t.id IN rids | {concept: t.id, weight: t.w, assertion: 'PRESENT'}] AS queryOnly,
     [t IN T WHERE t.id IN N | {queryConcept: t.id, caseConcept: t.id, queryAssertion: 'PRESENT',
        caseAssertion: 'ABSENT', weight: t.w, scope: 'WITHIN_QUERY'}] AS contradictions
WITH r, matched, caseOnly, queryOnly, contradictions,
     reduce(s = 0.0, m IN matched | s + m.credit * m.weight) AS I,
     reduce(s = reduce(s0 = 0.0, m IN matched | s0 + (m.queryWeight - m.credit * m.weight)), x IN queryOnly | s + x.weight) AS a,
     reduce(s = reduce(s0 = 0.0, m IN matched | s0 + (m.caseWeight - m.credit * m.weight)), x IN caseOnly | s + x.weight) AS b,
     reduce(s = 0.0, x IN contradictions | s + x.weight) AS C
WITH r, matched, caseOnly, queryOnly, contradictions, I, a, b, C,
     I + 1.0 * (0.5 * CASE WHEN a < b THEN a ELSE b END + (1 - 0.5) * CASE WHEN a < b THEN b ELSE a END) + 1.0 * C AS denominator
WITH r, matched, caseOnly, queryOnly, contradictions, I, a, b, C,
     I / CASE WHEN denominator = 0 THEN 1.0 ELSE denominator END AS score
WHERE r.id IN coalesce($pinned, []) OR (score > 0 AND score >= $minScore)
RETURN r.id AS reportId, score, {
  matched: matched, queryOnly: queryOnly, caseOnly: caseOnly, contradictions: contradictions, absentAgreements: [],
  terms: {I: I, a: a, b: b, C: C, alpha: 0.5, beta: 1.0, kappa: 1.0}
} AS explanation
ORDER BY score DESC, reportId ASC
LIMIT $k
