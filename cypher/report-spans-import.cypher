// Sets the gold spans of many reports (an import validated as a whole beforehand).
UNWIND $items AS item
MATCH (r:Report {id: item.reportId})
SET r.spans = item.spans, r.spansVersion = coalesce(r.spansVersion, 0) + 1
