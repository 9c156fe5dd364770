-- Response-hierarchy worksheets: scenarios, and per scenario and land type the anticipated losses and the
-- measures that respond to them (avoid, reduce, reverse). Same conventions as 0001: UUIDv7 text ids,
-- created_at/updated_at, deleted_at tombstones; every write goes through the mutate path.
-- Code lists that may grow (drivers, loss sources) are checked by the backend's schemas, not here, so
-- that a new code needs no table rebuild.

CREATE TABLE scenario (
  id            TEXT PRIMARY KEY,
  -- NULL only for business as usual while nobody has named it: the UI shows its label in the user's language.
  name          TEXT CHECK (name IS NOT NULL OR kind = 'business_as_usual'),
  description   TEXT,
  kind          TEXT NOT NULL CHECK (kind IN ('business_as_usual', 'alternative')),
  is_preferred  INTEGER NOT NULL CHECK (is_preferred IN (0, 1)),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
) STRICT;
CREATE UNIQUE INDEX scenario_name_live ON scenario (name) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX scenario_one_business_as_usual ON scenario (kind) WHERE kind = 'business_as_usual' AND deleted_at IS NULL;
CREATE UNIQUE INDEX scenario_one_preferred ON scenario (is_preferred) WHERE is_preferred = 1 AND deleted_at IS NULL;

CREATE TABLE anticipated_loss (
  id             TEXT PRIMARY KEY,
  scenario_id    TEXT NOT NULL REFERENCES scenario (id),
  land_type_id   TEXT NOT NULL REFERENCES landtype (id),
  area_km2       REAL NOT NULL CHECK (area_km2 >= 0),
  driver         TEXT NOT NULL,
  expected_year  INTEGER NOT NULL,
  source         TEXT NOT NULL,
  notes          TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  deleted_at     TEXT
) STRICT;
CREATE INDEX anticipated_loss_by_scenario ON anticipated_loss (scenario_id, land_type_id);

CREATE TABLE response_measure (
  id                     TEXT PRIMARY KEY,
  scenario_id            TEXT NOT NULL REFERENCES scenario (id),
  land_type_id           TEXT NOT NULL REFERENCES landtype (id),
  level                  TEXT NOT NULL CHECK (level IN ('avoid', 'reduce', 'reverse')),
  description            TEXT NOT NULL,
  area_km2               REAL NOT NULL CHECK (area_km2 >= 0),
  start_year             INTEGER NOT NULL,
  end_year               INTEGER NOT NULL CHECK (end_year >= start_year),
  slm_technology         TEXT,
  wocat_reference        TEXT,
  effectiveness_percent  REAL CHECK (effectiveness_percent IS NULL OR effectiveness_percent BETWEEN 0 AND 100),
  cost_usd               REAL CHECK (cost_usd IS NULL OR cost_usd >= 0),
  co_benefits            TEXT,
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL,
  deleted_at             TEXT
) STRICT;
CREATE INDEX response_measure_by_scenario ON response_measure (scenario_id, land_type_id);
