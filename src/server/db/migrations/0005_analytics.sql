CREATE TABLE "metric_rollups" (
	"organization_id" text NOT NULL,
	"metric" text NOT NULL,
	"grain" text NOT NULL,
	"day" date NOT NULL,
	"survey" text DEFAULT '' NOT NULL,
	"channel" text DEFAULT '' NOT NULL,
	"segment" text DEFAULT '' NOT NULL,
	"region" text DEFAULT '' NOT NULL,
	"product" text DEFAULT '' NOT NULL,
	"language" text DEFAULT '' NOT NULL,
	"score" integer NOT NULL,
	"n" integer NOT NULL,
	"weighted_n" integer NOT NULL,
	"sum_weight" double precision NOT NULL,
	"sum_weight_sq" double precision NOT NULL,
	CONSTRAINT "metric_rollups_pk" PRIMARY KEY("organization_id","metric","grain","day","survey","channel","segment","region","product","language","score")
);
--> statement-breakpoint
ALTER TABLE "metric_rollups" ADD CONSTRAINT "metric_rollups_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "metric_rollups_org_day_idx" ON "metric_rollups" USING btree ("organization_id","day");