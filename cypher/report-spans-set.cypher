// Replaces a report's gold spans if nobody changed them since they were read.
MATCH (r:Report {id: $reportId})
WHERE coalesce(r.spansVersion, 0) = $version
SET r.spans = $spans, r.spansVersion = $version + 1
RETURN r.id AS id
