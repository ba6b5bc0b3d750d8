-- Scoped roles (SQLite). A row limits the user's role to the subtree of one unit; several rows give
-- several subtrees. A scopable role (hr, redaktoer) without rows holds for the whole region. Only
-- those two roles can be scoped; a row for a role the user does not hold grants nothing. The row
-- survives a change of roles, so taking HR away and giving it back keeps its scope.

CREATE TABLE user_role_scopes (
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('hr', 'redaktoer')),
  unit_id INTEGER NOT NULL REFERENCES units (id),
  PRIMARY KEY (user_id, role, unit_id)
);
CREATE INDEX user_role_scopes_unit_id ON user_role_scopes (unit_id);
