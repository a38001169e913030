CREATE TABLE "org_themes" (
	"organization_id" text NOT NULL,
	"id" text NOT NULL,
	"name_en" text NOT NULL,
	"name_de" text NOT NULL,
	"terms" jsonb NOT NULL,
	"candidate_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "org_themes_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "theme_candidates" (
	"organization_id" text NOT NULL,
	"id" text NOT NULL,
	"name" text,
	"terms" jsonb NOT NULL,
	"examples" jsonb NOT NULL,
	"item_ids" jsonb NOT NULL,
	"size" integer NOT NULL,
	"status" text DEFAULT 'candidate' NOT NULL,
	"run_id" uuid NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"theme_id" text,
	CONSTRAINT "theme_candidates_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "theme_replays" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"status" text NOT NULL,
	"total" integer NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "org_themes" ADD CONSTRAINT "org_themes_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_candidates" ADD CONSTRAINT "theme_candidates_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_replays" ADD CONSTRAINT "theme_replays_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;