-- The follow-up views' change counter (PostgreSQL): FollowUpService keeps the two grouped queries'
-- results (StatesOfAllUnits, SummariesOfRound) for as long as change_counters.version of 'followup'
-- stands. Triggers bump it in the same transaction as every change to the tables those queries
-- read, so a change from any process or node (the web, the CLI, demo-data) is seen by the next
-- request, and a reader that sees the new version also sees the change.
--
-- The triggers are deferred constraint triggers: they run at commit, so the counter's row is locked
-- only while a writing transaction commits, never while it still takes other locks (no deadlocks
-- between writers, and concurrent writers queue only for the moment of their commit).

CREATE TABLE change_counters (
  name TEXT PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0
);

INSERT INTO change_counters (name, version) VALUES ('followup', 0);

CREATE FUNCTION bump_followup_counter() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'followup';
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER activation_rounds_followup AFTER INSERT OR UPDATE OR DELETE ON activation_rounds
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_followup_counter();

CREATE CONSTRAINT TRIGGER activation_plans_followup AFTER INSERT OR UPDATE OR DELETE ON activation_plans
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_followup_counter();

CREATE CONSTRAINT TRIGGER plan_activities_followup AFTER INSERT OR UPDATE OR DELETE ON plan_activities
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_followup_counter();

CREATE CONSTRAINT TRIGGER translation_versions_followup AFTER INSERT OR UPDATE OR DELETE ON translation_versions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_followup_counter();

CREATE CONSTRAINT TRIGGER med_discussions_followup AFTER INSERT OR UPDATE OR DELETE ON med_discussions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_followup_counter();
