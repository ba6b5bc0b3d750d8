-- Activation of the leadership foundation (PostgreSQL): the rounds top management sets, each unit's
-- plan in a round and the plan's activities. Dates are TEXT 'YYYY-MM-DD' as on SQLite (compared as
-- text, which is their order); moments are seconds since the epoch (UTC). Every editable row has a
-- revision for optimistic concurrency. source_agreement_id is the dialogue session agreement an
-- activity came from; it gets its reference when the dialogue tables exist.

CREATE TABLE activation_rounds (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name TEXT NOT NULL CHECK (name <> ''),
  description TEXT NOT NULL DEFAULT '',
  starts_on TEXT NOT NULL CHECK (starts_on ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
  plan_deadline TEXT NOT NULL CHECK (plan_deadline ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
  revision BIGINT NOT NULL DEFAULT 1,
  created_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  updated_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  updated_at BIGINT NOT NULL,
  CHECK (plan_deadline >= starts_on)
);

CREATE TABLE activation_plans (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  round_id BIGINT NOT NULL REFERENCES activation_rounds (id),
  unit_id BIGINT NOT NULL REFERENCES units (id),
  status TEXT NOT NULL CHECK (status IN ('draft', 'approved')),
  notes TEXT NOT NULL DEFAULT '',
  revision BIGINT NOT NULL DEFAULT 1,
  created_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  approved_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  approved_at BIGINT,
  CHECK ((status = 'approved') = (approved_at IS NOT NULL)),
  UNIQUE (round_id, unit_id)
);
CREATE INDEX activation_plans_unit_id ON activation_plans (unit_id);

CREATE TABLE plan_activities (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id BIGINT NOT NULL REFERENCES activation_plans (id) ON DELETE CASCADE,
  kind TEXT NOT NULL
    CHECK (kind IN ('ledelseskaede', 'med', 'rekruttering', 'lus', 'casevaerksted', 'dialogkort', 'andet')),
  title TEXT NOT NULL CHECK (title <> ''),
  planned_on TEXT NOT NULL CHECK (planned_on ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
  responsible_person_id BIGINT REFERENCES people (id),
  responsible TEXT NOT NULL DEFAULT '',
  participants TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('planned', 'done', 'cancelled')),
  completed_on TEXT CHECK (completed_on IS NULL OR completed_on ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
  outcome TEXT NOT NULL DEFAULT '',
  agreements TEXT NOT NULL DEFAULT '',
  source_agreement_id BIGINT,
  revision BIGINT NOT NULL DEFAULT 1,
  created_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  CHECK ((status = 'done') = (completed_on IS NOT NULL))
);
CREATE INDEX plan_activities_plan_id ON plan_activities (plan_id);
