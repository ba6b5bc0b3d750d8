-- Globetrotter's cohorts and applications (issue 17, PostgreSQL). A cohort is one half-year learning
-- community of a programme: dates, seats, an application deadline, a description and the local
-- preparation checklist an applicant works through with their own leader; its meetings and the
-- material the members share. An application goes indsendt → godkendt-lokalt (the leader's leader
-- signed off) → optaget / afslaaet (Koncern HR's decision); the leader may send it back
-- (sendt-tilbage) for the applicant to change and submit again, and the applicant may withdraw it
-- (trukket-tilbage). Admission creates the enrolment (programme_enrollments); the cohort's members are
-- the admitted applications, and the meetings they attend count as course days. Moments are seconds
-- since the epoch (UTC); days are 'YYYY-MM-DD'.
-- See app/programmes/cohort_service.hpp.

CREATE TABLE programme_cohorts (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  programme_id BIGINT NOT NULL REFERENCES programmes (id),
  name TEXT NOT NULL CHECK (name <> ''),
  starts_on TEXT NOT NULL CHECK (starts_on ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
  ends_on TEXT NOT NULL CHECK (ends_on ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
  capacity BIGINT NOT NULL CHECK (capacity >= 1),
  application_deadline TEXT NOT NULL
    CHECK (application_deadline ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
  description TEXT NOT NULL DEFAULT '',
  revision BIGINT NOT NULL DEFAULT 1,
  created_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  updated_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  updated_at BIGINT NOT NULL,
  CHECK (ends_on > starts_on),
  CHECK (application_deadline <= starts_on)
);
CREATE INDEX programme_cohorts_programme_id ON programme_cohorts (programme_id, starts_on);

-- The cohort's preparation checklist, in order (replaced as a whole while nobody has applied).
CREATE TABLE cohort_checklist_items (
  cohort_id BIGINT NOT NULL REFERENCES programme_cohorts (id) ON DELETE CASCADE,
  position BIGINT NOT NULL CHECK (position >= 1),
  text TEXT NOT NULL CHECK (text <> ''),
  PRIMARY KEY (cohort_id, position)
);

-- A meeting of the cohort: at a place, online, or both.
CREATE TABLE cohort_meetings (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  cohort_id BIGINT NOT NULL REFERENCES programme_cohorts (id) ON DELETE CASCADE,
  starts_at BIGINT NOT NULL,
  ends_at BIGINT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  online_link TEXT NOT NULL DEFAULT '',
  theme TEXT NOT NULL CHECK (theme <> ''),
  notes TEXT NOT NULL DEFAULT '',
  created_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  CHECK (ends_at > starts_at),
  CHECK (place <> '' OR online_link <> '')
);
CREATE INDEX cohort_meetings_cohort_id ON cohort_meetings (cohort_id, starts_at);

-- Attendance of the cohort's members at its meetings, recorded by Koncern HR on or after the
-- meeting's day: moedt (present), udeblevet (absent) or afmeldt-i-tide (cancelled in time), the codes
-- of session attendance. A meeting attended counts as a course day of the programme (the service sets
-- the enrolment's steps done, programme_steps, in the same write).
CREATE TABLE cohort_meeting_attendance (
  meeting_id BIGINT NOT NULL REFERENCES cohort_meetings (id) ON DELETE CASCADE,
  person_id BIGINT NOT NULL REFERENCES people (id),
  attendance TEXT NOT NULL CHECK (attendance IN ('moedt', 'udeblevet', 'afmeldt-i-tide')),
  recorded_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  recorded_at BIGINT NOT NULL,
  PRIMARY KEY (meeting_id, person_id)
);
CREATE INDEX cohort_meeting_attendance_person_id ON cohort_meeting_attendance (person_id);

-- Material shared in the cohort: an https link, a text, or both.
CREATE TABLE cohort_materials (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  cohort_id BIGINT NOT NULL REFERENCES programme_cohorts (id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (title <> ''),
  link TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  added_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  added_at BIGINT NOT NULL,
  CHECK (link <> '' OR body <> '')
);
CREATE INDEX cohort_materials_cohort_id ON cohort_materials (cohort_id, added_at);

-- An application for a cohort. At most one application of a person for a cohort is active (neither
-- withdrawn nor rejected).
CREATE TABLE cohort_applications (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  programme_id BIGINT NOT NULL REFERENCES programmes (id),
  cohort_id BIGINT NOT NULL REFERENCES programme_cohorts (id),
  person_id BIGINT NOT NULL REFERENCES people (id),
  motivation TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('indsendt', 'godkendt-lokalt', 'sendt-tilbage', 'optaget', 'afslaaet',
                                         'trukket-tilbage')),
  submitted_at BIGINT NOT NULL,
  signed_off_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  signed_off_at BIGINT,
  signoff_comment TEXT NOT NULL DEFAULT '',
  decided_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  decided_at BIGINT,
  decision_reason TEXT NOT NULL DEFAULT '',
  enrollment_id BIGINT REFERENCES programme_enrollments (id),
  revision BIGINT NOT NULL DEFAULT 1,
  created_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  CHECK ((status = 'optaget') = (enrollment_id IS NOT NULL))
);
CREATE UNIQUE INDEX cohort_applications_active
  ON cohort_applications (cohort_id, person_id) WHERE status NOT IN ('trukket-tilbage', 'afslaaet');
CREATE INDEX cohort_applications_person_id ON cohort_applications (person_id);
CREATE INDEX cohort_applications_status ON cohort_applications (status, cohort_id);

-- The applicant's answers to the cohort's checklist: each item done or not, with a short note.
CREATE TABLE cohort_application_answers (
  application_id BIGINT NOT NULL REFERENCES cohort_applications (id) ON DELETE CASCADE,
  position BIGINT NOT NULL CHECK (position >= 1),
  done BOOLEAN NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (application_id, position)
);
