-- The follow-up views' change counter (SQLite): FollowUpService keeps the two grouped queries'
-- results (StatesOfAllUnits, SummariesOfRound) for as long as change_counters.version of 'followup'
-- stands. Triggers bump it in the same transaction as every change to the tables those queries
-- read, so a change from any process or node (the web, the CLI, demo-data) is seen by the next
-- request, and a reader that sees the new version also sees the change.

CREATE TABLE change_counters (
  name TEXT PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 0
);

INSERT INTO change_counters (name, version) VALUES ('followup', 0);

CREATE TRIGGER activation_rounds_followup_insert AFTER INSERT ON activation_rounds
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'followup';
END;

CREATE TRIGGER activation_rounds_followup_update AFTER UPDATE ON activation_rounds
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'followup';
END;

CREATE TRIGGER activation_rounds_followup_delete AFTER DELETE ON activation_rounds
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'followup';
END;

CREATE TRIGGER activation_plans_followup_insert AFTER INSERT ON activation_plans
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'followup';
END;

CREATE TRIGGER activation_plans_followup_update AFTER UPDATE ON activation_plans
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'followup';
END;

CREATE TRIGGER activation_plans_followup_delete AFTER DELETE ON activation_plans
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'followup';
END;

CREATE TRIGGER plan_activities_followup_insert AFTER INSERT ON plan_activities
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'followup';
END;

CREATE TRIGGER plan_activities_followup_update AFTER UPDATE ON plan_activities
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'followup';
END;

CREATE TRIGGER plan_activities_followup_delete AFTER DELETE ON plan_activities
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'followup';
END;

CREATE TRIGGER translation_versions_followup_insert AFTER INSERT ON translation_versions
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'followup';
END;

CREATE TRIGGER translation_versions_followup_update AFTER UPDATE ON translation_versions
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'followup';
END;

CREATE TRIGGER translation_versions_followup_delete AFTER DELETE ON translation_versions
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'followup';
END;

CREATE TRIGGER med_discussions_followup_insert AFTER INSERT ON med_discussions
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'followup';
END;

CREATE TRIGGER med_discussions_followup_update AFTER UPDATE ON med_discussions
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'followup';
END;

CREATE TRIGGER med_discussions_followup_delete AFTER DELETE ON med_discussions
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'followup';
END;
