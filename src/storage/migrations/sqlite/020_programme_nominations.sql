-- Explorer's nominations and applications and the participants' personal path plans (issue 17,
-- SQLite). See app/programmes/explorer_*. Moments are seconds since the epoch (UTC); days are
-- 'YYYY-MM-DD' (compared as text, which is their order). Codes are Danish ASCII slugs, listed in
-- storage/programmes/explorer_repository.cpp as in the CHECKs here. Every editable row has a revision.

-- A leader's nomination of an employee ('indstilling': enrolled at once) or an employee's application
-- ('ansoegning': waits for a leader of `leader_unit_id`, who approves or rejects with a reason).
-- `leader_person_id` is the leader who nominated (NULL for an application). A decided row keeps who
-- decided and when; an approved one names the enrolment it led to. At most one application of a
-- person to a programme waits at a time.
CREATE TABLE programme_nominations (
  id INTEGER PRIMARY KEY,
  programme_id INTEGER NOT NULL REFERENCES programmes (id),
  person_id INTEGER NOT NULL REFERENCES people (id),
  source TEXT NOT NULL CHECK (source IN ('indstilling', 'ansoegning')),
  motivation TEXT NOT NULL CHECK (motivation <> ''),
  leader_unit_id INTEGER NOT NULL REFERENCES units (id),
  leader_person_id INTEGER REFERENCES people (id),
  status TEXT NOT NULL CHECK (status IN ('afventer-leder', 'godkendt', 'afvist', 'trukket-tilbage')),
  decided_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  decided_at INTEGER,
  decision_reason TEXT NOT NULL DEFAULT '',
  enrollment_id INTEGER REFERENCES programme_enrollments (id),
  revision INTEGER NOT NULL DEFAULT 1,
  created_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  CHECK ((status = 'godkendt') = (enrollment_id IS NOT NULL)),
  CHECK (status <> 'afvist' OR decision_reason <> ''),
  CHECK ((status = 'afventer-leder') = (decided_at IS NULL))
);
CREATE UNIQUE INDEX programme_nominations_waiting
  ON programme_nominations (programme_id, person_id) WHERE status = 'afventer-leder';
CREATE INDEX programme_nominations_person_id ON programme_nominations (person_id);
CREATE INDEX programme_nominations_leader_unit_id ON programme_nominations (leader_unit_id, status);

-- A participant's personal path plan: one per enrolment, with who helps plan it (a leadership
-- consultant or mentor, as text) and when and by whom it was agreed (NULL: not yet).
CREATE TABLE path_plans (
  id INTEGER PRIMARY KEY,
  enrollment_id INTEGER NOT NULL UNIQUE REFERENCES programme_enrollments (id) ON DELETE CASCADE,
  helper TEXT NOT NULL DEFAULT '',
  agreed_at INTEGER,
  agreed_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  revision INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  updated_at INTEGER NOT NULL
);

-- An activity of a plan, in the plan's order (`position`, 1..n).
CREATE TABLE path_plan_activities (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES path_plans (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 1),
  title TEXT NOT NULL CHECK (title <> ''),
  description TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('praktik', 'mentor', 'kursus', 'projekt', 'netvaerk', 'andet')),
  starts_on TEXT NOT NULL CHECK (starts_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  ends_on TEXT CHECK (ends_on IS NULL OR ends_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  status TEXT NOT NULL CHECK (status IN ('planlagt', 'i-gang', 'gennemfoert', 'opgivet')),
  revision INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  updated_at INTEGER NOT NULL,
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX path_plan_activities_plan_id ON path_plan_activities (plan_id, position);

-- What changed in a plan after it was agreed, one Danish line each, for the participant and the leader
-- to see.
CREATE TABLE path_plan_changes (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES path_plans (id) ON DELETE CASCADE,
  at INTEGER NOT NULL,
  by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  text TEXT NOT NULL CHECK (text <> '')
);
CREATE INDEX path_plan_changes_plan_id ON path_plan_changes (plan_id, at);
