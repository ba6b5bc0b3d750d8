-- Notifications (issue 16, PostgreSQL): the portal's inbox and the outbox of its mail, each person's
-- preferences, the scheduler's leases and runs, and the calendar feeds' tokens. See
-- app/notifications. Moments are seconds since the epoch (UTC).
--
-- A recipient is an e-mail address as domain::NormalizeEmail writes it (trimmed, lower case): that
-- is how a login and a person of the HR data are linked (app/organisation), so a leader without a
-- login yet still gets mail, and finds the messages in the portal once a login with the address
-- exists.

-- A notification is written in the transaction of the change that causes it, so a committed change
-- never loses its notification and a rolled-back one never sends one (the outbox pattern). It is at
-- once the message in the person's inbox ("Beskeder") and the work order of the mail side:
-- `delivery` says what the dispatcher did with it.
CREATE TABLE notifications (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  recipient TEXT NOT NULL CHECK (recipient <> ''),
  category TEXT NOT NULL CHECK (category IN ('frister', 'forloeb', 'moeder', 'abonnementer', 'kaede', 'nyt')),
  topic TEXT NOT NULL CHECK (topic <> ''),  -- what it is about, e.g. 'aktivering:plan:3:12' (round, unit)
  subject TEXT NOT NULL CHECK (subject <> ''),
  body TEXT NOT NULL DEFAULT '',            -- plain text; never personal HR data
  link TEXT NOT NULL DEFAULT '',            -- a path in the portal
  created_at BIGINT NOT NULL,
  read_at BIGINT,
  -- 'afventer': not yet dispatched; 'mail': queued as a mail of its own; 'samlet': waiting for the
  -- person's daily or weekly digest; 'i-samlet-mail': sent in a digest; 'kun-portalen': not mailed.
  delivery TEXT NOT NULL DEFAULT 'afventer'
    CHECK (delivery IN ('afventer', 'mail', 'samlet', 'i-samlet-mail', 'kun-portalen')),
  mail_id BIGINT
);
CREATE INDEX notifications_recipient ON notifications (recipient, created_at);
CREATE INDEX notifications_unread ON notifications (recipient) WHERE read_at IS NULL;
CREATE INDEX notifications_topic ON notifications (recipient, topic, created_at);
CREATE INDEX notifications_waiting ON notifications (delivery, id) WHERE delivery IN ('afventer', 'samlet');

-- How a person wants each category: at once by mail, in a daily or weekly digest, or only in the
-- portal. No row: the category's default (domain/notifications).
CREATE TABLE notification_preferences (
  recipient TEXT NOT NULL CHECK (recipient <> ''),
  category TEXT NOT NULL CHECK (category IN ('frister', 'forloeb', 'moeder', 'abonnementer', 'kaede', 'nyt')),
  frequency TEXT NOT NULL CHECK (frequency IN ('straks', 'dagligt', 'ugentligt', 'kun-portalen')),
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (recipient, category)
);

-- The mail outbox: each row one composed message (RFC 5322, CRLF) to one recipient. A sender claims
-- a due row with a lease ('sending', lease_owner, lease_until) before it talks SMTP, so two portal
-- processes on one database never send the same row; an expired lease is claimed again.
CREATE TABLE mail_outbox (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  recipient TEXT NOT NULL CHECK (recipient <> ''),
  kind TEXT NOT NULL CHECK (kind IN ('besked', 'daglig', 'ugentlig', 'kaede', 'test')),
  subject TEXT NOT NULL,
  message TEXT NOT NULL,
  message_id TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
  attempts BIGINT NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL,
  lease_owner TEXT,
  lease_until BIGINT,
  last_error TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  sent_at BIGINT
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status IN ('queued', 'sending');
CREATE INDEX mail_outbox_status ON mail_outbox (status, created_at);

-- The scheduler: one lease row per recurring job, taken by the process that runs it (with two portal
-- processes on one database each job runs once), and a row per run.
CREATE TABLE job_leases (
  job TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  lease_until BIGINT NOT NULL,
  last_started_at BIGINT
);
CREATE TABLE job_runs (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  job TEXT NOT NULL,
  owner TEXT NOT NULL,
  started_by TEXT NOT NULL CHECK (started_by IN ('plan', 'manuel')),  -- the schedule or a person (CLI, admin page)
  started_at BIGINT NOT NULL,
  finished_at BIGINT,
  result TEXT CHECK (result IS NULL OR result IN ('ok', 'fejl')),
  detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX job_runs_job ON job_runs (job, started_at);

-- A personal calendar feed's secret: only its hash is kept; revoking it makes the address answer 404.
CREATE TABLE calendar_tokens (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  recipient TEXT NOT NULL CHECK (recipient <> ''),
  token_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL,
  revoked_at BIGINT
);
CREATE INDEX calendar_tokens_recipient ON calendar_tokens (recipient);
