-- Participation certificates (issue 17, SQLite): one per completed enrolment, issued the first time
-- the participant opens it, with a verification code that a public page checks. The code is 12
-- characters of domain::kVerificationAlphabet (no look-alikes), stored without dashes.
CREATE TABLE programme_certificates (
  id INTEGER PRIMARY KEY,
  enrollment_id INTEGER NOT NULL UNIQUE REFERENCES programme_enrollments (id),
  code TEXT NOT NULL UNIQUE CHECK (length(code) = 12),
  criteria TEXT NOT NULL,  -- what was met, as the status said it when the certificate was issued
  issued_at INTEGER NOT NULL
);
