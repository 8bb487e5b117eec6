CREATE TABLE "eco_report_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eco_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"form" text NOT NULL,
	"type_version" text NOT NULL,
	"year" integer NOT NULL,
	"park_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"status" text NOT NULL,
	"values" jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"revision_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eco_reports_one" UNIQUE("form","year","park_id","enterprise_id"),
	CONSTRAINT "eco_reports_status" CHECK ("eco_reports"."status" in ('draft', 'submitted', 'accepted', 'revision_requested'))
);
--> statement-breakpoint
ALTER TABLE "eco_report_events" ADD CONSTRAINT "eco_report_events_report_id_eco_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."eco_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "eco_report_events_report" ON "eco_report_events" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "eco_reports_park" ON "eco_reports" USING btree ("park_id");--> statement-breakpoint
SELECT require_audit('eco_reports');--> statement-breakpoint
SELECT require_audit('eco_report_events');
