// The managed server's first start: replace Neo4j's default password (run on `system`).
ALTER CURRENT USER SET PASSWORD FROM $current TO $password
