-- Leadership development programmes (issue 17, PostgreSQL): the catalogue with each programme's
-- requirements, the participants' enrolments with HR's credits and exemptions, and the sessions
-- (course days, sparring sessions, short courses) with their registrations, waitlists and attendance.
-- See app/programmes. Moments are seconds since the epoch (UTC); days are 'YYYY-MM-DD' (compared as
-- text, which is their order). Codes are those of domain/programmes (kinds of programme and element),
-- domain/organisation (kinds of leader) and storage/programmes (statuses and attendance). Every
-- editable row has a revision for optimistic concurrency.

-- A programme of the catalogue. Archived programmes are kept for their participants but not offered.
CREATE TABLE programmes (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('ledervejen', 'rejsefaeller', 'globetrotter', 'explorer', 'kursus')),
  name TEXT NOT NULL CHECK (name <> ''),
  summary TEXT NOT NULL DEFAULT '',
  target_group TEXT NOT NULL DEFAULT '',
  purpose TEXT NOT NULL DEFAULT '',
  content TEXT NOT NULL DEFAULT '',  -- Markdown
  duration TEXT NOT NULL DEFAULT '',
  price TEXT NOT NULL DEFAULT '',
  contact TEXT NOT NULL DEFAULT '',
  open BOOLEAN NOT NULL DEFAULT TRUE,
  mandatory BOOLEAN NOT NULL DEFAULT FALSE,
  position BIGINT NOT NULL,
  archived_at BIGINT,
  revision BIGINT NOT NULL DEFAULT 1,
  created_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  updated_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX programmes_position ON programmes (position);

-- What a programme asks of a participant: so many elements of a kind, for everyone (variant NULL) or
-- for one kind of leader (the variant's replaces the common one of the same kind). Replaced as a
-- whole when the programme is edited; `position` keeps the order they were given in. One row per
-- kind and variant: the unique index reads a NULL variant as '' (a plain UNIQUE would let NULLs repeat).
CREATE TABLE programme_requirements (
  programme_id BIGINT NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  position BIGINT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('kursusdag', 'sparring', 'kort-kursus', 'forberedelse', 'personlig-plan')),
  required BIGINT NOT NULL CHECK (required >= 1),
  variant TEXT CHECK (variant IS NULL OR variant IN ('personaleleder', 'leder_af_ledere', 'klinisk_leder')),
  PRIMARY KEY (programme_id, position)
);
CREATE UNIQUE INDEX programme_requirements_kind_variant
  ON programme_requirements (programme_id, kind, COALESCE(variant, ''));

-- A person's enrolment in a programme. Withdrawn enrolments stay as history: a person has at most one
-- enrolment in a programme that is not withdrawn, and may be enrolled again after a withdrawal.
CREATE TABLE programme_enrollments (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  programme_id BIGINT NOT NULL REFERENCES programmes (id),
  person_id BIGINT NOT NULL REFERENCES people (id),
  variant TEXT CHECK (variant IS NULL OR variant IN ('personaleleder', 'leder_af_ledere', 'klinisk_leder')),
  enrolled_on TEXT NOT NULL CHECK (enrolled_on ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
  deadline TEXT CHECK (deadline IS NULL OR deadline ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
  source TEXT NOT NULL CHECK (source IN ('automatisk', 'hr', 'ansoegning', 'indstilling')),
  exempt BOOLEAN NOT NULL DEFAULT FALSE,
  exemption_reason TEXT NOT NULL DEFAULT '',
  withdrawn_at BIGINT,
  withdrawal_reason TEXT NOT NULL DEFAULT '',
  revision BIGINT NOT NULL DEFAULT 1,
  created_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,  -- NULL also for automatic enrolment
  created_at BIGINT NOT NULL,
  updated_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX programme_enrollments_active
  ON programme_enrollments (programme_id, person_id) WHERE withdrawn_at IS NULL;
CREATE INDEX programme_enrollments_programme_id ON programme_enrollments (programme_id);
CREATE INDEX programme_enrollments_person_id ON programme_enrollments (person_id);

-- HR's credits: so many elements of a kind counted as done for an enrolment, with the reason.
CREATE TABLE programme_credits (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  enrollment_id BIGINT NOT NULL REFERENCES programme_enrollments (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('kursusdag', 'sparring', 'kort-kursus', 'forberedelse', 'personlig-plan')),
  count BIGINT NOT NULL CHECK (count >= 1),
  reason TEXT NOT NULL DEFAULT '',
  created_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX programme_credits_enrollment_id ON programme_credits (enrollment_id);

-- A course day, sparring session or short course of a programme (the kinds that have sessions).
-- Cancelled sessions are kept with their registrations.
CREATE TABLE programme_sessions (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  programme_id BIGINT NOT NULL REFERENCES programmes (id),
  kind TEXT NOT NULL CHECK (kind IN ('kursusdag', 'sparring', 'kort-kursus')),
  title TEXT NOT NULL CHECK (title <> ''),
  starts_at BIGINT NOT NULL,
  ends_at BIGINT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  online_link TEXT NOT NULL DEFAULT '',
  teacher TEXT NOT NULL DEFAULT '',
  capacity BIGINT NOT NULL CHECK (capacity >= 1),
  registration_deadline TEXT NOT NULL
    CHECK (registration_deadline ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
  cancellation_deadline TEXT NOT NULL
    CHECK (cancellation_deadline ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
  organiser_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  status TEXT NOT NULL DEFAULT 'planlagt' CHECK (status IN ('planlagt', 'aflyst')),
  revision BIGINT NOT NULL DEFAULT 1,
  created_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  updated_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  updated_at BIGINT NOT NULL,
  CHECK (ends_at > starts_at)
);
CREATE INDEX programme_sessions_programme_id ON programme_sessions (programme_id, starts_at);
CREATE INDEX programme_sessions_starts_at ON programme_sessions (starts_at);

-- A person's registration for a session: a seat ('tilmeldt'), a place in the waitlist ('venteliste',
-- positions 1..n without gaps) or cancelled ('afmeldt', kept as history). At most one registration of
-- a person for a session is not cancelled. `attendance` is recorded for a seat holder by the
-- organiser, and set when a registration is cancelled (in time or not); `promoted_at` is when a
-- waiting registration got its seat.
CREATE TABLE session_registrations (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  session_id BIGINT NOT NULL REFERENCES programme_sessions (id),
  person_id BIGINT NOT NULL REFERENCES people (id),
  status TEXT NOT NULL CHECK (status IN ('tilmeldt', 'venteliste', 'afmeldt')),
  waitlist_position BIGINT CHECK (waitlist_position IS NULL OR waitlist_position >= 1),
  attendance TEXT CHECK (attendance IS NULL OR attendance IN ('moedt', 'udeblevet', 'afmeldt-i-tide')),
  registered_at BIGINT NOT NULL,
  promoted_at BIGINT,
  cancelled_at BIGINT,
  by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  attendance_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  attendance_at BIGINT,
  CHECK ((status = 'venteliste') = (waitlist_position IS NOT NULL)),
  CHECK ((status = 'afmeldt') = (cancelled_at IS NOT NULL))
);
CREATE UNIQUE INDEX session_registrations_active
  ON session_registrations (session_id, person_id) WHERE status <> 'afmeldt';
CREATE INDEX session_registrations_session_id ON session_registrations (session_id, status);
CREATE INDEX session_registrations_person_id ON session_registrations (person_id);
