ALTER TABLE "case_settings" ADD COLUMN "recovery" jsonb;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "first_response_met" boolean;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "resolution_met" boolean;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "recovery_invitation_id" uuid;