-- Stakeholder register, working group and consultations (issue 6).
-- Register: the people who take part in consultations and the working group.
-- Same conventions as 0001: UUIDv7 text ids, created_at/updated_at, deleted_at tombstones; every write goes
-- through the mutate path. Code lists are checked by the backend's schemas (shared/consultations/codes.ts),
-- not here, so that a new code needs no table rebuild.

CREATE TABLE person (
  id             TEXT PRIMARY KEY,
  -- Personal fields (shared/consultations/person.ts PERSONAL_FIELDS): optional, cleared by an erase.
  name           TEXT,
  organisation   TEXT,
  email          TEXT,
  phone          TEXT,
  notes          TEXT,
  -- What the counts are made of: kept by an erase.
  sector         TEXT NOT NULL,
  sex            TEXT NOT NULL,
  age_band       TEXT NOT NULL,
  is_iplc        INTEGER NOT NULL CHECK (is_iplc IN (0, 1)),
  is_youth       INTEGER NOT NULL CHECK (is_youth IN (0, 1)),
  consent_date   TEXT,
  consent_scope  TEXT CHECK ((consent_date IS NULL) = (consent_scope IS NULL)),
  erased_at      TEXT CHECK (erased_at IS NULL OR (name IS NULL AND organisation IS NULL AND email IS NULL AND phone IS NULL AND notes IS NULL)),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  deleted_at     TEXT
) STRICT;

-- Working-group membership: one row per seat, so that the group's history (who held which role when) and
-- its current composition are both rows (sets are rows, SYNC.md). end_date is the last day, inclusive.
CREATE TABLE membership (
  id          TEXT PRIMARY KEY,
  person_id   TEXT NOT NULL REFERENCES person (id),
  role        TEXT NOT NULL,
  start_date  TEXT NOT NULL,
  end_date    TEXT CHECK (end_date IS NULL OR end_date >= start_date),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;
CREATE UNIQUE INDEX membership_one_open_per_person ON membership (person_id) WHERE end_date IS NULL AND deleted_at IS NULL;

-- Consultations and workshops. Attendance is a row per person (sets are rows); who attended is read from
-- the register, so sex, age band and sector are the person's and an erase keeps the counts.
CREATE TABLE consultation (
  id           TEXT PRIMARY KEY,
  title        TEXT NOT NULL,
  status       TEXT NOT NULL,
  start_date   TEXT NOT NULL,
  end_date     TEXT CHECK (end_date IS NULL OR end_date >= start_date),
  place        TEXT,
  modality     TEXT NOT NULL,
  purpose      TEXT NOT NULL,
  facilitator  TEXT,
  agenda       TEXT,
  minutes      TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  deleted_at   TEXT
) STRICT;

-- One row per (consultation, person) ever recorded: removing an attendee tombstones the row, adding them
-- back restores it, so the pair's history stays in one record.
CREATE TABLE attendance (
  id               TEXT PRIMARY KEY,
  consultation_id  TEXT NOT NULL REFERENCES consultation (id),
  person_id        TEXT NOT NULL REFERENCES person (id),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  deleted_at       TEXT
) STRICT;
CREATE UNIQUE INDEX attendance_once ON attendance (consultation_id, person_id);
CREATE INDEX attendance_by_person ON attendance (person_id);

-- An issue raised by a person or by a group, and the response.
CREATE TABLE contribution (
  id               TEXT PRIMARY KEY,
  consultation_id  TEXT NOT NULL REFERENCES consultation (id),
  person_id        TEXT REFERENCES person (id),
  group_label      TEXT,
  issue            TEXT NOT NULL,
  response         TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  deleted_at       TEXT
) STRICT;
CREATE INDEX contribution_by_consultation ON contribution (consultation_id);

-- A decision and what it shaped. subject_id has no foreign key: it points into the table its
-- subject_type names (the backend checks it), including tables later features add.
CREATE TABLE decision (
  id               TEXT PRIMARY KEY,
  consultation_id  TEXT NOT NULL REFERENCES consultation (id),
  text             TEXT NOT NULL,
  dissent          TEXT,
  subject_type     TEXT,
  subject_id       TEXT CHECK ((subject_type IS NULL) = (subject_id IS NULL)),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  deleted_at       TEXT
) STRICT;
CREATE INDEX decision_by_consultation ON decision (consultation_id);
CREATE INDEX decision_by_subject ON decision (subject_type, subject_id);

CREATE TABLE follow_up_action (
  id               TEXT PRIMARY KEY,
  consultation_id  TEXT NOT NULL REFERENCES consultation (id),
  description      TEXT NOT NULL,
  owner_id         TEXT NOT NULL REFERENCES person (id),
  due_date         TEXT NOT NULL,
  completed_date   TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  deleted_at       TEXT
) STRICT;
CREATE INDEX follow_up_action_by_consultation ON follow_up_action (consultation_id);

-- Right to erasure. The change log stays append-only except for one rewrite: a personal field's
-- before/after value of a person may be replaced by the erased marker (shared/workspace/history.ts
-- ERASED_VALUE, JSON-encoded), and nothing else in the row may change. Mutator.erase is its only user.
-- A later migration that adds personal fields to another entity recreates this trigger with them.
DROP TRIGGER change_log_no_update;
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
WHEN NOT (
  OLD.entity = 'person'
  AND OLD.field IN ('name', 'organisation', 'email', 'phone', 'notes')
  AND NEW.seq IS OLD.seq AND NEW.hlc IS OLD.hlc AND NEW.member_id IS OLD.member_id AND NEW.device_id IS OLD.device_id
  AND NEW.entity IS OLD.entity AND NEW.entity_id IS OLD.entity_id AND NEW.operation IS OLD.operation
  AND NEW.field IS OLD.field AND NEW.base_hlc IS OLD.base_hlc
  AND (NEW.before IS OLD.before OR NEW.before = '"[erased]"')
  AND (NEW.after IS OLD.after OR NEW.after = '"[erased]"')
)
BEGIN
  SELECT RAISE(ABORT, 'change_log is append-only');
END;
