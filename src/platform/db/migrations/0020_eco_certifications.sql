CREATE TABLE "eco_certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"park_id" uuid,
	"enterprise_id" uuid,
	"province_code" text NOT NULL,
	"certificate_no" text,
	"certified_on" date NOT NULL,
	"valid_until" date,
	"dossier_id" uuid NOT NULL,
	"dossier_code" text NOT NULL,
	"procedure_code" text NOT NULL,
	"revoked_on" date,
	"revoked_reason" text,
	"revoked_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eco_certifications_kind" CHECK ("eco_certifications"."kind" in ('eco_industrial_park', 'eco_enterprise')),
	CONSTRAINT "eco_certifications_subject" CHECK (("eco_certifications"."kind" = 'eco_industrial_park' and "eco_certifications"."park_id" is not null and "eco_certifications"."enterprise_id" is null) or ("eco_certifications"."kind" = 'eco_enterprise' and "eco_certifications"."enterprise_id" is not null)),
	CONSTRAINT "eco_certifications_validity" CHECK ("eco_certifications"."valid_until" is null or "eco_certifications"."valid_until" >= "eco_certifications"."certified_on"),
	CONSTRAINT "eco_certifications_revocation" CHECK (("eco_certifications"."revoked_on" is null) = ("eco_certifications"."revoked_reason" is null) and ("eco_certifications"."revoked_on" is null or "eco_certifications"."revoked_on" >= "eco_certifications"."certified_on"))
);
--> statement-breakpoint
ALTER TABLE "eco_certifications" ADD CONSTRAINT "eco_certifications_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "eco_certifications_park" ON "eco_certifications" USING btree ("park_id");--> statement-breakpoint
CREATE INDEX "eco_certifications_enterprise" ON "eco_certifications" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "eco_certifications_dossier" ON "eco_certifications" USING btree ("dossier_id");
--> statement-breakpoint
SELECT require_audit('eco_certifications');