-- The regional leadership foundation (SQLite): its documents (the values, the expectations, the
-- triple leadership task, the democratic basis and the "what it means for me" pages per role) and
-- their versions. A document has at most one draft; its published versions are numbered 1, 2, …
-- and never change afterwards; the newest published one is the one in force. Moments are seconds
-- since the epoch (UTC). The author's name is kept as it was when they wrote or published, so the
-- history stays readable when a login is deleted.

CREATE TABLE foundation_documents (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE CHECK (slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'),
  position INTEGER NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);

CREATE TABLE foundation_document_versions (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES foundation_documents (id),
  status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
  number INTEGER CHECK ((status = 'published') = (number IS NOT NULL) AND (number IS NULL OR number > 0)),
  -- The published version a draft was started from (none for a document without one).
  based_on_number INTEGER,
  title TEXT NOT NULL CHECK (title <> ''),
  body TEXT NOT NULL CHECK (body <> ''),
  revision INTEGER NOT NULL DEFAULT 1,
  created_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  created_by_name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  updated_by_name TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  published_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  published_by_name TEXT,
  published_at INTEGER,
  CHECK ((status = 'published') = (published_at IS NOT NULL AND published_by_name IS NOT NULL)),
  UNIQUE (document_id, number)
);
CREATE UNIQUE INDEX foundation_document_versions_one_draft ON foundation_document_versions (document_id)
  WHERE status = 'draft';
