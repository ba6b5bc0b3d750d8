-- Issue 4: a dialogue agreement becomes at most one activity in a plan. plan_activities.source_agreement_id
-- (migration 008) names the agreement an activity came from; it has no foreign key because the dialogue
-- tables came later (009) and SQLite cannot add one to an existing table. The service keeps it true: an
-- agreement that became an activity cannot be removed. This index makes the "at most one" hold even
-- when two people convert the same agreement at once, and lets a session find its activities.
CREATE UNIQUE INDEX plan_activities_source_agreement_id ON plan_activities (source_agreement_id);
