-- Linked targets of a worksheet's response measure (issue 5): which LDN targets (0005) a measure works
-- towards. A set held as rows (SYNC.md), like `action_target`: one row per (measure, target) ever linked;
-- unlinking tombstones the row and linking again restores it. Deleting a measure leaves its rows alone, so
-- that restoring the measure brings its links back with it.

CREATE TABLE response_measure_target (
  id          TEXT PRIMARY KEY,
  measure_id  TEXT NOT NULL REFERENCES response_measure (id),
  target_id   TEXT NOT NULL REFERENCES target (id),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;
CREATE UNIQUE INDEX response_measure_target_once ON response_measure_target (measure_id, target_id);
CREATE INDEX response_measure_target_by_target ON response_measure_target (target_id);
