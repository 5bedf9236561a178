// The ONNX bytes (base64) of one model with their recorded checksum.
MATCH (m:TaggerModel {id: $id})
RETURN m.id AS id, m.bytes AS bytes, m.sha256 AS sha256
