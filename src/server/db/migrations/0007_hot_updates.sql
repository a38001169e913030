-- Invitations, responses and feedback items are written once and then stamped or merged a few
-- times (sent, delivered, clicked, answered; the comment that follows a score). With full pages
-- every such update writes a new index entry in every index of the table; with room left on the
-- page PostgreSQL updates in place (HOT) when no indexed column changes, as for these stamps.
ALTER TABLE "survey_invitations" SET (fillfactor = 80);--> statement-breakpoint
ALTER TABLE "survey_responses" SET (fillfactor = 85);--> statement-breakpoint
ALTER TABLE "feedback_items" SET (fillfactor = 85);
