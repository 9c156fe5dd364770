-- Baseline data (issue 3, domain-spec §1.2–1.6, §2, §4, §7.2): the PRAIS tables of the land-condition
-- baseline and its reporting periods, where each table's numbers come from, the national transition matrix
-- in versions, data sources (Annex II) and the Trends.Earth files imported byte for byte.
-- Same conventions as 0001: UUIDv7 text ids, created_at/updated_at, deleted_at tombstones; every write goes
-- through the mutate path (the bytes of an imported file excepted, see trends_earth_import_bytes).
-- Periods are referenced by their key ('baseline', 'report_1', ...) as the commands carry them. Codes
-- (land-cover classes, LPD classes, table ids) are checked by the backend's schemas, not here.
-- A "cell" or "row" table holds one live row per key: a save replaces the values of the live rows.

-- CP-1.T1: total land area and water bodies per year.
CREATE TABLE baseline_land_area (
  id          TEXT PRIMARY KEY,
  year        INTEGER NOT NULL,
  land_km2    REAL NOT NULL CHECK (land_km2 > 0),
  water_km2   REAL NOT NULL CHECK (water_km2 >= 0),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;
CREATE UNIQUE INDEX baseline_land_area_live ON baseline_land_area (year) WHERE deleted_at IS NULL;

-- SO1-1.T4: land-cover extent per year and UNCCD class (1–7).
CREATE TABLE baseline_land_cover_extent (
  id          TEXT PRIMARY KEY,
  year        INTEGER NOT NULL,
  class_code  INTEGER NOT NULL,
  area_km2    REAL NOT NULL CHECK (area_km2 >= 0),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;
CREATE UNIQUE INDEX baseline_land_cover_extent_live ON baseline_land_cover_extent (year, class_code) WHERE deleted_at IS NULL;

-- SO1-1.T5 (baseline) and SO1-1.T6 (later periods): the 7×7 land-cover change matrix in km².
CREATE TABLE baseline_land_cover_change (
  id            TEXT PRIMARY KEY,
  period_key    TEXT NOT NULL,
  initial_code  INTEGER NOT NULL,
  final_code    INTEGER NOT NULL,
  area_km2      REAL NOT NULL CHECK (area_km2 >= 0),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
) STRICT;
CREATE UNIQUE INDEX baseline_land_cover_change_live ON baseline_land_cover_change (period_key, initial_code, final_code) WHERE deleted_at IS NULL;

-- SO1-2.T1 (baseline) and SO1-2.T2: LPD class areas per land-cover class (the final class of the period).
CREATE TABLE baseline_lpd (
  id          TEXT PRIMARY KEY,
  period_key  TEXT NOT NULL,
  class_code  INTEGER NOT NULL,
  lpd_code    INTEGER NOT NULL,
  area_km2    REAL NOT NULL CHECK (area_km2 >= 0),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;
CREATE UNIQUE INDEX baseline_lpd_live ON baseline_lpd (period_key, class_code, lpd_code) WHERE deleted_at IS NULL;

-- SO1-3.T1: SOC stock in t/ha per year and class.
CREATE TABLE baseline_soc_stock (
  id              TEXT PRIMARY KEY,
  year            INTEGER NOT NULL,
  class_code      INTEGER NOT NULL,
  tonnes_per_ha   REAL NOT NULL CHECK (tonnes_per_ha >= 0),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT
) STRICT;
CREATE UNIQUE INDEX baseline_soc_stock_live ON baseline_soc_stock (year, class_code) WHERE deleted_at IS NULL;

-- SO1-3.T1: the tier of the SOC estimates (one live row).
CREATE TABLE baseline_soc_tier (
  id          TEXT PRIMARY KEY,
  tier        TEXT NOT NULL CHECK (tier IN ('1', '2', '3', 'modified_1')),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;

-- SO1-1.T7, SO1-2.T3, SO1-3.T2, SO1-4.T2: improved/stable/degraded/no-data areas per indicator and period.
CREATE TABLE baseline_condition_summary (
  id            TEXT PRIMARY KEY,
  indicator     TEXT NOT NULL CHECK (indicator IN ('land_cover', 'productivity', 'soc', 'sdg')),
  period_key    TEXT NOT NULL,
  improved_km2  REAL NOT NULL CHECK (improved_km2 >= 0),
  stable_km2    REAL NOT NULL CHECK (stable_km2 >= 0),
  degraded_km2  REAL NOT NULL CHECK (degraded_km2 >= 0),
  no_data_km2   REAL NOT NULL CHECK (no_data_km2 >= 0),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
) STRICT;
CREATE UNIQUE INDEX baseline_condition_summary_live ON baseline_condition_summary (indicator, period_key) WHERE deleted_at IS NULL;

-- SO1-4.T1: area per expanded status class (Addendum) and period.
CREATE TABLE baseline_status_area (
  id            TEXT PRIMARY KEY,
  period_key    TEXT NOT NULL,
  status_class  TEXT NOT NULL,
  area_km2      REAL NOT NULL CHECK (area_km2 >= 0),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
) STRICT;
CREATE UNIQUE INDEX baseline_status_area_live ON baseline_status_area (period_key, status_class) WHERE deleted_at IS NULL;

-- SO1-4.T2 tick boxes: how SDG 15.3.1 was computed for a period.
CREATE TABLE baseline_sdg_method (
  id           TEXT PRIMARY KEY,
  period_key   TEXT NOT NULL,
  method       TEXT NOT NULL CHECK (method IN ('one_out_all_out', 'other')),
  method_text  TEXT,
  confidence   TEXT CHECK (confidence IS NULL OR confidence IN ('high', 'medium', 'low')),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  deleted_at   TEXT
) STRICT;
CREATE UNIQUE INDEX baseline_sdg_method_live ON baseline_sdg_method (period_key) WHERE deleted_at IS NULL;

-- Annex II data sources (§1.9, §7.1) with a licence.
CREATE TABLE data_source (
  id                   TEXT PRIMARY KEY,
  title                TEXT NOT NULL,
  identifier           TEXT,
  author_publisher     TEXT,
  citation             TEXT,
  licence              TEXT,
  custom_licence_text  TEXT CHECK (custom_licence_text IS NOT NULL OR licence IS NULL OR licence <> 'custom'),
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  deleted_at           TEXT
) STRICT;

-- A Trends.Earth summary file as imported. The metadata goes through the mutate path; the bytes are in
-- trends_earth_import_bytes.
CREATE TABLE trends_earth_import (
  id                TEXT PRIMARY KEY,
  file_name         TEXT NOT NULL,
  sha256            TEXT NOT NULL UNIQUE,
  size_bytes        INTEGER NOT NULL CHECK (size_bytes >= 0),
  kind              TEXT NOT NULL CHECK (kind IN ('land-condition', 'counterbalancing')),
  layout            TEXT NOT NULL,
  te_version        TEXT,
  report_date       TEXT,
  aoi_name          TEXT,
  package_name      TEXT,
  imported_at       TEXT NOT NULL,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  deleted_at        TEXT
) STRICT;

-- The original bytes of an imported file, byte for byte. Kept out of the change log: a log row carries
-- JSON, and a file of up to 64 MB per change would bloat the log and the sync stream. Its sha256 is logged
-- with the import row, which is enough to check the bytes.
CREATE TABLE trends_earth_import_bytes (
  import_id   TEXT PRIMARY KEY REFERENCES trends_earth_import (id),
  bytes       BLOB NOT NULL
) STRICT;

-- Where each table's numbers come from, per table and period ('' for the per-year tables).
CREATE TABLE baseline_table_provenance (
  id          TEXT PRIMARY KEY,
  table_id    TEXT NOT NULL,
  period_key  TEXT NOT NULL,
  origin      TEXT NOT NULL CHECK (origin IN ('default', 'imported', 'national')),
  source_id   TEXT REFERENCES data_source (id),
  import_id   TEXT REFERENCES trends_earth_import (id),
  comment     TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;
CREATE UNIQUE INDEX baseline_table_provenance_live ON baseline_table_provenance (table_id, period_key) WHERE deleted_at IS NULL;

-- SO1-1.T3: versions of the national transition matrix; the highest version is in force.
CREATE TABLE transition_matrix_version (
  id              TEXT PRIMARY KEY,
  version         INTEGER NOT NULL CHECK (version > 0),
  note            TEXT,
  is_gpg_default  INTEGER NOT NULL CHECK (is_gpg_default IN (0, 1)),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT
) STRICT;
CREATE UNIQUE INDEX transition_matrix_version_live ON transition_matrix_version (version) WHERE deleted_at IS NULL;

CREATE TABLE transition_matrix_cell (
  id            TEXT PRIMARY KEY,
  version_id    TEXT NOT NULL REFERENCES transition_matrix_version (id),
  initial_code  INTEGER NOT NULL,
  final_code    INTEGER NOT NULL,
  meaning       INTEGER NOT NULL CHECK (meaning IN (-1, 0, 1)),
  rationale     TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
) STRICT;
CREATE UNIQUE INDEX transition_matrix_cell_live ON transition_matrix_cell (version_id, initial_code, final_code) WHERE deleted_at IS NULL;

-- Observed gains and losses per land type from a Trends.Earth counterbalancing summary, for the worksheets'
-- observed balance.
CREATE TABLE observed_counterbalancing (
  id            TEXT PRIMARY KEY,
  land_type_id  TEXT NOT NULL REFERENCES landtype (id),
  gains_km2     REAL NOT NULL CHECK (gains_km2 >= 0),
  losses_km2    REAL NOT NULL CHECK (losses_km2 >= 0),
  import_id     TEXT NOT NULL REFERENCES trends_earth_import (id),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
) STRICT;
CREATE UNIQUE INDEX observed_counterbalancing_live ON observed_counterbalancing (land_type_id) WHERE deleted_at IS NULL;
