// The ids among $ids of stored reports that satisfy the case filter (the similar-cases rule).
UNWIND $ids AS id
MATCH (r:Report {id: id})
WHERE ($filter.reportIds IS NULL OR r.id IN $filter.reportIds)
  AND ($filter.excludeReportIds IS NULL OR NOT r.id IN $filter.excludeReportIds)
  AND ($filter.modality IS NULL OR r.modality = $filter.modality)
  AND ($filter.studyDateFrom IS NULL OR r.studyDate >= $filter.studyDateFrom)
  AND ($filter.studyDateTo IS NULL OR r.studyDate <= $filter.studyDateTo)
RETURN r.id AS id
