// How many reports the label export will write (for its progress bar).
MATCH (r:Report)
RETURN count(r) AS reports
