ALTER TABLE "feedback_items" DROP CONSTRAINT "feedback_items_organization_id_organization_id_fk";
--> statement-breakpoint
ALTER TABLE "feedback_items" DROP CONSTRAINT "feedback_items_contact_id_contacts_id_fk";
--> statement-breakpoint
ALTER TABLE "survey_responses" DROP CONSTRAINT "survey_responses_feedback_item_id_feedback_items_id_fk";
