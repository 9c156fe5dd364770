-- Maps and land-use plans (issue 7), and the degraded area of a land type (issue 5).
-- Same conventions as 0001: UUIDv7 text ids, created_at/updated_at, deleted_at tombstones; every write
-- goes through the mutate path. Code lists that may grow (plan status, zoning classes, drivers) are checked
-- by the backend's schemas, not here, so that a new code needs no table rebuild.

-- A land-use plan: the instrument that zones land and plans its conversions (domain-spec §7.4).
CREATE TABLE land_use_plan (
  id              TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  level           TEXT NOT NULL CHECK (level IN ('national', 'subnational', 'landscape')),
  instrument      TEXT,
  adopting_body   TEXT,
  status          TEXT NOT NULL,
  period_start    INTEGER,
  period_end      INTEGER CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start),
  notes           TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT
) STRICT;

-- A zone of a plan, with its zoning class and the land type it lies in (the counterbalancing unit).
CREATE TABLE plan_zone (
  id              TEXT PRIMARY KEY,
  plan_id         TEXT NOT NULL REFERENCES land_use_plan (id),
  name            TEXT NOT NULL,
  zoning_class    TEXT NOT NULL,
  land_type_id    TEXT REFERENCES landtype (id),
  notes           TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT
) STRICT;
CREATE INDEX plan_zone_by_plan ON plan_zone (plan_id);

-- A planned land-cover conversion in a zone (UNCCD classes 1–7). Conversions that the transition matrix
-- calls degradation feed the worksheets' anticipated losses (source 'plan_zone').
CREATE TABLE plan_zone_conversion (
  id              TEXT PRIMARY KEY,
  zone_id         TEXT NOT NULL REFERENCES plan_zone (id),
  from_class      INTEGER NOT NULL CHECK (from_class BETWEEN 1 AND 7),
  to_class        INTEGER NOT NULL CHECK (to_class BETWEEN 1 AND 7),
  area_km2        REAL NOT NULL CHECK (area_km2 >= 0),
  expected_year   INTEGER NOT NULL,
  driver          TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT
) STRICT;
CREATE INDEX plan_zone_conversion_by_zone ON plan_zone_conversion (zone_id);

-- The geometry of one record (a target, an implemented action, a hotspot, a plan zone, the workspace's area
-- of interest...): GeoJSON geometry in EPSG:4326 (RFC 7946), its bounding box, and the geodesic area cached
-- at write time. `simplified_geojson` is the lighter copy for the PRAIS viewer and small-scale display.
-- One live geometry per record; replacing it updates the row, removing it tombstones the row.
CREATE TABLE feature_geometry (
  id                  TEXT PRIMARY KEY,
  owner_entity        TEXT NOT NULL,
  owner_id            TEXT NOT NULL,
  geojson             TEXT NOT NULL CHECK (json_valid(geojson)),
  simplified_geojson  TEXT NOT NULL CHECK (json_valid(simplified_geojson)),
  min_lon             REAL NOT NULL,
  min_lat             REAL NOT NULL,
  max_lon             REAL NOT NULL,
  max_lat             REAL NOT NULL,
  area_km2            REAL NOT NULL CHECK (area_km2 >= 0),
  source              TEXT NOT NULL CHECK (source IN ('drawn', 'imported')),
  source_file         TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  deleted_at          TEXT
) STRICT;
CREATE UNIQUE INDEX feature_geometry_one_per_owner ON feature_geometry (owner_entity, owner_id);
CREATE INDEX feature_geometry_by_bbox ON feature_geometry (min_lon, max_lon, min_lat, max_lat);

-- The area of a land type recorded as degraded (km²): a reverse measure restores degraded land, so its area
-- cannot exceed this, and a reverse measure on a land type with none recorded is refused (issue 5).
ALTER TABLE landtype ADD COLUMN degraded_area_km2 REAL CHECK (degraded_area_km2 IS NULL OR degraded_area_km2 >= 0);
