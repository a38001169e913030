CREATE TABLE "email_suppressions" (
	"organization_id" text NOT NULL,
	"email_hash" text NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_suppressions_organization_id_email_hash_pk" PRIMARY KEY("organization_id","email_hash")
);
--> statement-breakpoint
CREATE TABLE "org_sending_settings" (
	"organization_id" text PRIMARY KEY NOT NULL,
	"quiet_period_days" integer DEFAULT 30 NOT NULL,
	"reminder_delay_days" integer DEFAULT 3 NOT NULL,
	"is_reminder_enabled" boolean DEFAULT true NOT NULL,
	"is_comment_nudge_enabled" boolean DEFAULT true NOT NULL,
	"over_quota" text DEFAULT 'refuse' NOT NULL,
	"is_open_tracking" boolean DEFAULT false NOT NULL,
	"invitation_valid_days" integer DEFAULT 30 NOT NULL,
	"sender_name" text,
	"brand_color" text,
	"logo_url" text,
	"smtp_url_encrypted" text,
	"smtp_from" text,
	"widget_key" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"survey_id" uuid NOT NULL,
	"send_id" uuid,
	"contact_id" uuid,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"token_hash" text,
	"status" text NOT NULL,
	"skip_reason" text,
	"skip_until" timestamp with time zone,
	"scheduled_for" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"bounced_at" timestamp with time zone,
	"opened_at" timestamp with time zone,
	"clicked_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"nudged_at" timestamp with time zone,
	"unsubscribed_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"email_message_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"feedback_item_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"survey_id" uuid NOT NULL,
	"survey_version" integer NOT NULL,
	"invitation_id" uuid,
	"contact_id" uuid,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"answers" jsonb NOT NULL,
	"hidden_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_sends" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"survey_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"channel" text DEFAULT 'email' NOT NULL,
	"audience" jsonb NOT NULL,
	"every_days" integer,
	"delay_seconds" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "email_messages" ADD COLUMN "from_address" text;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "recontact_period_days" integer;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "link_key" text;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "widget" jsonb;--> statement-breakpoint
ALTER TABLE "email_suppressions" ADD CONSTRAINT "email_suppressions_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_sending_settings" ADD CONSTRAINT "org_sending_settings_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_send_id_survey_sends_id_fk" FOREIGN KEY ("send_id") REFERENCES "public"."survey_sends"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_feedback_item_id_feedback_items_id_fk" FOREIGN KEY ("feedback_item_id") REFERENCES "public"."feedback_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_invitation_id_survey_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."survey_invitations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_sends" ADD CONSTRAINT "survey_sends_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_sends" ADD CONSTRAINT "survey_sends_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "org_sending_settings_widget_key_idx" ON "org_sending_settings" USING btree ("widget_key");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_token_idx" ON "survey_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "survey_invitations_contact_idx" ON "survey_invitations" USING btree ("organization_id","contact_id","sent_at");--> statement-breakpoint
CREATE INDEX "survey_invitations_survey_idx" ON "survey_invitations" USING btree ("organization_id","survey_id","created_at");--> statement-breakpoint
CREATE INDEX "survey_invitations_send_idx" ON "survey_invitations" USING btree ("send_id");--> statement-breakpoint
CREATE INDEX "survey_invitations_message_idx" ON "survey_invitations" USING btree ("email_message_id");--> statement-breakpoint
CREATE INDEX "survey_invitations_contact_only_idx" ON "survey_invitations" USING btree ("contact_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_invitation_idx" ON "survey_responses" USING btree ("invitation_id");--> statement-breakpoint
CREATE INDEX "survey_responses_org_survey_idx" ON "survey_responses" USING btree ("organization_id","survey_id","created_at");--> statement-breakpoint
CREATE INDEX "survey_responses_contact_idx" ON "survey_responses" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "survey_sends_org_survey_idx" ON "survey_sends" USING btree ("organization_id","survey_id");--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_link_key_idx" ON "surveys" USING btree ("link_key");