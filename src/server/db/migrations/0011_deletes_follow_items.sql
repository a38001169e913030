-- What the foreign keys dropped in 0010 did on delete, done from the side that is rarely deleted:
-- statement triggers with transition tables, one statement per delete however many rows it takes.
-- An organization takes its feedback items (and their outbox rows) with it.
CREATE FUNCTION resonance_delete_items_of_organizations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM feedback_items f USING gone g WHERE f.organization_id = g.id;
  DELETE FROM feedback_outbox o USING gone g WHERE o.organization_id = g.id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER organization_deletes_feedback_items AFTER DELETE ON "organization"
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION resonance_delete_items_of_organizations();
--> statement-breakpoint
-- A survey response lives and dies with its feedback item.
CREATE FUNCTION resonance_delete_responses_of_items() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM survey_responses r USING gone g WHERE r.feedback_item_id = g.id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER feedback_items_delete_responses AFTER DELETE ON feedback_items
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION resonance_delete_responses_of_items();
--> statement-breakpoint
-- A deleted contact leaves its feedback items anonymous (erasure and merge already move or clear
-- the link themselves; this keeps any other delete from leaving an id that names nobody).
CREATE FUNCTION resonance_unlink_items_of_contacts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE feedback_items f SET contact_id = NULL FROM gone g WHERE f.contact_id = g.id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER contacts_unlink_feedback_items AFTER DELETE ON contacts
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION resonance_unlink_items_of_contacts();
