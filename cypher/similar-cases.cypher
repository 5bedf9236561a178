// TVERSKY / SYMMETRIC similar cases: the Cypher twin of src/similarity/weighted-measure.ts
// (docs/similarity.md is the contract; a randomized integration test proves equality).
// $query: [{id, assertion}]; $tw: TUI -> weight; $focus: [{id, weight}]; $filter: see
// docs/similarity.md; $pinned: report ids scored even without overlap (compareReports).
// Sums run in the reference's order so that equal scores stay bit-equal and ties break alike.
CALL {
  MATCH (stored:Report)
  RETURN count(stored) AS corpusSize
}
// Query units: one per synonym class, ABSENT > PRESENT > UNCERTAIN, smallest id displayed.
CALL {
  WITH corpusSize
  UNWIND $query AS qm
  OPTIONAL MATCH (qc:Concept {id: qm.id})
  WITH corpusSize, qm,
       CASE WHEN qc IS NULL THEN [{id: qm.id, tuis: []}]
            ELSE COLLECT { MATCH (qc)-[:SYNONYM*0..]-(s:Concept) WITH DISTINCT s ORDER BY s.id RETURN s {.id, .tuis} }
       END AS ms
  WITH corpusSize, [m IN ms | m.id] AS members, ms, qm.id AS id,
       CASE qm.assertion WHEN 'ABSENT' THEN 3 WHEN 'PRESENT' THEN 2 ELSE 1 END AS rank
  WITH corpusSize, members, ms, min(id) AS concept, max(rank) AS rank
  CALL {
    WITH corpusSize, members, ms
    WITH corpusSize, members,
         reduce(best = 0.0, m IN ms | reduce(b = best, t IN m.tuis |
           CASE WHEN coalesce($tw[t], 0.0) > b THEN coalesce($tw[t], 0.0) ELSE b END)) AS typeWeight
    WITH members, typeWeight,
         CASE WHEN NOT $useIdf THEN 1.0 ELSE
           log((1.0 + corpusSize) / (1.0 + size(COLLECT {
             MATCH (x:Report)-[e:MENTIONS]->(m:Concept) WHERE m.id IN members AND e.assertion <> 'ABSENT'
             RETURN DISTINCT x.id }))) + 1.0 END AS idf,
         CASE WHEN size($focus) = 0 THEN [] ELSE COLLECT {
             MATCH (m:Concept)-[:ISA*0..]->(:Concept)-[:SYNONYM*0..]-(x:Concept) WHERE m.id IN members
             RETURN DISTINCT x.id } + members END AS under
    RETURN CASE WHEN $useIdf THEN typeWeight * idf ELSE typeWeight END
           * coalesce(reduce(f = null, fc IN $focus | CASE WHEN NOT fc.id IN under THEN f
                WHEN f IS NULL OR fc.weight > f THEN fc.weight ELSE f END), 1.0) AS cw
  }
  WITH members, concept, cw, CASE rank WHEN 3 THEN 'ABSENT' WHEN 2 THEN 'PRESENT' ELSE 'UNCERTAIN' END AS assertion
  ORDER BY members[0]
  RETURN collect({canonical: members[0], members: members, concept: concept, assertion: assertion, cw: cw,
                  w: cw * CASE assertion WHEN 'UNCERTAIN' THEN $uf ELSE 1.0 END}) AS qunits
}
// Reach: every concept related purely up or purely down to a positive query class within
// $maxDepth, synonyms at both ends; per (query class, concept) the shortest, up wins a tie.
CALL {
  WITH qunits
  UNWIND [q IN qunits WHERE q.assertion <> 'ABSENT' AND $maxDepth > 0] AS q
  MATCH (qm:Concept) WHERE qm.id IN q.members
  CALL {
    WITH qm
    MATCH p = ANY SHORTEST (qm)-[:ISA]->{1,6}(t:Concept)
    RETURN t, length(p) AS d, 'UP' AS dir
    UNION
    WITH qm
    MATCH p = ANY SHORTEST (qm)<-[:ISA]-{1,6}(t:Concept)
    RETURN t, length(p) AS d, 'DOWN' AS dir
  }
  WITH q, t, d, dir WHERE d <= $maxDepth
  MATCH (t)-[:SYNONYM*0..]-(tm:Concept)
  WITH q.canonical AS qc, tm.id AS target,
       min(CASE dir WHEN 'UP' THEN d END) AS up, min(CASE dir WHEN 'DOWN' THEN d END) AS down
  RETURN collect({q: qc, t: target,
                  d: CASE WHEN down IS NULL OR up <= down THEN up ELSE down END,
                  rel: CASE WHEN down IS NULL OR up <= down THEN 'ANCESTOR' ELSE 'DESCENDANT' END}) AS reach
}
// Candidates: reports that could have I > 0 (a positive mention within reach of a positive
// query class, or an absent agreement when it earns a bonus), plus $pinned; then $filter.
// Grouping happens inside subqueries so the query-level lists are never grouping keys.
CALL {
  WITH qunits, reach
  CALL {
    WITH qunits, reach
    UNWIND [x IN reach | x.t] + reduce(acc = [], q IN [q IN qunits WHERE q.assertion <> 'ABSENT'] | acc + q.members) AS tid
    MATCH (:Concept {id: tid})<-[e:MENTIONS]-(r:Report) WHERE e.assertion <> 'ABSENT'
    RETURN r
    UNION
    WITH qunits
    UNWIND reduce(acc = [], q IN [q IN qunits WHERE q.assertion = 'ABSENT' AND $absentBonus > 0 AND q.cw > 0] | acc + q.members) AS tid
    MATCH (:Concept {id: tid})<-[e:MENTIONS {assertion: 'ABSENT'}]-(r:Report)
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
// Case concepts: class, weight and links to query classes computed once per distinct concept.
CALL {
  WITH candidates
  UNWIND candidates AS r
  OPTIONAL MATCH (r)-[e:MENTIONS]->(c:Concept)
  RETURN c, collect({r: r, a: e.assertion}) AS uses
}
CALL {
  WITH corpusSize, reach, c
  WITH corpusSize, reach, c,
       CASE WHEN c IS NULL THEN []
            ELSE COLLECT { MATCH (c)-[:SYNONYM*0..]-(s:Concept) WITH DISTINCT s ORDER BY s.id RETURN s {.id, .tuis} }
       END AS ms
  WITH corpusSize, reach, c, ms, [m IN ms | m.id] AS members,
       reduce(best = 0.0, m IN ms | reduce(b = best, t IN m.tuis |
         CASE WHEN coalesce($tw[t], 0.0) > b THEN coalesce($tw[t], 0.0) ELSE b END)) AS typeWeight
  WITH reach, c, members, typeWeight,
       CASE WHEN c IS NULL OR NOT $useIdf THEN 1.0 ELSE
         log((1.0 + corpusSize) / (1.0 + size(COLLECT {
           MATCH (x:Report)-[e:MENTIONS]->(m:Concept) WHERE m.id IN members AND e.assertion <> 'ABSENT'
           RETURN DISTINCT x.id }))) + 1.0 END AS idf,
       CASE WHEN c IS NULL OR size($focus) = 0 THEN [] ELSE COLLECT {
           MATCH (m:Concept)-[:ISA*0..]->(:Concept)-[:SYNONYM*0..]-(x:Concept) WHERE m.id IN members
           RETURN DISTINCT x.id } END AS under
  RETURN CASE WHEN c IS NULL THEN null ELSE {
    id: c.id, canonical: members[0],
    cw: CASE WHEN $useIdf THEN typeWeight * idf ELSE typeWeight END
        * coalesce(reduce(f = null, fc IN $focus | CASE WHEN NOT fc.id IN under THEN f
             WHEN f IS NULL OR fc.weight > f THEN fc.weight ELSE f END), 1.0),
    links: [x IN reach WHERE x.t = c.id | {q: x.q, d: x.d, rel: x.rel}]
  } END AS info
}
WITH qunits, collect({info: info, uses: uses}) AS concepts
CALL {
  WITH concepts
  UNWIND concepts AS x
  WITH x.info AS info, x.uses AS uses
  UNWIND uses AS u
  WITH u.r AS r, collect(CASE WHEN info IS NULL THEN null ELSE info {.*, a: u.a} END) AS cs
  RETURN r, cs
}
// Case units, sorted by class like the reference's.
CALL {
  WITH cs
  UNWIND cs AS x
  WITH x.canonical AS canonical, min(x.id) AS concept,
       max(CASE x.a WHEN 'ABSENT' THEN 3 WHEN 'PRESENT' THEN 2 ELSE 1 END) AS rank,
       head(collect(x.cw)) AS cw, head(collect(x.links)) AS links
  WITH canonical, concept, cw, links, CASE rank WHEN 3 THEN 'ABSENT' WHEN 2 THEN 'PRESENT' ELSE 'UNCERTAIN' END AS assertion
  ORDER BY canonical
  RETURN collect({canonical: canonical, concept: concept, assertion: assertion, cw: cw, links: links,
                  w: cw * CASE assertion WHEN 'UNCERTAIN' THEN $uf ELSE 1.0 END}) AS units
}
// Same class, opposite polarity: contradiction; both absent: agreement (with a bonus).
WITH qunits, r, units,
     [q IN qunits | {q: q, c: head([u IN units WHERE u.canonical = q.canonical])}] AS shared
WITH qunits, r, units,
     [s IN shared WHERE s.c IS NOT NULL AND (s.q.assertion = 'ABSENT') <> (s.c.assertion = 'ABSENT') | {
        queryConcept: s.q.concept, caseConcept: s.c.concept, queryAssertion: s.q.assertion,
        caseAssertion: s.c.assertion, scope: 'ACROSS', canonical: s.q.canonical,
        weight: CASE WHEN s.q.assertion = 'ABSENT' THEN s.c.w ELSE s.q.w END}] AS contradictions,
     [s IN shared WHERE $absentBonus > 0 AND s.c IS NOT NULL AND s.q.assertion = 'ABSENT' AND s.c.assertion = 'ABSENT' | {
        queryConcept: s.q.concept, caseConcept: s.c.concept, weight: $absentBonus * s.q.cw}] AS absentAgreements
WITH r, contradictions, absentAgreements, [x IN contradictions | x.canonical] AS contradicted, qunits, units
WITH r, contradictions, absentAgreements,
     [q IN qunits WHERE q.assertion <> 'ABSENT' AND NOT q.canonical IN contradicted] AS qpos,
     [c IN units WHERE c.assertion <> 'ABSENT' AND NOT c.canonical IN contradicted] AS cpos
// Candidate pairs, then the greedy one-to-one walk (docs/similarity.md, step 4).
CALL {
  WITH qpos, cpos
  UNWIND cpos AS c
  UNWIND qpos AS q
  WITH q, c, CASE WHEN q.canonical = c.canonical THEN {d: 0, rel: CASE WHEN q.concept = c.concept THEN 'EXACT' ELSE 'SYNONYM' END}
                  ELSE head([l IN c.links WHERE l.q = q.canonical]) END AS link
  WHERE link IS NOT NULL
  WITH q, c, link, CASE WHEN q.w < c.w THEN q.w ELSE c.w END AS pw
  ORDER BY link.d ASC, pw DESC,
           CASE WHEN q.canonical < c.canonical THEN q.canonical ELSE c.canonical END ASC,
           CASE WHEN q.canonical < c.canonical THEN c.canonical ELSE q.canonical END ASC, q.canonical ASC
  RETURN collect({qc: q.canonical, cc: c.canonical, q: q, c: c, d: link.d, rel: link.rel, pw: pw}) AS sorted
}
WITH r, contradictions, absentAgreements, qpos, cpos,
     reduce(s = {usedQ: [], usedC: [], acc: []}, p IN sorted |
       CASE WHEN p.qc IN s.usedQ OR p.cc IN s.usedC THEN s
            ELSE {usedQ: s.usedQ + p.qc, usedC: s.usedC + p.cc, acc: s.acc + [p]} END) AS walk
WITH r, contradictions, absentAgreements,
     [p IN walk.acc | {queryConcept: p.q.concept, caseConcept: p.c.concept, relation: p.rel, distance: p.d,
        credit: exp(-$decay * p.d), weight: p.pw, queryWeight: p.q.w, caseWeight: p.c.w,
        queryAssertion: p.q.assertion, caseAssertion: p.c.assertion}] AS matched,
     [q IN qpos WHERE NOT q.canonical IN walk.usedQ | {concept: q.concept, weight: q.w, assertion: q.assertion}] AS queryOnly,
     [c IN cpos WHERE NOT c.canonical IN walk.usedC | {concept: c.concept, weight: c.w, assertion: c.assertion}] AS caseOnly
WITH r, contradictions, absentAgreements, matched, queryOnly, caseOnly,
     reduce(s = reduce(s0 = 0.0, m IN matched | s0 + m.credit * m.weight), x IN absentAgreements | s + x.weight) AS I,
     reduce(s = reduce(s0 = 0.0, m IN matched | s0 + (m.queryWeight - m.credit * m.weight)), x IN queryOnly | s + x.weight) AS a,
     reduce(s = reduce(s0 = 0.0, m IN matched | s0 + (m.caseWeight - m.credit * m.weight)), x IN caseOnly | s + x.weight) AS b,
     reduce(s = 0.0, x IN contradictions | s + x.weight) AS C
WITH r, contradictions, absentAgreements, matched, queryOnly, caseOnly, I, a, b, C,
     CASE WHEN $symmetric
          THEN I + $beta * ($alpha * CASE WHEN a < b THEN a ELSE b END + (1 - $alpha) * CASE WHEN a < b THEN b ELSE a END) + $kappa * C
          ELSE I + $alpha * a + $beta * b + $kappa * C END AS denominator
WITH r, contradictions, absentAgreements, matched, queryOnly, caseOnly, I, a, b, C,
     I / CASE WHEN denominator = 0 THEN 1.0 ELSE denominator END AS score
WHERE r.id IN coalesce($pinned, []) OR (score > 0 AND score >= $minScore)
RETURN r.id AS reportId, score, {
  matched: matched, queryOnly: queryOnly, caseOnly: caseOnly,
  contradictions: [x IN contradictions | x {.queryConcept, .caseConcept, .queryAssertion, .caseAssertion, .scope, .weight}],
  absentAgreements: absentAgreements,
  terms: {I: I, a: a, b: b, C: C, alpha: $alpha, beta: $beta, kappa: $kappa}
} AS explanation
ORDER BY score DESC, reportId ASC
LIMIT $k
