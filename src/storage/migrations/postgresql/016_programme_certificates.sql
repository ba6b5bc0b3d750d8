-- Participation certificates (issue 17, PostgreSQL): one per completed enrolment, issued the first
-- time the participant opens it, with a verification code that a public page checks. The code is 12
-- characters of domain::kVerificationAlphabet (no look-alikes), stored without dashes.
CREATE TABLE programme_certificates (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  enrollment_id BIGINT NOT NULL UNIQUE REFERENCES programme_enrollments (id),
  code TEXT NOT NULL UNIQUE CHECK (length(code) = 12),
  criteria TEXT NOT NULL,  -- what was met, as the status said it when the certificate was issued
  issued_at BIGINT NOT NULL
);
