-- Baseline sites and processes (issue 3, domain-spec §1.3, §1.6, §7.2): the key degradation processes of
-- SO1-1.T1, the false positives/negatives of SO1-4.T3 and the hotspots/brightspots of SO1-4.T4/T5.
-- Attributes only for now; the geometry comes with the map feature.
-- Same conventions as 0001: UUIDv7 text ids, created_at/updated_at, deleted_at tombstones; every write goes
-- through the mutate path. Codes are also checked by the backend's schemas.

-- SO1-1.T1: the key degradation processes the country selected, one row per process; "other" carries a title.
CREATE TABLE baseline_degradation_process (
  id           TEXT PRIMARY KEY,
  code         TEXT NOT NULL CHECK (code IN ('urban_expansion', 'deforestation', 'vegetation_loss', 'inundation',
                                             'woody_encroachment', 'wetland_drainage', 'other')),
  other_title  TEXT CHECK ((code = 'other') = (other_title IS NOT NULL)),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  deleted_at   TEXT
) STRICT;
CREATE UNIQUE INDEX baseline_degradation_process_live ON baseline_degradation_process (code) WHERE deleted_at IS NULL;

-- SO1-4.T3: areas the indicator classed wrongly, with the fields of the PRAIS form. The recode values and the
-- periods affected (te_schemas ErrorRecodeProperties) belong to the recalculation that comes with the map.
CREATE TABLE baseline_false_pos_neg (
  id                   TEXT PRIMARY KEY,
  kind                 TEXT NOT NULL CHECK (kind IN ('false_positive', 'false_negative')),
  location_name        TEXT NOT NULL CHECK (location_name <> ''),
  area_km2             REAL NOT NULL CHECK (area_km2 >= 0),
  process              TEXT,
  basis                TEXT,
  period_started       INTEGER,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  deleted_at           TEXT
) STRICT;

-- SO1-4.T4 (hotspots) and SO1-4.T5 (brightspots).
CREATE TABLE baseline_hot_bright_spot (
  id                  TEXT PRIMARY KEY,
  kind                TEXT NOT NULL CHECK (kind IN ('hotspot', 'brightspot')),
  name                TEXT NOT NULL CHECK (name <> ''),
  area_km2            REAL NOT NULL CHECK (area_km2 >= 0),
  assessment_process  TEXT,
  drivers_processes   TEXT,
  actions_taken       TEXT,
  actions_planned     TEXT,
  story               TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  deleted_at          TEXT
) STRICT;

-- SO1-1.T2 and the regional part of SO1-1.T3 (2026, domain-spec §1.3, §7.2): the optional national land-cover
-- legend nested into the 7 UNCCD classes, and up to 5 regions with their own transition matrix versions.
-- Same conventions as 0004: UUIDv7 text ids, created_at/updated_at, deleted_at tombstones, writes through
-- the mutate path. Limits (15 classes, 5 regions, areas summing to the land area) are checked by the backend.

-- The one live row says whether the 7 UNCCD classes are sufficient (the PRAIS toggle of SO1-1.T2).
CREATE TABLE national_legend (
  id                TEXT PRIMARY KEY,
  unccd_sufficient  INTEGER NOT NULL CHECK (unccd_sufficient IN (0, 1)),
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  deleted_at        TEXT
) STRICT;

-- A class of the national legend. The nesting (§7.2 lc_nesting) is a column rather than a table of its own:
-- each national class nests into exactly one UNCCD class, which a NOT NULL column states by construction.
CREATE TABLE national_legend_class (
  id          TEXT PRIMARY KEY,
  code        INTEGER NOT NULL,
  name_short  TEXT NOT NULL,
  name_long   TEXT NOT NULL,
  color       TEXT NOT NULL,
  unccd_code  INTEGER NOT NULL CHECK (unccd_code BETWEEN 1 AND 7),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;
CREATE UNIQUE INDEX national_legend_class_live ON national_legend_class (code) WHERE deleted_at IS NULL;

-- A region with its own transition matrix (vector boundary later, with the map).
CREATE TABLE transition_region (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  area_km2    REAL NOT NULL CHECK (area_km2 > 0),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;

-- A matrix version belongs to the national matrix (region_id NULL) or to one region; versions count per matrix.
ALTER TABLE transition_matrix_version ADD COLUMN region_id TEXT REFERENCES transition_region (id);
DROP INDEX transition_matrix_version_live;
CREATE UNIQUE INDEX transition_matrix_version_live ON transition_matrix_version (ifnull(region_id, ''), version) WHERE deleted_at IS NULL;
