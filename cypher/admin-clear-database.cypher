// Test and benchmark databases only: delete everything, in chunks so memory stays bounded.
MATCH (n)
CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
