CREATE TABLE "text_models" (
	"organization_id" text PRIMARY KEY NOT NULL,
	"trained_at" timestamp with time zone NOT NULL,
	"chosen" text NOT NULL,
	"figures" jsonb NOT NULL,
	"model" jsonb
);
