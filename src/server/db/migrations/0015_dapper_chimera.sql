ALTER TABLE "org_sending_settings" ADD COLUMN "widget_secret_encrypted" text;--> statement-breakpoint
ALTER TABLE "org_sending_settings" ADD COLUMN "widget_secret_created_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "org_sending_settings" ADD COLUMN "is_widget_verification_required" boolean DEFAULT true NOT NULL;