// Overwrites a model's recorded checksum; the tests use it to simulate a corrupted model.
MATCH (m:TaggerModel {id: $id})
SET m.sha256 = $sha256
RETURN m.id AS id
