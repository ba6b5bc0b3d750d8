-- Goal pictures (målbilleder, issue 18, PostgreSQL): the region's three goal pictures with their strategy
-- tracks, versioned like the leadership foundation (one draft, published versions numbered 1, 2, …
-- that never change); the indicators on the tracks; their measurements per period and unit; and the
-- comments (cause and action) that a red measurement needs. See app/goals/goals_service.hpp and
-- app/goals/indicator_service.hpp. Moments are seconds since the epoch (UTC); days are 'YYYY-MM-DD';
-- periods are written as domain::PeriodCode writes them ('2026-03', '2026-K2', '2026').

CREATE TABLE goal_pictures (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE CHECK (slug <> '' AND slug ~ '^[a-z0-9-]+$'),
  position INTEGER NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);

CREATE TABLE goal_picture_versions (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  goal_picture_id BIGINT NOT NULL REFERENCES goal_pictures (id),
  status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
  number INTEGER CHECK ((status = 'published') = (number IS NOT NULL) AND (number IS NULL OR number > 0)),
  based_on_number INTEGER,
  title TEXT NOT NULL CHECK (title <> ''),
  body TEXT NOT NULL CHECK (body <> ''),  -- the ambition, Markdown
  revision INTEGER NOT NULL DEFAULT 1,
  created_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  created_by_name TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  updated_by_name TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  published_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  published_by_name TEXT,
  published_at BIGINT,
  CHECK ((status = 'published') = (published_at IS NOT NULL AND published_by_name IS NOT NULL)),
  UNIQUE (goal_picture_id, number)
);
CREATE UNIQUE INDEX goal_picture_versions_one_draft ON goal_picture_versions (goal_picture_id)
  WHERE status = 'draft';

-- A strategy track's identity: stable across versions, so indicators and later modules (initiatives,
-- decisions) can link to it. Its title and description belong to each version of its goal picture; a
-- track that the version in force does not list is retired (its indicators are kept as history).
CREATE TABLE strategy_tracks (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  goal_picture_id BIGINT NOT NULL REFERENCES goal_pictures (id),
  created_at BIGINT NOT NULL
);

CREATE TABLE goal_picture_version_tracks (
  version_id BIGINT NOT NULL REFERENCES goal_picture_versions (id) ON DELETE CASCADE,
  track_id BIGINT NOT NULL REFERENCES strategy_tracks (id),
  position INTEGER NOT NULL CHECK (position > 0),
  title TEXT NOT NULL CHECK (title <> ''),
  description TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (version_id, track_id),
  UNIQUE (version_id, position)
);

-- An indicator on a track: the region's own (local_unit_id NULL) or a unit's local one. Breakdown
-- 'region': one value per period for the region as a whole; 'enheder': a value per listed unit
-- (indicator_units), rolled up along the organisation tree by `rollup`, and optionally a value for the
-- region as a whole. leaders_only: internal to leaders (and HR, top management, editors).
CREATE TABLE indicators (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  track_id BIGINT NOT NULL REFERENCES strategy_tracks (id),
  local_unit_id BIGINT REFERENCES units (id),
  name TEXT NOT NULL CHECK (name <> ''),
  definition TEXT NOT NULL CHECK (definition <> ''),
  measure_unit TEXT NOT NULL CHECK (measure_unit <> ''),
  direction TEXT NOT NULL CHECK (direction IN ('hoejere-er-bedre', 'lavere-er-bedre')),
  frequency TEXT NOT NULL CHECK (frequency IN ('maanedlig', 'kvartalsvis', 'aarlig')),
  decimals INTEGER NOT NULL DEFAULT 1 CHECK (decimals BETWEEN 0 AND 3),
  target DOUBLE PRECISION NOT NULL,
  target_date TEXT CHECK (target_date IS NULL OR target_date ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
  green_threshold DOUBLE PRECISION NOT NULL,
  red_threshold DOUBLE PRECISION NOT NULL,
  plausible_min DOUBLE PRECISION,
  plausible_max DOUBLE PRECISION,
  owner_unit_id BIGINT NOT NULL REFERENCES units (id),
  owner_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  data_source TEXT NOT NULL DEFAULT '',
  breakdown TEXT NOT NULL CHECK (breakdown IN ('region', 'enheder')),
  rollup TEXT NOT NULL DEFAULT 'gennemsnit' CHECK (rollup IN ('gennemsnit', 'sum')),
  leaders_only BOOLEAN NOT NULL DEFAULT FALSE,
  position INTEGER NOT NULL DEFAULT 0,
  archived_at BIGINT,
  revision INTEGER NOT NULL DEFAULT 1,
  created_by_name TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_by_name TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  CHECK (plausible_min IS NULL OR plausible_max IS NULL OR plausible_min < plausible_max)
);
CREATE INDEX indicators_track_id ON indicators (track_id);
CREATE INDEX indicators_owner_unit_id ON indicators (owner_unit_id);

CREATE TABLE indicator_units (
  indicator_id BIGINT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  unit_id BIGINT NOT NULL REFERENCES units (id),
  PRIMARY KEY (indicator_id, unit_id)
);
CREATE INDEX indicator_units_unit_id ON indicator_units (unit_id);

-- A measurement: one value per indicator, period and unit (NULL: the region as a whole). Sources:
-- 'formular' (the owner's form), 'import' (CSV), 'api' (an integration; recorded_by_name is its
-- name), 'demo'.
CREATE TABLE indicator_measurements (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  indicator_id BIGINT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  period TEXT NOT NULL CHECK (period <> ''),
  unit_id BIGINT REFERENCES units (id),
  value DOUBLE PRECISION NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('formular', 'import', 'api', 'demo')),
  recorded_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  recorded_by_name TEXT NOT NULL,
  recorded_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX indicator_measurements_region ON indicator_measurements (indicator_id, period)
  WHERE unit_id IS NULL;
CREATE UNIQUE INDEX indicator_measurements_unit ON indicator_measurements (indicator_id, period, unit_id)
  WHERE unit_id IS NOT NULL;
CREATE INDEX indicator_measurements_unit_id ON indicator_measurements (unit_id);

-- What the owner says about a point (cause and action); a red point needs one before its period counts
-- as reported. Comments are never changed: a later one is added, and the history stays.
CREATE TABLE indicator_comments (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  indicator_id BIGINT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  period TEXT NOT NULL CHECK (period <> ''),
  unit_id BIGINT REFERENCES units (id),
  cause TEXT NOT NULL CHECK (cause <> ''),
  action TEXT NOT NULL CHECK (action <> ''),
  author_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  author_name TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX indicator_comments_indicator ON indicator_comments (indicator_id, period);

-- The goals change counter: IndicatorService keeps what Målbilleder shows (every indicator's series,
-- roll-up, trend and reporting status, and the goal pictures in force) for as long as
-- change_counters.version of 'goals' stands. Deferred constraint triggers bump it at commit with every
-- change to these tables (as migration 011 does for the follow-up), whoever makes the change.
INSERT INTO change_counters (name, version) VALUES ('goals', 0);

CREATE FUNCTION bump_goals_counter() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'goals';
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER goal_pictures_goals AFTER INSERT OR UPDATE OR DELETE ON goal_pictures
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_goals_counter();

CREATE CONSTRAINT TRIGGER goal_picture_versions_goals AFTER INSERT OR UPDATE OR DELETE ON goal_picture_versions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_goals_counter();

CREATE CONSTRAINT TRIGGER goal_picture_version_tracks_goals AFTER INSERT OR UPDATE OR DELETE ON goal_picture_version_tracks
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_goals_counter();

CREATE CONSTRAINT TRIGGER strategy_tracks_goals AFTER INSERT OR UPDATE OR DELETE ON strategy_tracks
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_goals_counter();

CREATE CONSTRAINT TRIGGER indicators_goals AFTER INSERT OR UPDATE OR DELETE ON indicators
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_goals_counter();

CREATE CONSTRAINT TRIGGER indicator_units_goals AFTER INSERT OR UPDATE OR DELETE ON indicator_units
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_goals_counter();

CREATE CONSTRAINT TRIGGER indicator_measurements_goals AFTER INSERT OR UPDATE OR DELETE ON indicator_measurements
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_goals_counter();

CREATE CONSTRAINT TRIGGER indicator_comments_goals AFTER INSERT OR UPDATE OR DELETE ON indicator_comments
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_goals_counter();
