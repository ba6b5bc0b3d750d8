-- Local translations of the leadership foundation (SQLite): a unit's versions, their themes and the
-- regional values each theme is linked to, and the MED discussions of a unit's translation. See
-- app/translation_service. At most one draft per unit; published versions are numbered 1, 2, … per
-- unit and never change; the newest published one is the one in force. Moments are seconds since
-- the epoch (UTC), dates 'YYYY-MM-DD'.

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

-- When and where a unit's translation was discussed with the MED committee; the version is the one
-- in force (or the draft) when it was recorded.
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
