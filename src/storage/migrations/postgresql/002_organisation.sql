-- The organisation (PostgreSQL): units in a tree, the people in them, who leads which unit, and the
-- history of HR imports. Keys from the HR system (external_id, employee_no) are unique; records
-- are deactivated, never deleted. Never a CPR number. leader_since is TEXT 'YYYY-MM-DD' as on
-- SQLite, so the repository reads and writes it the same way on both databases.

CREATE TABLE units (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  external_id TEXT NOT NULL UNIQUE CHECK (external_id <> ''),
  name TEXT NOT NULL,
  parent_id BIGINT REFERENCES units (id),
  kind TEXT NOT NULL
    CHECK (kind IN ('region', 'omraade', 'hospital', 'center', 'afdeling', 'afsnit', 'sekretariat', 'andet')),
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  deactivated_at BIGINT
);
CREATE INDEX units_parent_id ON units (parent_id);

CREATE TABLE people (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  employee_no TEXT NOT NULL UNIQUE CHECK (employee_no <> ''),
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  unit_id BIGINT NOT NULL REFERENCES units (id),
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  deactivated_at BIGINT
);
CREATE INDEX people_unit_id ON people (unit_id);
-- Finds an active person by e-mail and keeps addresses unique among active people (a former
-- employee's address may be reused). Several people may have no address ('').
CREATE UNIQUE INDEX people_active_email ON people (lower(email)) WHERE active AND email <> '';

CREATE TABLE unit_leaders (
  unit_id BIGINT NOT NULL REFERENCES units (id),
  person_id BIGINT NOT NULL REFERENCES people (id),
  leader_since TEXT NOT NULL CHECK (leader_since ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
  kind TEXT NOT NULL CHECK (kind IN ('personaleleder', 'leder_af_ledere', 'klinisk_leder')),
  PRIMARY KEY (unit_id, person_id)
);
CREATE INDEX unit_leaders_person_id ON unit_leaders (person_id);

CREATE TABLE import_runs (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at BIGINT NOT NULL,
  actor_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  source TEXT NOT NULL DEFAULT '',
  units_created BIGINT NOT NULL DEFAULT 0,
  units_changed BIGINT NOT NULL DEFAULT 0,
  units_deactivated BIGINT NOT NULL DEFAULT 0,
  people_created BIGINT NOT NULL DEFAULT 0,
  people_changed BIGINT NOT NULL DEFAULT 0,
  people_deactivated BIGINT NOT NULL DEFAULT 0,
  leaderships_added BIGINT NOT NULL DEFAULT 0,
  leaderships_removed BIGINT NOT NULL DEFAULT 0,
  leaderships_changed BIGINT NOT NULL DEFAULT 0,
  forced BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX import_runs_at ON import_runs (at);

-- Links a login to a person of the organisation (set later, e.g. by e-mail or SSO).
ALTER TABLE users ADD COLUMN person_id BIGINT REFERENCES people (id);
CREATE UNIQUE INDEX users_person_id ON users (person_id);
