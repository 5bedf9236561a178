// Label counts over every stored report, with the precedence of src/labels/assign-labels.ts:
// per (report, label) the strongest assertion among mentions under the label wins.
// $labels: [{name, concepts, finding}]; $precedence: the three assertions, strongest first.
// `flagged` (reports with a finding label positive or uncertain) decides "No Finding".
CALL {
  MATCH (r:Report)
  RETURN count(r) AS total
}
UNWIND range(0, size($labels) - 1) AS i
CALL {
  WITH i
  WITH $labels[i] AS label
  UNWIND label.concepts AS lc
  MATCH (t:Concept {id: lc})-[:SYNONYM*0..]-(tm:Concept)
  WITH DISTINCT label, tm
  MATCH (tm)<-[:ISA*0..]-(x:Concept)
  WITH DISTINCT label, x
  MATCH (x)-[:SYNONYM*0..]-(d:Concept)
  WITH DISTINCT label, d
  MATCH (d)<-[e:MENTIONS]-(r:Report)
  WITH label, r, min(CASE e.assertion WHEN $precedence[0] THEN 0 WHEN $precedence[1] THEN 1 ELSE 2 END) AS rank
  WITH label, r, $precedence[rank] AS status
  RETURN count(CASE WHEN status = 'PRESENT' THEN 1 END) AS positive,
         count(CASE WHEN status = 'ABSENT' THEN 1 END) AS negative,
         count(CASE WHEN status = 'UNCERTAIN' THEN 1 END) AS uncertain,
         collect(CASE WHEN label.finding AND status <> 'ABSENT' THEN r END) AS flagged
}
WITH total, i, positive, negative, uncertain, flagged ORDER BY i
WITH total, collect({label: $labels[i].name, positive: positive, negative: negative, uncertain: uncertain,
                     notMentioned: total - positive - negative - uncertain}) AS rows, collect(flagged) AS flaggedLists
CALL {
  WITH flaggedLists
  UNWIND flaggedLists AS list
  UNWIND list AS r
  RETURN count(DISTINCT r) AS withFinding
}
RETURN total, rows, withFinding
