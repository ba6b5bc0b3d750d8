-- HR exports uploaded on the web import page, between the preview and the confirmation (SQLite).
-- Stored in the database, not on one node's disk, so any portal node can take the confirmation.
-- The files hold personal data: a row lives until it is confirmed, replaced by the same user's next
-- upload, or purged an hour after the upload. (003 belongs to another change; gaps are allowed.)

CREATE TABLE pending_imports (
  id TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  units_name TEXT NOT NULL,
  units_bytes BLOB NOT NULL,
  people_name TEXT NOT NULL,
  people_bytes BLOB NOT NULL,
  fingerprint TEXT NOT NULL
);
CREATE INDEX pending_imports_user_id ON pending_imports (user_id);
CREATE INDEX pending_imports_expires_at ON pending_imports (expires_at);
