-- Issue 15: a plan is approved by the leader above its unit and the approval can be withdrawn with a
-- reason; an activity is cancelled with a reason and can be taken up again. The latest withdrawal and
-- the current cancellation are kept on the row (the audit log keeps every one), so the plan page
-- can say who did it, when and why.
ALTER TABLE activation_plans ADD COLUMN withdrawn_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE activation_plans ADD COLUMN withdrawn_at BIGINT;
ALTER TABLE activation_plans ADD COLUMN withdrawal_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_activities ADD COLUMN cancelled_by_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE plan_activities ADD COLUMN cancelled_at BIGINT;
ALTER TABLE plan_activities ADD COLUMN cancellation_reason TEXT NOT NULL DEFAULT '';

-- The start page lists the planned activities a person is responsible for.
CREATE INDEX plan_activities_responsible ON plan_activities (responsible_person_id, planned_on)
  WHERE status = 'planned';
