// Second half of switching the active tagger: exactly one is active afterwards.
MATCH (m:TaggerModel {id: $id})
SET m.active = true, m.activatedAt = $now
RETURN m.id AS id
