-- The dialogue tools (SQLite): the card and case library kept by editors, and the dialogue sessions
-- units hold with them. See app/dialogue_service. Moments are seconds since the epoch (UTC); days are
-- 'YYYY-MM-DD'.

-- A card is a question (or a few) about a value, an expectation or the leadership task; a case is a
-- short situation to discuss. Archived cards stay for the sessions that used them but are not offered.
CREATE TABLE dialogue_cards (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('kort', 'case')),
  title TEXT NOT NULL CHECK (title <> ''),
  body TEXT NOT NULL CHECK (body <> ''),  -- Markdown
  topic TEXT NOT NULL CHECK (topic IN ('dialog', 'dygtighed', 'dristighed', 'maalopfyldelse', 'ordentlighed',
                                       'nytaenkning', 'baeredygtighed', 'ledelsesopgave', 'andet')),
  position INTEGER NOT NULL,
  archived_at INTEGER,
  revision INTEGER NOT NULL DEFAULT 1,
  created_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  updated_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX dialogue_cards_position ON dialogue_cards (position);

-- A session a unit holds: the cards picked are copied, so the record keeps what was asked even when a
-- card is edited or archived later.
CREATE TABLE dialogue_sessions (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units (id),
  title TEXT NOT NULL CHECK (title <> ''),
  planned_on TEXT NOT NULL CHECK (planned_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  participants TEXT NOT NULL DEFAULT '',
  held_on TEXT CHECK (held_on IS NULL OR held_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  notes TEXT NOT NULL DEFAULT '',
  revision INTEGER NOT NULL DEFAULT 1,
  created_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  updated_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX dialogue_sessions_unit_id ON dialogue_sessions (unit_id, planned_on);

CREATE TABLE dialogue_session_cards (
  session_id INTEGER NOT NULL REFERENCES dialogue_sessions (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  card_id INTEGER REFERENCES dialogue_cards (id) ON DELETE SET NULL,
  kind TEXT NOT NULL CHECK (kind IN ('kort', 'case')),
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  topic TEXT NOT NULL,
  PRIMARY KEY (session_id, position)
);

-- What the participants agreed on; each can become an activity in the unit's activation plan.
CREATE TABLE dialogue_agreements (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES dialogue_sessions (id) ON DELETE CASCADE,
  text TEXT NOT NULL CHECK (text <> ''),
  created_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX dialogue_agreements_session_id ON dialogue_agreements (session_id);
