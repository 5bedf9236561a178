// Every stored span label scheme.
MATCH (s:SpanScheme)
RETURN s.name AS name, s.labels AS labels, s.classes AS classes
ORDER BY name
