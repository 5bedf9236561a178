// Concepts named exactly by gold label names: each normalised name against the Name
// nodes' normalised form, with whether that string is the concept's preferred name.
UNWIND $norms AS norm
MATCH (n:Name {norm: norm})-[:NAMES]->(c:Concept)
RETURN DISTINCT norm, c.id AS conceptId, coalesce(n.preferred, false) AS preferred
