// Stores (or replaces the labels of) a span label scheme made by import:spans.
MERGE (s:SpanScheme {name: $name})
SET s.labels = $labels, s.classes = $classes
RETURN s.name AS name
