-- DRAFT, not a migration: the planned tables of issue 4 (SQLite dialect), written while laying its
-- groundwork. Only unit_delegates has landed (migration 005_unit_delegates). The next migrations
-- take the rest from here, adjusted as the code that uses them is written.

-- A unit's local translation: its versions. At most one draft per unit; published versions are
-- numbered 1, 2, … per unit and never change; the newest published one is the one in force.
CREATE TABLE translation_versions (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units (id),
  status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
  number INTEGER CHECK ((status = 'published') = (number IS NOT NULL)),
  -- The published version the draft was started from (none for a first translation).
  based_on_version_id INTEGER REFERENCES translation_versions (id),
  introduction TEXT NOT NULL DEFAULT '',
  revision INTEGER NOT NULL DEFAULT 1,
  created_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  updated_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  updated_at INTEGER NOT NULL,
  published_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  published_at INTEGER,
  UNIQUE (unit_id, number)
);
CREATE UNIQUE INDEX translation_versions_one_draft ON translation_versions (unit_id) WHERE status = 'draft';

CREATE TABLE translation_themes (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES translation_versions (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL CHECK (title <> ''),
  bullets TEXT NOT NULL DEFAULT '',               -- one bullet point per line
  employees_can_expect TEXT NOT NULL DEFAULT '',  -- what employees can expect of the leaders
  leaders_expect TEXT NOT NULL DEFAULT '',        -- what the leaders expect of employees
  UNIQUE (version_id, position)
);

CREATE TABLE translation_theme_values (
  theme_id INTEGER NOT NULL REFERENCES translation_themes (id) ON DELETE CASCADE,
  value TEXT NOT NULL CHECK (value IN ('dialog', 'dygtighed', 'dristighed')),
  PRIMARY KEY (theme_id, value)
);

-- When and where a unit's translation (or plan) was discussed with the MED committee.
CREATE TABLE med_discussions (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units (id),
  translation_version_id INTEGER REFERENCES translation_versions (id),
  held_on TEXT NOT NULL CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  committee TEXT NOT NULL CHECK (committee <> ''),
  remarks TEXT NOT NULL DEFAULT '',
  recorded_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  recorded_at INTEGER NOT NULL
);
CREATE INDEX med_discussions_unit_held_on ON med_discussions (unit_id, held_on);

-- An activation round set by top management: from its start, every unit with an active leader is
-- expected to have a plan by the deadline.
CREATE TABLE activation_rounds (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (name <> ''),
  description TEXT NOT NULL DEFAULT '',
  starts_on TEXT NOT NULL CHECK (starts_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  plan_deadline TEXT NOT NULL CHECK (plan_deadline GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  revision INTEGER NOT NULL DEFAULT 1,
  created_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  CHECK (plan_deadline >= starts_on)
);

CREATE TABLE activation_plans (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES activation_rounds (id),
  unit_id INTEGER NOT NULL REFERENCES units (id),
  status TEXT NOT NULL CHECK (status IN ('draft', 'approved')),
  notes TEXT NOT NULL DEFAULT '',
  revision INTEGER NOT NULL DEFAULT 1,
  created_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  approved_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  approved_at INTEGER,
  UNIQUE (round_id, unit_id)
);
CREATE INDEX activation_plans_unit_id ON activation_plans (unit_id);

CREATE TABLE plan_activities (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES activation_plans (id) ON DELETE CASCADE,
  kind TEXT NOT NULL
    CHECK (kind IN ('ledelseskaede', 'med', 'rekruttering', 'lus', 'casevaerksted', 'dialogkort', 'andet')),
  title TEXT NOT NULL CHECK (title <> ''),
  planned_on TEXT NOT NULL CHECK (planned_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  responsible_person_id INTEGER REFERENCES people (id),
  responsible TEXT NOT NULL DEFAULT '',  -- as written, when not (only) a person of the organisation
  participants TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('planned', 'done', 'cancelled')),
  completed_on TEXT CHECK (completed_on IS NULL OR completed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  outcome TEXT NOT NULL DEFAULT '',
  agreements TEXT NOT NULL DEFAULT '',
  source_agreement_id INTEGER,  -- the dialogue session agreement it came from (dialogue_agreements)
  revision INTEGER NOT NULL DEFAULT 1,
  created_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX plan_activities_plan_id ON plan_activities (plan_id);

-- The dialogue card and case library, kept by editors. A card is a question (or a small set of
-- questions) about a value, an expectation or a theme; a case is a short situation to discuss.
CREATE TABLE dialogue_cards (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('kort', 'case')),
  title TEXT NOT NULL CHECK (title <> ''),
  body TEXT NOT NULL,  -- Markdown
  -- What it is about: a value, an expectation or a theme, or none.
  topic TEXT NOT NULL DEFAULT ''
    CHECK (topic IN ('', 'dialog', 'dygtighed', 'dristighed', 'maalopfyldelse', 'ordentlighed', 'nytaenkning',
                     'baeredygtighed', 'ledelsesopgave', 'tema')),
  position INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  revision INTEGER NOT NULL DEFAULT 1,
  created_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  updated_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  updated_at INTEGER NOT NULL
);

-- A dialogue session a leader holds with their unit: the cards picked (copied, so the record stays
-- what was asked even when a card is edited later) and the agreements made.
CREATE TABLE dialogue_sessions (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units (id),
  title TEXT NOT NULL CHECK (title <> ''),
  held_on TEXT NOT NULL CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  participants TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('planned', 'held')),
  notes TEXT NOT NULL DEFAULT '',
  revision INTEGER NOT NULL DEFAULT 1,
  created_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX dialogue_sessions_unit_id ON dialogue_sessions (unit_id);

CREATE TABLE dialogue_session_cards (
  session_id INTEGER NOT NULL REFERENCES dialogue_sessions (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  card_id INTEGER REFERENCES dialogue_cards (id),
  kind TEXT NOT NULL CHECK (kind IN ('kort', 'case')),
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  topic TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (session_id, position)
);

CREATE TABLE dialogue_agreements (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES dialogue_sessions (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL CHECK (text <> ''),
  activity_id INTEGER REFERENCES plan_activities (id) ON DELETE SET NULL,  -- when it became an activity
  created_at INTEGER NOT NULL,
  UNIQUE (session_id, position)
);
