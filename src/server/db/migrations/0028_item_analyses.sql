CREATE TABLE "item_analyses" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"sentiment_label" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"analysis" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "item_analyses" ADD CONSTRAINT "item_analyses_item_id_feedback_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."feedback_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "item_analyses_org_time_idx" ON "item_analyses" USING btree ("organization_id","occurred_at");--> statement-breakpoint
-- Analyses stored so far move to their own table before the column goes (feedback_items.analysis
-- rewrote the whole item row, and every index of it, for each analysed comment).
INSERT INTO "item_analyses" ("item_id", "organization_id", "sentiment_label", "occurred_at", "analysis")
SELECT "id", "organization_id", "analysis"->>'sentimentLabel', "occurred_at", "analysis"
FROM "feedback_items"
WHERE "analysis" ? 'sentimentLabel';--> statement-breakpoint
ALTER TABLE "feedback_items" DROP COLUMN "analysis";