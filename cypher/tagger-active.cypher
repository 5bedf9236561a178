// The persisted active tagger, if any, with its bytes (base64) and recorded checksum.
MATCH (m:TaggerModel {active: true})
RETURN m.id AS id, m.bytes AS bytes, m.sha256 AS sha256
ORDER BY m.activatedAt DESC
LIMIT 1
