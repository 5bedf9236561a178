// Written at the end of every ontology load: API instances compare it to notice the change.
MERGE (v:OntologyVersion {key: 'current'})
SET v.stamp = randomUUID(), v.changedAt = datetime()
