-- Integrations (PostgreSQL): the tokens with which other systems of the region (a data warehouse that
-- delivers indicator measurements, issue 18) call the portal's JSON API. An administrator makes and
-- revokes them at /administration/integrationer; see app/integrations and docs/ARCHITECTURE.md,
-- "Integrations and token-authenticated APIs". Moments are seconds since the epoch (UTC).
--
-- The token itself is shown once, when it is made, and never stored: token_hash is the lower-case
-- hex SHA-256 of the whole token, by which a request's token is looked up; token_prefix is its
-- non-secret start ("lpi_" and 8 characters) so an administrator can tell which one a system holds.
--
-- scope says what the token may do; a route of the API names the scope it needs. Today the one scope
-- is 'maalinger' (deliver measurements). A new scope is a new code in domain/integrations and a later
-- migration that widens the CHECK (ALTER TABLE … DROP CONSTRAINT integration_tokens_scope, ADD CONSTRAINT …).
--
-- last_used_at is written when a token is used, but at most once a minute per token
-- (IntegrationTokenRepository::MarkUsed), so a system that delivers many requests does not turn every
-- read into a write.
CREATE TABLE integration_tokens (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name TEXT NOT NULL CHECK (name <> ''),
  purpose TEXT NOT NULL DEFAULT '',
  scope TEXT NOT NULL CONSTRAINT integration_tokens_scope CHECK (scope IN ('maalinger')),
  token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
  token_prefix TEXT NOT NULL CHECK (token_prefix <> ''),
  created_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  created_by_name TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  revoked_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  revoked_by_name TEXT,
  revoked_at BIGINT,
  last_used_at BIGINT
);
-- An integration's name is unique among its live tokens; a revoked token keeps its name in the list.
CREATE UNIQUE INDEX integration_tokens_active_name ON integration_tokens (name) WHERE revoked_at IS NULL;
