CREATE TABLE "report_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"actor_role" text,
	"reason" text,
	"field_reasons" jsonb,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "report_reopenings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"type_id" text NOT NULL,
	"period" text NOT NULL,
	"project_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"open_until" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" bigserial NOT NULL,
	"type_id" text NOT NULL,
	"form_code" text NOT NULL,
	"type_version" text NOT NULL,
	"period" text NOT NULL,
	"project_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"status" text NOT NULL,
	"ever_submitted" boolean DEFAULT false NOT NULL,
	"first_submitted_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"currency" text NOT NULL,
	"realised_capital" numeric(22, 2),
	"revenue" numeric(22, 2),
	"profit" numeric(22, 2),
	"rnd_spending" numeric(22, 2),
	"export_usd" numeric(22, 2),
	"import_usd" numeric(22, 2),
	"budget_vnd" numeric(22, 2),
	"workers_domestic" integer,
	"workers_foreign" integer,
	"workers_female" integer,
	"operating" boolean,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"confirmations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reports_number_unique" UNIQUE("number"),
	CONSTRAINT "reports_one_per_period" UNIQUE("type_id","period","project_id"),
	CONSTRAINT "reports_status" CHECK ("reports"."status" in ('draft','pending','accepted','revision_requested')),
	CONSTRAINT "reports_currency" CHECK ("reports"."currency" in ('USD','VND')),
	CONSTRAINT "reports_non_negative" CHECK (coalesce("reports"."realised_capital",0) >= 0 and coalesce("reports"."revenue",0) >= 0 and coalesce("reports"."export_usd",0) >= 0 and coalesce("reports"."import_usd",0) >= 0 and coalesce("reports"."budget_vnd",0) >= 0 and coalesce("reports"."workers_domestic",0) >= 0 and coalesce("reports"."workers_foreign",0) >= 0 and coalesce("reports"."workers_female",0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "form_submission_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"submission_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"actor_role" text,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "form_submissions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" bigserial NOT NULL,
	"form_code" text NOT NULL,
	"period" text NOT NULL,
	"province_code" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"prepared_by" uuid,
	"approved_by" uuid,
	"sent_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "form_submissions_number_unique" UNIQUE("number"),
	CONSTRAINT "form_submissions_version" UNIQUE("form_code","period","province_code","version"),
	CONSTRAINT "form_submissions_status" CHECK ("form_submissions"."status" in ('draft','pending','sent','accepted','revision_requested'))
);
--> statement-breakpoint
CREATE TABLE "park_infrastructure_progress" (
	"id" uuid PRIMARY KEY NOT NULL,
	"park_id" uuid NOT NULL,
	"as_of" date NOT NULL,
	"completion_pct" numeric(5, 2) NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "park_infrastructure_progress_key" UNIQUE("park_id","as_of"),
	CONSTRAINT "park_infrastructure_progress_range" CHECK ("park_infrastructure_progress"."completion_pct" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "park_land_values" DROP CONSTRAINT "park_land_values_measure";--> statement-breakpoint
ALTER TABLE "certificate_events" ADD COLUMN "origin_after" text;--> statement-breakpoint
ALTER TABLE "certificate_events" ADD COLUMN "partner_after" text;--> statement-breakpoint
ALTER TABLE "certificate_events" ADD COLUMN "capital_usd" numeric(22, 2);--> statement-breakpoint
ALTER TABLE "certificate_events" ADD COLUMN "capital_vnd" numeric(22, 2);--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "special_zone_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "operation_started_on" date;--> statement-breakpoint
ALTER TABLE "report_events" ADD CONSTRAINT "report_events_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_submission_events" ADD CONSTRAINT "form_submission_events_submission_id_form_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."form_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "park_infrastructure_progress" ADD CONSTRAINT "park_infrastructure_progress_park_id_industrial_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."industrial_parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_events_report" ON "report_events" USING btree ("report_id","at");--> statement-breakpoint
CREATE INDEX "report_reopenings_key" ON "report_reopenings" USING btree ("project_id","type_id","period");--> statement-breakpoint
CREATE INDEX "reports_period_status" ON "reports" USING btree ("period","status");--> statement-breakpoint
CREATE INDEX "reports_project" ON "reports" USING btree ("project_id","period");--> statement-breakpoint
CREATE INDEX "reports_enterprise" ON "reports" USING btree ("enterprise_id","period");--> statement-breakpoint
CREATE INDEX "form_submission_events_submission" ON "form_submission_events" USING btree ("submission_id","at");--> statement-breakpoint
CREATE INDEX "form_submissions_period" ON "form_submissions" USING btree ("period","form_code");--> statement-breakpoint
ALTER TABLE "park_land_values" ADD CONSTRAINT "park_land_values_measure" CHECK ("park_land_values"."measure" in ('planned','established','industrial','leased','handed_over'));--> statement-breakpoint
-- Links across modules (see 0003_registry_links.sql).
ALTER TABLE reports ADD CONSTRAINT reports_project_fk FOREIGN KEY (project_id) REFERENCES projects(id);
--> statement-breakpoint
ALTER TABLE reports ADD CONSTRAINT reports_enterprise_fk FOREIGN KEY (enterprise_id) REFERENCES enterprises(id);
--> statement-breakpoint
ALTER TABLE report_reopenings ADD CONSTRAINT report_reopenings_project_fk FOREIGN KEY (project_id) REFERENCES projects(id);
--> statement-breakpoint
ALTER TABLE projects ADD CONSTRAINT projects_special_zone_fk FOREIGN KEY (special_zone_id) REFERENCES special_zones(id);
--> statement-breakpoint
-- Every business table refuses a transaction that wrote it without an audit row (0001_audit_guards.sql).
SELECT require_audit(t) FROM unnest(ARRAY['reports', 'report_events', 'report_reopenings', 'form_submissions', 'form_submission_events', 'park_infrastructure_progress']::regclass[]) AS t;
