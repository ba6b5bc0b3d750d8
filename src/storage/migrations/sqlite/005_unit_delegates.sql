-- Delegates (SQLite): people a unit's leader has appointed to work on the unit's leadership
-- foundation (translation, plan, activities, MED records, dialogue sessions). See
-- app/organisation_access (Reach::Delegated). Moments are seconds since the epoch (UTC).

CREATE TABLE unit_delegates (
  unit_id INTEGER NOT NULL REFERENCES units (id),
  person_id INTEGER NOT NULL REFERENCES people (id),
  granted_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  granted_at INTEGER NOT NULL,
  PRIMARY KEY (unit_id, person_id)
);
CREATE INDEX unit_delegates_person_id ON unit_delegates (person_id);
