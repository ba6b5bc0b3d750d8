-- Steps done outside sessions (issue 17, PostgreSQL): steps of local preparation signed off
-- (Globetrotter), a personal plan agreed (Explorer), sparring meetings a team held (Rejsefæller).
-- One figure per enrolment and element kind, replaced by the part of the programme that decides it;
-- the status counts it as done, like sessions attended.
CREATE TABLE programme_steps (
  enrollment_id BIGINT NOT NULL REFERENCES programme_enrollments (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('kursusdag', 'sparring', 'kort-kursus', 'forberedelse', 'personlig-plan')),
  done BIGINT NOT NULL CHECK (done >= 1),
  updated_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (enrollment_id, kind)
);
