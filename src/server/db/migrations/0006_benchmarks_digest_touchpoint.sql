CREATE TABLE "digest_subscriptions" (
	"organization_id" text NOT NULL,
	"user_id" text NOT NULL,
	"last_period" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digest_subscriptions_pk" PRIMARY KEY("organization_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "org_benchmarks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"builtin_id" text,
	"hidden" boolean DEFAULT false NOT NULL,
	"industry" text NOT NULL,
	"metric" text NOT NULL,
	"score" double precision NOT NULL,
	"label" text NOT NULL,
	"source" text NOT NULL,
	"year" integer NOT NULL,
	"method" text NOT NULL,
	"market" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "metric_rollups" ADD COLUMN "touchpoint" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "digest_subscriptions" ADD CONSTRAINT "digest_subscriptions_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_subscriptions" ADD CONSTRAINT "digest_subscriptions_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_benchmarks" ADD CONSTRAINT "org_benchmarks_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "org_benchmarks_org_idx" ON "org_benchmarks" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "org_benchmarks_builtin_idx" ON "org_benchmarks" USING btree ("organization_id","builtin_id");--> statement-breakpoint
ALTER TABLE "metric_rollups" DROP CONSTRAINT "metric_rollups_pk";
--> statement-breakpoint
ALTER TABLE "metric_rollups" ADD CONSTRAINT "metric_rollups_pk" PRIMARY KEY("organization_id","metric","grain","day","survey","channel","segment","region","product","language","touchpoint","score");