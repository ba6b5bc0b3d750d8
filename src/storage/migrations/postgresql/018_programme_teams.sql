-- Rejsefæller teams (issue 17, SQLite): the leaders who share the leadership of a unit, offered the
-- Rejsefæller programme together as one team with its leadership consultant and its shared plan of
-- meetings. See app/programmes/team_service.hpp. Moments are seconds since the epoch (UTC); days are
-- 'YYYY-MM-DD'. Codes: team statuses 'tilbudt' (offered), 'aktiv' (accepted, running), 'afslaaet'
-- (declined, with the reason), 'afsluttet' (completed by Koncern HR); meeting statuses 'planlagt',
-- 'afholdt', 'aflyst'. Editable rows have a revision for optimistic concurrency.

-- A team: the unit whose shared leadership it is, the programme it was offered (Rejsefæller), the
-- consultant Koncern HR assigned (as text: the consultant need not be in the HR data), and the days
-- of its course.
CREATE TABLE programme_teams (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  programme_id BIGINT NOT NULL REFERENCES programmes (id),
  unit_id BIGINT NOT NULL REFERENCES units (id),
  name TEXT NOT NULL CHECK (name <> ''),
  status TEXT NOT NULL DEFAULT 'tilbudt' CHECK (status IN ('tilbudt', 'aktiv', 'afslaaet', 'afsluttet')),
  consultant_name TEXT NOT NULL DEFAULT '',
  consultant_email TEXT NOT NULL DEFAULT '',
  offered_on TEXT NOT NULL CHECK (offered_on ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
  started_on TEXT CHECK (started_on IS NULL OR started_on ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
  ended_on TEXT CHECK (ended_on IS NULL OR ended_on ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
  decline_reason TEXT NOT NULL DEFAULT '',
  revision BIGINT NOT NULL DEFAULT 1,
  created_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,  -- NULL for the offering job
  created_at BIGINT NOT NULL,
  updated_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  updated_at BIGINT NOT NULL,
  CHECK ((status = 'afslaaet') = (decline_reason <> ''))
);
CREATE INDEX programme_teams_unit_id ON programme_teams (unit_id);
CREATE INDEX programme_teams_status ON programme_teams (status);

-- The leaders of a team. `left_on` is set when someone leaves the team; they stay as history.
CREATE TABLE programme_team_members (
  team_id BIGINT NOT NULL REFERENCES programme_teams (id) ON DELETE CASCADE,
  person_id BIGINT NOT NULL REFERENCES people (id),
  joined_on TEXT NOT NULL CHECK (joined_on ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
  left_on TEXT CHECK (left_on IS NULL OR left_on ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
  PRIMARY KEY (team_id, person_id)
);
CREATE INDEX programme_team_members_person_id ON programme_team_members (person_id);

-- The team's shared plan: meetings with the consultant, each with its theme, a place or an online
-- link, and the agreements made (multi-line text). A held meeting counts as a sparring session for
-- every member's Rejsefæller enrolment (programme_steps, migration 017).
CREATE TABLE programme_team_meetings (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  team_id BIGINT NOT NULL REFERENCES programme_teams (id) ON DELETE CASCADE,
  starts_at BIGINT NOT NULL,
  ends_at BIGINT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  online_link TEXT NOT NULL DEFAULT '',
  theme TEXT NOT NULL CHECK (theme <> ''),
  notes TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'planlagt' CHECK (status IN ('planlagt', 'afholdt', 'aflyst')),
  revision BIGINT NOT NULL DEFAULT 1,
  created_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  updated_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  updated_at BIGINT NOT NULL,
  CHECK (ends_at > starts_at)
);
CREATE INDEX programme_team_meetings_team_id ON programme_team_meetings (team_id, starts_at);
CREATE INDEX programme_team_meetings_starts_at ON programme_team_meetings (starts_at);
