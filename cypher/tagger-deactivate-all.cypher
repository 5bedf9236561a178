// First half of switching the active tagger (same transaction as tagger-activate).
MATCH (m:TaggerModel {active: true})
SET m.active = false
