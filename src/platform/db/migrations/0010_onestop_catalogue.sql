CREATE TABLE "procedure_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"procedure_code" text NOT NULL,
	"version" integer NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"definition" jsonb NOT NULL,
	CONSTRAINT "procedure_versions_key" UNIQUE("procedure_code","version"),
	CONSTRAINT "procedure_versions_dates" CHECK ("procedure_versions"."effective_to" is null or "procedure_versions"."effective_to" >= "procedure_versions"."effective_from")
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"code" text PRIMARY KEY NOT NULL,
	"national_code" text,
	"field" text NOT NULL,
	"search" text NOT NULL,
	"loaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_procedure_code_procedures_code_fk" FOREIGN KEY ("procedure_code") REFERENCES "public"."procedures"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "procedures_search_trgm" ON "procedures" USING gin ("search" gin_trgm_ops);
--> statement-breakpoint
SELECT require_audit(t) FROM unnest(ARRAY['procedures', 'procedure_versions']::regclass[]) AS t;
