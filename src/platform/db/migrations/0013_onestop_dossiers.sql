CREATE TABLE "dossier_code_counters" (
	"agency_code" text NOT NULL,
	"day" date NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "dossier_code_counters_agency_code_day_pk" PRIMARY KEY("agency_code","day"),
	CONSTRAINT "dossier_code_counters_range" CHECK ("dossier_code_counters"."last_seq" between 1 and 9999)
);
--> statement-breakpoint
CREATE TABLE "dossier_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"event_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"mime" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"uploaded_by" uuid,
	CONSTRAINT "dossier_documents_size" CHECK ("dossier_documents"."size_bytes" between 1 and 20971520),
	CONSTRAINT "dossier_documents_format" CHECK ("dossier_documents"."format" in ('pdf', 'docx', 'xlsx', 'jpg', 'png'))
);
--> statement-breakpoint
CREATE TABLE "dossier_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"actor_role" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"reason" text,
	"payload" jsonb NOT NULL,
	CONSTRAINT "dossier_events_seq" UNIQUE("dossier_id","seq")
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"agency_code" text NOT NULL,
	"province_code" text NOT NULL,
	"procedure_code" text NOT NULL,
	"procedure_version_id" uuid NOT NULL,
	"case_key" text NOT NULL,
	"resume_mode" text NOT NULL,
	"subject" text NOT NULL,
	"applicant_enterprise_id" uuid,
	"applicant_name" text NOT NULL,
	"applicant_id_number" text,
	"applicant_phone" text,
	"applicant_email" text,
	"applicant_address" text,
	"channel" text NOT NULL,
	"state" text NOT NULL,
	"unit" text NOT NULL,
	"officer_id" uuid,
	"current_step" text,
	"request" jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"original_due_at" timestamp with time zone,
	"paused_at" timestamp with time zone,
	"extensions" integer DEFAULT 0 NOT NULL,
	"finished_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"result" text,
	"result_note" text,
	"result_ref" jsonb,
	"timeliness" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossiers_code_unique" UNIQUE("code"),
	CONSTRAINT "dossiers_channel" CHECK ("dossiers"."channel" in ('online', 'in_person', 'post')),
	CONSTRAINT "dossiers_resume_mode" CHECK ("dossiers"."resume_mode" in ('restart', 'shift')),
	CONSTRAINT "dossiers_one_extension" CHECK ("dossiers"."extensions" between 0 and 1),
	CONSTRAINT "dossiers_result" CHECK ("dossiers"."result" is null or "dossiers"."result" in ('granted', 'refused'))
);
--> statement-breakpoint
ALTER TABLE "dossier_documents" ADD CONSTRAINT "dossier_documents_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_documents" ADD CONSTRAINT "dossier_documents_event_id_dossier_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."dossier_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_procedure_code_procedures_code_fk" FOREIGN KEY ("procedure_code") REFERENCES "public"."procedures"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_procedure_version_id_procedure_versions_id_fk" FOREIGN KEY ("procedure_version_id") REFERENCES "public"."procedure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_documents_dossier" ON "dossier_documents" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "dossiers_province_state" ON "dossiers" USING btree ("province_code","state","due_at");--> statement-breakpoint
CREATE INDEX "dossiers_enterprise" ON "dossiers" USING btree ("applicant_enterprise_id");--> statement-breakpoint
CREATE INDEX "dossiers_officer" ON "dossiers" USING btree ("officer_id");--> statement-breakpoint
-- Links to other modules' tables are declared here, not in drizzle, so the modules stay independent.
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_applicant_enterprise_fk" FOREIGN KEY ("applicant_enterprise_id") REFERENCES "enterprises"("id");--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_officer_fk" FOREIGN KEY ("officer_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_actor_fk" FOREIGN KEY ("actor_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "dossier_documents" ADD CONSTRAINT "dossier_documents_uploader_fk" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_state" CHECK ("state" in ('submitted', 'supplement_at_receipt', 'refused_at_receipt', 'received', 'in_process', 'supplement_in_process', 'withdrawn', 'stopped', 'decided', 'returned'));--> statement-breakpoint
SELECT require_audit(t) FROM unnest(ARRAY['dossiers', 'dossier_events', 'dossier_documents', 'dossier_code_counters']::regclass[]) AS t;
