-- The organisation (SQLite): units in a tree, the people in them, who leads which unit, and the
-- history of HR imports. Keys from the HR system (external_id, employee_no) are unique; records
-- are deactivated, never deleted. Never a CPR number.

CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  external_id TEXT NOT NULL UNIQUE CHECK (external_id <> ''),
  name TEXT NOT NULL,
  parent_id INTEGER REFERENCES units (id),
  kind TEXT NOT NULL
    CHECK (kind IN ('region', 'omraade', 'hospital', 'center', 'afdeling', 'afsnit', 'sekretariat', 'andet')),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deactivated_at INTEGER
);
CREATE INDEX units_parent_id ON units (parent_id);

CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  employee_no TEXT NOT NULL UNIQUE CHECK (employee_no <> ''),
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  unit_id INTEGER NOT NULL REFERENCES units (id),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deactivated_at INTEGER
);
CREATE INDEX people_unit_id ON people (unit_id);
-- Finds an active person by e-mail and keeps addresses unique among active people (a former
-- employee's address may be reused). Several people may have no address ('').
CREATE UNIQUE INDEX people_active_email ON people (lower(email)) WHERE active = 1 AND email <> '';

CREATE TABLE unit_leaders (
  unit_id INTEGER NOT NULL REFERENCES units (id),
  person_id INTEGER NOT NULL REFERENCES people (id),
  leader_since TEXT NOT NULL CHECK (leader_since GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  kind TEXT NOT NULL CHECK (kind IN ('personaleleder', 'leder_af_ledere', 'klinisk_leder')),
  PRIMARY KEY (unit_id, person_id)
);
CREATE INDEX unit_leaders_person_id ON unit_leaders (person_id);

CREATE TABLE import_runs (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  source TEXT NOT NULL DEFAULT '',
  units_created INTEGER NOT NULL DEFAULT 0,
  units_changed INTEGER NOT NULL DEFAULT 0,
  units_deactivated INTEGER NOT NULL DEFAULT 0,
  people_created INTEGER NOT NULL DEFAULT 0,
  people_changed INTEGER NOT NULL DEFAULT 0,
  people_deactivated INTEGER NOT NULL DEFAULT 0,
  leaderships_added INTEGER NOT NULL DEFAULT 0,
  leaderships_removed INTEGER NOT NULL DEFAULT 0,
  leaderships_changed INTEGER NOT NULL DEFAULT 0,
  forced INTEGER NOT NULL DEFAULT 0 CHECK (forced IN (0, 1))
);
CREATE INDEX import_runs_at ON import_runs (at);

-- Links a login to a person of the organisation (set later, e.g. by e-mail or SSO).
ALTER TABLE users ADD COLUMN person_id INTEGER REFERENCES people (id);
CREATE UNIQUE INDEX users_person_id ON users (person_id);
