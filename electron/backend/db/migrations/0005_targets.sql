-- LDN targets (issue 4, domain-spec §1.7, §5, §6, §7.3): voluntary targets (SO1-VT.T1) and their
-- sub-targets, the measures planned under them, implemented actions (SO1.IA.T1) and the links to other
-- commitments (NDC, NBSAP/GBF, SDG, restoration pledges …). Same conventions as 0001: UUIDv7 text ids,
-- created_at/updated_at, deleted_at tombstones; every write goes through the mutate path. Code lists are
-- checked by the backend's schemas (shared/targets/codes.ts, commitments.ts, units.ts), not here, so that
-- a new code needs no table rebuild. The quality rubric is computed, never stored.
-- Sets are rows (SYNC.md): a target's hierarchy types, indicators, land-cover classes, land types, GAP
-- priority areas and milestones, and an action's targets, each have a table with one row per
-- (owner, value) ever recorded; removing a value tombstones its row, adding it back restores the row.

CREATE TABLE target (
  id                      TEXT PRIMARY KEY,
  parent_target_id        TEXT REFERENCES target (id),
  strategic_objective     TEXT NOT NULL,
  pattern                 TEXT,
  text                    TEXT NOT NULL,
  level                   TEXT NOT NULL CHECK (level IN ('national', 'subnational')),
  ambition                TEXT,
  ambition_justification  TEXT,
  action_verb             TEXT,
  target_value            REAL CHECK (target_value IS NULL OR target_value >= 0),
  target_unit             TEXT CHECK ((target_value IS NULL) = (target_unit IS NULL)),
  baseline_value          REAL CHECK (baseline_value IS NULL OR baseline_value >= 0),
  baseline_year           INTEGER,
  start_year              INTEGER,
  target_year             INTEGER NOT NULL CHECK (target_year >= COALESCE(baseline_year, target_year) AND target_year >= COALESCE(start_year, target_year)),
  location_name           TEXT,
  -- PRAIS disables "Total target area" for national targets.
  target_area_km2         REAL CHECK (target_area_km2 IS NULL OR (target_area_km2 >= 0 AND level = 'subnational')),
  status                  TEXT NOT NULL,
  achieved_year           INTEGER,
  gender_notes            TEXT,
  planning_instrument     TEXT,
  adopting_body           TEXT,
  endorsement_status      TEXT NOT NULL,
  endorsement_date        TEXT,
  endorsement_instrument  TEXT,
  provenance              TEXT NOT NULL,
  revision_note           TEXT,
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL,
  deleted_at              TEXT
) STRICT;
CREATE INDEX target_by_parent ON target (parent_target_id);

CREATE TABLE target_hierarchy_type (
  id              TEXT PRIMARY KEY,
  target_id       TEXT NOT NULL REFERENCES target (id),
  hierarchy_type  TEXT NOT NULL CHECK (hierarchy_type IN ('avoid', 'reduce', 'reverse')),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT
) STRICT;
CREATE UNIQUE INDEX target_hierarchy_type_once ON target_hierarchy_type (target_id, hierarchy_type);

CREATE TABLE target_indicator (
  id          TEXT PRIMARY KEY,
  target_id   TEXT NOT NULL REFERENCES target (id),
  indicator   TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;
CREATE UNIQUE INDEX target_indicator_once ON target_indicator (target_id, indicator);

-- UNCCD land-cover class codes (1–7).
CREATE TABLE target_land_cover (
  id          TEXT PRIMARY KEY,
  target_id   TEXT NOT NULL REFERENCES target (id),
  class_code  INTEGER NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;
CREATE UNIQUE INDEX target_land_cover_once ON target_land_cover (target_id, class_code);

CREATE TABLE target_land_type (
  id            TEXT PRIMARY KEY,
  target_id     TEXT NOT NULL REFERENCES target (id),
  land_type_id  TEXT NOT NULL REFERENCES landtype (id),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
) STRICT;
CREATE UNIQUE INDEX target_land_type_once ON target_land_type (target_id, land_type_id);
CREATE INDEX target_land_type_by_land_type ON target_land_type (land_type_id);

-- Gender Action Plan priority areas the target addresses.
CREATE TABLE target_gap_area (
  id          TEXT PRIMARY KEY,
  target_id   TEXT NOT NULL REFERENCES target (id),
  gap_area    TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;
CREATE UNIQUE INDEX target_gap_area_once ON target_gap_area (target_id, gap_area);

-- Interim milestones: one row per (target, year), its value in the target's unit.
CREATE TABLE target_milestone (
  id          TEXT PRIMARY KEY,
  target_id   TEXT NOT NULL REFERENCES target (id),
  year        INTEGER NOT NULL,
  value       REAL NOT NULL CHECK (value >= 0),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;
CREATE UNIQUE INDEX target_milestone_once ON target_milestone (target_id, year);

CREATE TABLE target_measure (
  id                         TEXT PRIMARY KEY,
  target_id                  TEXT NOT NULL REFERENCES target (id),
  measure_type               TEXT NOT NULL,
  description                TEXT NOT NULL,
  hierarchy_level            TEXT NOT NULL CHECK (hierarchy_level IN ('avoid', 'reduce', 'reverse')),
  land_type_id               TEXT REFERENCES landtype (id),
  expected_gain_km2          REAL CHECK (expected_gain_km2 IS NULL OR expected_gain_km2 >= 0),
  expected_avoided_loss_km2  REAL CHECK (expected_avoided_loss_km2 IS NULL OR expected_avoided_loss_km2 >= 0),
  effectiveness_percent      REAL CHECK (effectiveness_percent IS NULL OR effectiveness_percent BETWEEN 0 AND 100),
  slm_technology             TEXT,
  wocat_reference            TEXT,
  created_at                 TEXT NOT NULL,
  updated_at                 TEXT NOT NULL,
  deleted_at                 TEXT
) STRICT;
CREATE INDEX target_measure_by_target ON target_measure (target_id);

-- SO1.IA.T1: projects and initiatives on the ground. An action without a target is allowed (PRAIS).
CREATE TABLE implemented_action (
  id               TEXT PRIMARY KEY,
  description      TEXT NOT NULL,
  location_name    TEXT,
  start_date       TEXT NOT NULL,
  area_km2         REAL CHECK (area_km2 IS NULL OR area_km2 >= 0),
  funding_source   TEXT NOT NULL,
  project_ref      TEXT,
  wocat_reference  TEXT,
  provenance       TEXT NOT NULL,
  revision_note    TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  deleted_at       TEXT
) STRICT;

CREATE TABLE action_target (
  id          TEXT PRIMARY KEY,
  action_id   TEXT NOT NULL REFERENCES implemented_action (id),
  target_id   TEXT NOT NULL REFERENCES target (id),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;
CREATE UNIQUE INDEX action_target_once ON action_target (action_id, target_id);
CREATE INDEX action_target_by_target ON action_target (target_id);

-- A target's link to another commitment and what the two share (domain-spec §6).
CREATE TABLE commitment_link (
  id                TEXT PRIMARY KEY,
  target_id         TEXT NOT NULL REFERENCES target (id),
  framework         TEXT NOT NULL,
  commitment_ref    TEXT NOT NULL,
  target_number     TEXT,
  relation          TEXT NOT NULL,
  shared_area_km2   REAL CHECK (shared_area_km2 IS NULL OR (shared_area_km2 >= 0 AND relation <> 'enabling_only')),
  share_pct         REAL CHECK (share_pct IS NULL OR (share_pct BETWEEN 0 AND 100 AND relation <> 'enabling_only')),
  accounting_owner  INTEGER NOT NULL CHECK (accounting_owner IN (0, 1)),
  note              TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  deleted_at        TEXT
) STRICT;
CREATE INDEX commitment_link_by_target ON commitment_link (target_id);
