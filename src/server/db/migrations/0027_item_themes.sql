CREATE TABLE "item_themes" (
	"organization_id" text NOT NULL,
	"item_id" uuid NOT NULL,
	"theme_id" text NOT NULL,
	"sentiment" real NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	CONSTRAINT "item_themes_item_id_theme_id_pk" PRIMARY KEY("item_id","theme_id")
);
--> statement-breakpoint
ALTER TABLE "item_themes" ADD CONSTRAINT "item_themes_item_id_feedback_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."feedback_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "item_themes_org_theme_time_idx" ON "item_themes" USING btree ("organization_id","theme_id","occurred_at");