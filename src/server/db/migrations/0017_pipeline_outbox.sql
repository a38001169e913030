CREATE TABLE "rollup_contributions" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"metric" text NOT NULL,
	"day" date NOT NULL,
	"survey" text NOT NULL,
	"channel" text NOT NULL,
	"segment" text NOT NULL,
	"region" text NOT NULL,
	"product" text NOT NULL,
	"language" text NOT NULL,
	"touchpoint" text NOT NULL,
	"score" integer NOT NULL,
	"weight" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pipeline_marks" (
	"stage" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"organization_id" text NOT NULL,
	"version" integer NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pipeline_marks_pk" PRIMARY KEY("stage","subject_id")
);
--> statement-breakpoint
CREATE TABLE "pipeline_outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pipeline_outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"organization_id" text NOT NULL,
	"topic" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"leased_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "feedback_items" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "rollup_contributions" ADD CONSTRAINT "rollup_contributions_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rollup_contributions_org_day_idx" ON "rollup_contributions" USING btree ("organization_id","day");--> statement-breakpoint
CREATE INDEX "pipeline_marks_org_idx" ON "pipeline_marks" USING btree ("organization_id");