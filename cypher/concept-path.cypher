// The shortest route between two concepts along is-a edges, up or down.
MATCH (c:Concept {id: $from}), (t:Concept {id: $to})
OPTIONAL MATCH p = ANY SHORTEST (c)-[:ISA]-{0,40}(t)
RETURN [n IN nodes(p) | n {.id, .name, .sources, .synonyms, .tuis, .stys}] AS path
