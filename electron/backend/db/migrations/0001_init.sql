-- LDN Workbench workspace schema, version 1.
-- Every record table is sync-ready: UUIDv7 text id, created_at/updated_at (ISO-8601 UTC), deleted_at
-- tombstone instead of DELETE. Every write goes through the backend's mutate path, which appends one
-- change_log row per changed field.

CREATE TABLE workspace (
  id              TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  country_iso3    TEXT NOT NULL CHECK (length(country_iso3) = 3),
  level           TEXT NOT NULL CHECK (level IN ('national', 'subnational')),
  area_name       TEXT,
  land_area_km2   REAL NOT NULL CHECK (land_area_km2 > 0),
  reporting_cycle INTEGER NOT NULL,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT
) STRICT;

CREATE TABLE period (
  id          TEXT PRIMARY KEY,
  key         TEXT NOT NULL,
  year_start  INTEGER NOT NULL,
  year_end    INTEGER NOT NULL CHECK (year_end >= year_start),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;
CREATE UNIQUE INDEX period_key_live ON period (key) WHERE deleted_at IS NULL;

-- The people who changed this workspace, so that the history can name them.
CREATE TABLE member (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  organisation  TEXT NOT NULL,
  role          TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
) STRICT;

-- Land types: the units within which losses and gains are counterbalanced (like for like).
CREATE TABLE landtype (
  id                TEXT PRIMARY KEY,
  code              TEXT NOT NULL,
  name              TEXT NOT NULL,
  definition_basis  TEXT,
  area_km2          REAL CHECK (area_km2 IS NULL OR area_km2 >= 0),
  notes             TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  deleted_at        TEXT
) STRICT;
CREATE UNIQUE INDEX landtype_code_live ON landtype (code) WHERE deleted_at IS NULL;

-- Append-only audit trail and, later, the replication log (SYNC.md): one row per changed field.
-- before/after are JSON; base_hlc is the hlc of the value this change replaced.
CREATE TABLE change_log (
  seq         INTEGER PRIMARY KEY,
  hlc         TEXT NOT NULL,
  member_id   TEXT NOT NULL,
  device_id   TEXT NOT NULL,
  entity      TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  operation   TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete', 'restore')),
  field       TEXT NOT NULL,
  before      TEXT NOT NULL,
  after       TEXT NOT NULL,
  base_hlc    TEXT
) STRICT;
CREATE INDEX change_log_by_hlc ON change_log (hlc);
CREATE INDEX change_log_by_field ON change_log (entity, entity_id, field, hlc);

CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN
  SELECT RAISE(ABORT, 'change_log is append-only');
END;

CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN
  SELECT RAISE(ABORT, 'change_log is append-only');
END;
