CREATE TABLE "sentiment_verdicts" (
	"organization_id" text NOT NULL,
	"item_id" uuid PRIMARY KEY NOT NULL,
	"verdict" text NOT NULL,
	"label" text NOT NULL,
	"analyser_label" text NOT NULL,
	"analyser" text,
	"by_user_id" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "sentiment_verdicts_verdict_check" CHECK ("sentiment_verdicts"."verdict" in ('agree', 'correct')),
	CONSTRAINT "sentiment_verdicts_label_check" CHECK ("sentiment_verdicts"."label" in ('positive', 'neutral', 'negative'))
);
--> statement-breakpoint
CREATE TABLE "theme_verdicts" (
	"organization_id" text NOT NULL,
	"item_id" uuid NOT NULL,
	"theme_id" text NOT NULL,
	"verdict" text NOT NULL,
	"analyser" text,
	"by_user_id" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "theme_verdicts_item_id_theme_id_pk" PRIMARY KEY("item_id","theme_id"),
	CONSTRAINT "theme_verdicts_verdict_check" CHECK ("theme_verdicts"."verdict" in ('agree', 'disagree'))
);
--> statement-breakpoint
ALTER TABLE "sentiment_verdicts" ADD CONSTRAINT "sentiment_verdicts_item_id_feedback_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."feedback_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sentiment_verdicts" ADD CONSTRAINT "sentiment_verdicts_by_user_id_user_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_verdicts" ADD CONSTRAINT "theme_verdicts_item_id_feedback_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."feedback_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_verdicts" ADD CONSTRAINT "theme_verdicts_by_user_id_user_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sentiment_verdicts_org_idx" ON "sentiment_verdicts" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "theme_verdicts_org_theme_idx" ON "theme_verdicts" USING btree ("organization_id","theme_id");