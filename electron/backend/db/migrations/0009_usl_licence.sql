-- The User Specific Licence (USL) of the PRAIS report (issue 8, domain-spec §1.9): the licence the country
-- grants on its submitted data, and whether it allows regional and global aggregation. Without a live row
-- PRAIS applies CC BY-NC 4.0, and so does the package. Same conventions as 0001: UUIDv7 text id,
-- created_at/updated_at, deleted_at tombstone; every write goes through the mutate path.
CREATE TABLE usl_licence (
  id                      TEXT PRIMARY KEY,
  licence                 TEXT NOT NULL CHECK (licence IN ('CC0-1.0', 'CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'custom')),
  custom_licence_text     TEXT CHECK (custom_licence_text IS NOT NULL OR licence <> 'custom'),
  aggregation_permission  INTEGER NOT NULL CHECK (aggregation_permission IN (0, 1)),
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL,
  deleted_at              TEXT
) STRICT;
-- One workspace file is one report, so it has at most one live licence.
CREATE UNIQUE INDEX usl_licence_one_live ON usl_licence ((1)) WHERE deleted_at IS NULL;
