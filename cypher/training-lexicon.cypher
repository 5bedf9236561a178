// The tagger lexicon from the ontology: the names and synonyms of the concepts with one of
// the semantic types $tuis, lower-cased, distinct, in order; at most $limit.
MATCH (c:Concept)
WHERE any(t IN coalesce(c.tuis, []) WHERE t IN $tuis)
UNWIND [c.name] + coalesce(c.synonyms, []) AS name
WITH DISTINCT toLower(trim(name)) AS term
WHERE term <> ''
RETURN term
ORDER BY term
LIMIT $limit
