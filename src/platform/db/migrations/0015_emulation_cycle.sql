CREATE TABLE "emulation_conferences" (
	"id" uuid PRIMARY KEY NOT NULL,
	"block_id" uuid NOT NULL,
	"edition" integer,
	"year" integer NOT NULL,
	"host_unit_id" uuid,
	"held_on" date NOT NULL,
	"place" text,
	"title" text NOT NULL,
	"agenda" jsonb NOT NULL,
	"attendees" jsonb NOT NULL,
	"documents" jsonb NOT NULL,
	"conclusions" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_conferences_edition" UNIQUE("block_id","edition")
);
--> statement-breakpoint
CREATE TABLE "emulation_movements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"block_id" uuid,
	"unit_id" uuid,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"authority" text NOT NULL,
	"decision_no" text,
	"decision_date" date,
	"goals" text NOT NULL,
	"scope" text NOT NULL,
	"criteria" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"phases" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_movements_kind" CHECK ("emulation_movements"."kind" in ('regular','thematic')),
	CONSTRAINT "emulation_movements_owner" CHECK ("emulation_movements"."block_id" is not null or "emulation_movements"."unit_id" is not null),
	CONSTRAINT "emulation_movements_dates" CHECK ("emulation_movements"."ends_on" is null or "emulation_movements"."ends_on" >= "emulation_movements"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "emulation_pact_targets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pact_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"targets" jsonb NOT NULL,
	"registered_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_pact_targets_key" UNIQUE("pact_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "emulation_pacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"block_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"content" text NOT NULL,
	"signed_on" date,
	"signed_place" text,
	"signed_by_unit_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_pacts_key" UNIQUE("block_id","year")
);
--> statement-breakpoint
CREATE TABLE "emulation_registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pact_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"person_id" uuid,
	"collective_unit_id" uuid,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_registrations_subject" CHECK ("emulation_registrations"."subject_kind" in ('individual','collective')),
	CONSTRAINT "emulation_registrations_who" CHECK (("emulation_registrations"."subject_kind" = 'individual' and "emulation_registrations"."person_id" is not null and "emulation_registrations"."collective_unit_id" is null)
        or ("emulation_registrations"."subject_kind" = 'collective' and "emulation_registrations"."collective_unit_id" is not null and "emulation_registrations"."person_id" is null))
);
--> statement-breakpoint
ALTER TABLE "emulation_conferences" ADD CONSTRAINT "emulation_conferences_block_id_emulation_blocks_id_fk" FOREIGN KEY ("block_id") REFERENCES "public"."emulation_blocks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_conferences" ADD CONSTRAINT "emulation_conferences_host_unit_id_emulation_units_id_fk" FOREIGN KEY ("host_unit_id") REFERENCES "public"."emulation_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_movements" ADD CONSTRAINT "emulation_movements_block_id_emulation_blocks_id_fk" FOREIGN KEY ("block_id") REFERENCES "public"."emulation_blocks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_movements" ADD CONSTRAINT "emulation_movements_unit_id_emulation_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."emulation_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_pact_targets" ADD CONSTRAINT "emulation_pact_targets_pact_id_emulation_pacts_id_fk" FOREIGN KEY ("pact_id") REFERENCES "public"."emulation_pacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_pact_targets" ADD CONSTRAINT "emulation_pact_targets_unit_id_emulation_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."emulation_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_pacts" ADD CONSTRAINT "emulation_pacts_block_id_emulation_blocks_id_fk" FOREIGN KEY ("block_id") REFERENCES "public"."emulation_blocks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_pacts" ADD CONSTRAINT "emulation_pacts_signed_by_unit_id_emulation_units_id_fk" FOREIGN KEY ("signed_by_unit_id") REFERENCES "public"."emulation_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_registrations" ADD CONSTRAINT "emulation_registrations_pact_id_emulation_pacts_id_fk" FOREIGN KEY ("pact_id") REFERENCES "public"."emulation_pacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_registrations" ADD CONSTRAINT "emulation_registrations_unit_id_emulation_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."emulation_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_registrations" ADD CONSTRAINT "emulation_registrations_person_id_emulation_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."emulation_people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_registrations" ADD CONSTRAINT "emulation_registrations_collective_unit_id_emulation_units_id_fk" FOREIGN KEY ("collective_unit_id") REFERENCES "public"."emulation_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "emulation_conferences_block" ON "emulation_conferences" USING btree ("block_id","year");--> statement-breakpoint
CREATE INDEX "emulation_movements_block" ON "emulation_movements" USING btree ("block_id");--> statement-breakpoint
CREATE INDEX "emulation_registrations_pact" ON "emulation_registrations" USING btree ("pact_id","unit_id");
--> statement-breakpoint
COMMENT ON TABLE emulation_conferences IS 'Conferences of a block or the Club of the northern Boards (Club conferences are numbered: the 18th in 2022)';--> statement-breakpoint
COMMENT ON COLUMN emulation_conferences.id IS 'Conference id';--> statement-breakpoint
COMMENT ON COLUMN emulation_conferences.block_id IS 'The block or Club';--> statement-breakpoint
COMMENT ON COLUMN emulation_conferences.edition IS 'Edition number (lan thu); null for an unnumbered meeting';--> statement-breakpoint
COMMENT ON COLUMN emulation_conferences.year IS 'Emulation year the conference closes or belongs to';--> statement-breakpoint
COMMENT ON COLUMN emulation_conferences.host_unit_id IS 'Host unit';--> statement-breakpoint
COMMENT ON COLUMN emulation_conferences.held_on IS 'Date held';--> statement-breakpoint
COMMENT ON COLUMN emulation_conferences.place IS 'Place';--> statement-breakpoint
COMMENT ON COLUMN emulation_conferences.title IS 'Title as in the invitation';--> statement-breakpoint
COMMENT ON COLUMN emulation_conferences.agenda IS 'Agenda items in order: [{time?, item}]';--> statement-breakpoint
COMMENT ON COLUMN emulation_conferences.attendees IS 'Attendees: [{unitId?, name, position?, organisation}]';--> statement-breakpoint
COMMENT ON COLUMN emulation_conferences.documents IS 'Documents: [{kind, number?, date?, title}]';--> statement-breakpoint
COMMENT ON COLUMN emulation_conferences.conclusions IS 'Conclusions text (paragraphs separated by blank lines); printed as PDF';--> statement-breakpoint
COMMENT ON COLUMN emulation_conferences.created_at IS 'When the row was created';--> statement-breakpoint
COMMENT ON COLUMN emulation_conferences.updated_at IS 'When the row last changed';--> statement-breakpoint
COMMENT ON TABLE emulation_movements IS 'Emulation movements (phong trao thi dua), regular or thematic, with their phases (Law 2022 Art. 16-18)';--> statement-breakpoint
COMMENT ON COLUMN emulation_movements.id IS 'Movement id';--> statement-breakpoint
COMMENT ON COLUMN emulation_movements.block_id IS 'Block it runs in';--> statement-breakpoint
COMMENT ON COLUMN emulation_movements.unit_id IS 'Unit running its own movement (when no block)';--> statement-breakpoint
COMMENT ON COLUMN emulation_movements.kind IS 'regular (thuong xuyen) | thematic (chuyen de)';--> statement-breakpoint
COMMENT ON COLUMN emulation_movements.name IS 'Name of the movement';--> statement-breakpoint
COMMENT ON COLUMN emulation_movements.authority IS 'Launching authority as written';--> statement-breakpoint
COMMENT ON COLUMN emulation_movements.decision_no IS 'Number of the launching document';--> statement-breakpoint
COMMENT ON COLUMN emulation_movements.decision_date IS 'Date of the launching document';--> statement-breakpoint
COMMENT ON COLUMN emulation_movements.goals IS 'Goals';--> statement-breakpoint
COMMENT ON COLUMN emulation_movements.scope IS 'Scope and subjects';--> statement-breakpoint
COMMENT ON COLUMN emulation_movements.criteria IS 'Criteria text as launched';--> statement-breakpoint
COMMENT ON COLUMN emulation_movements.starts_on IS 'Start date';--> statement-breakpoint
COMMENT ON COLUMN emulation_movements.ends_on IS 'End date; null while open-ended';--> statement-breakpoint
COMMENT ON COLUMN emulation_movements.phases IS 'Phases: [{kind: launch | mid_term | final, on, note?}]';--> statement-breakpoint
COMMENT ON COLUMN emulation_movements.created_at IS 'When the row was created';--> statement-breakpoint
COMMENT ON COLUMN emulation_movements.updated_at IS 'When the row last changed';--> statement-breakpoint
COMMENT ON TABLE emulation_pacts IS 'A block emulation pact (giao uoc thi dua) for one year, signed at the block meeting';--> statement-breakpoint
COMMENT ON COLUMN emulation_pacts.id IS 'Pact id';--> statement-breakpoint
COMMENT ON COLUMN emulation_pacts.block_id IS 'The block';--> statement-breakpoint
COMMENT ON COLUMN emulation_pacts.year IS 'Pact year';--> statement-breakpoint
COMMENT ON COLUMN emulation_pacts.content IS 'Common content all members commit to';--> statement-breakpoint
COMMENT ON COLUMN emulation_pacts.signed_on IS 'Signing date; null while open for registration';--> statement-breakpoint
COMMENT ON COLUMN emulation_pacts.signed_place IS 'Where it was signed';--> statement-breakpoint
COMMENT ON COLUMN emulation_pacts.signed_by_unit_id IS 'Leader unit that signed on behalf of the block';--> statement-breakpoint
COMMENT ON COLUMN emulation_pacts.created_at IS 'When the row was created';--> statement-breakpoint
COMMENT ON COLUMN emulation_pacts.updated_at IS 'When the row last changed';--> statement-breakpoint
COMMENT ON TABLE emulation_pact_targets IS 'Targets a member registered in a pact';--> statement-breakpoint
COMMENT ON COLUMN emulation_pact_targets.id IS 'Row id';--> statement-breakpoint
COMMENT ON COLUMN emulation_pact_targets.pact_id IS 'The pact';--> statement-breakpoint
COMMENT ON COLUMN emulation_pact_targets.unit_id IS 'The member unit';--> statement-breakpoint
COMMENT ON COLUMN emulation_pact_targets.targets IS 'Targets: [{item, value?, unit?}]';--> statement-breakpoint
COMMENT ON COLUMN emulation_pact_targets.registered_on IS 'Day registered (last change)';--> statement-breakpoint
COMMENT ON COLUMN emulation_pact_targets.created_at IS 'When the row was created';--> statement-breakpoint
COMMENT ON COLUMN emulation_pact_targets.updated_at IS 'When the row last changed';--> statement-breakpoint
COMMENT ON TABLE emulation_registrations IS 'Registrations of individuals and collectives for titles in a pact year';--> statement-breakpoint
COMMENT ON COLUMN emulation_registrations.id IS 'Registration id';--> statement-breakpoint
COMMENT ON COLUMN emulation_registrations.pact_id IS 'The pact';--> statement-breakpoint
COMMENT ON COLUMN emulation_registrations.unit_id IS 'Member unit registering';--> statement-breakpoint
COMMENT ON COLUMN emulation_registrations.subject_kind IS 'individual | collective';--> statement-breakpoint
COMMENT ON COLUMN emulation_registrations.person_id IS 'The person (individual)';--> statement-breakpoint
COMMENT ON COLUMN emulation_registrations.collective_unit_id IS 'The collective: the unit or one of its departments';--> statement-breakpoint
COMMENT ON COLUMN emulation_registrations.title IS 'Title code (lao_dong_tien_tien, chien_si_thi_dua_co_so, ...)';--> statement-breakpoint
COMMENT ON COLUMN emulation_registrations.created_at IS 'When the row was created';--> statement-breakpoint
COMMENT ON COLUMN emulation_registrations.updated_at IS 'When the row last changed';--> statement-breakpoint
SELECT require_audit(t) FROM unnest(ARRAY['emulation_conferences', 'emulation_movements', 'emulation_pacts', 'emulation_pact_targets', 'emulation_registrations']::regclass[]) AS t;
