CREATE TABLE "emulation_assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"subject_kind" text NOT NULL,
	"unit_id" uuid,
	"person_id" uuid,
	"rating" text,
	"initiatives" jsonb NOT NULL,
	"disciplines" jsonb NOT NULL,
	"attestations" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_assessments_unit" UNIQUE("unit_id","year"),
	CONSTRAINT "emulation_assessments_person" UNIQUE("person_id","year"),
	CONSTRAINT "emulation_assessments_subject" CHECK (("emulation_assessments"."subject_kind" = 'individual' and "emulation_assessments"."person_id" is not null and "emulation_assessments"."unit_id" is null)
        or ("emulation_assessments"."subject_kind" = 'collective' and "emulation_assessments"."unit_id" is not null and "emulation_assessments"."person_id" is null)),
	CONSTRAINT "emulation_assessments_rating" CHECK ("emulation_assessments"."rating" is null or "emulation_assessments"."rating" in ('excellent','good','completed','not_completed'))
);
--> statement-breakpoint
CREATE TABLE "emulation_awards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"title_key" text NOT NULL,
	"kind" text NOT NULL,
	"subject_kind" text NOT NULL,
	"unit_id" uuid,
	"person_id" uuid,
	"decision_id" uuid NOT NULL,
	"proposal_id" uuid,
	"achievement" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_awards_kind" CHECK ("emulation_awards"."kind" in ('merit','thematic','ad_hoc','contribution','seniority','foreign')),
	CONSTRAINT "emulation_awards_subject" CHECK (("emulation_awards"."subject_kind" = 'individual' and "emulation_awards"."person_id" is not null and "emulation_awards"."unit_id" is null)
        or ("emulation_awards"."subject_kind" = 'collective' and "emulation_awards"."unit_id" is not null and "emulation_awards"."person_id" is null))
);
--> statement-breakpoint
CREATE TABLE "emulation_ballots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"block_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title_key" text NOT NULL,
	"rule_version_id" text NOT NULL,
	"rule" jsonb NOT NULL,
	"held_on" date NOT NULL,
	"electorate" jsonb NOT NULL,
	"voters" jsonb NOT NULL,
	"invalid" integer NOT NULL,
	"counts" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_ballots_invalid" CHECK ("emulation_ballots"."invalid" >= 0)
);
--> statement-breakpoint
CREATE TABLE "emulation_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"signed_on" date NOT NULL,
	"authority" text NOT NULL,
	"signer_name" text NOT NULL,
	"signer_title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_decisions_number" UNIQUE("number","signed_on")
);
--> statement-breakpoint
CREATE TABLE "emulation_proposals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"block_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title_key" text NOT NULL,
	"rule_version_id" text NOT NULL,
	"subject_kind" text NOT NULL,
	"unit_id" uuid,
	"person_id" uuid,
	"status" text NOT NULL,
	"received_on" date NOT NULL,
	"ballot_id" uuid,
	"eligibility" jsonb NOT NULL,
	"documents" jsonb NOT NULL,
	"achievement" text NOT NULL,
	"decision_id" uuid,
	"rejection_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_proposals_status" CHECK ("emulation_proposals"."status" in ('submitted','decided','rejected')),
	CONSTRAINT "emulation_proposals_subject" CHECK (("emulation_proposals"."subject_kind" = 'individual' and "emulation_proposals"."person_id" is not null and "emulation_proposals"."unit_id" is null)
        or ("emulation_proposals"."subject_kind" = 'collective' and "emulation_proposals"."unit_id" is not null and "emulation_proposals"."person_id" is null))
);
--> statement-breakpoint
CREATE TABLE "emulation_score_cards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"sheet_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"self_entries" jsonb NOT NULL,
	"self_submitted_at" timestamp with time zone,
	"cross_scorer_unit_id" uuid,
	"cross_entries" jsonb NOT NULL,
	"cross_submitted_at" timestamp with time zone,
	"resolutions" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_score_cards_key" UNIQUE("sheet_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "emulation_score_sheets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"block_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"basis" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_score_sheets_key" UNIQUE("block_id","year","version"),
	CONSTRAINT "emulation_score_sheets_version" CHECK ("emulation_score_sheets"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "emulation_assessments" ADD CONSTRAINT "emulation_assessments_unit_id_emulation_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."emulation_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_assessments" ADD CONSTRAINT "emulation_assessments_person_id_emulation_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."emulation_people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_awards" ADD CONSTRAINT "emulation_awards_unit_id_emulation_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."emulation_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_awards" ADD CONSTRAINT "emulation_awards_person_id_emulation_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."emulation_people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_awards" ADD CONSTRAINT "emulation_awards_decision_id_emulation_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."emulation_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_awards" ADD CONSTRAINT "emulation_awards_proposal_id_emulation_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."emulation_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_ballots" ADD CONSTRAINT "emulation_ballots_block_id_emulation_blocks_id_fk" FOREIGN KEY ("block_id") REFERENCES "public"."emulation_blocks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_proposals" ADD CONSTRAINT "emulation_proposals_block_id_emulation_blocks_id_fk" FOREIGN KEY ("block_id") REFERENCES "public"."emulation_blocks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_proposals" ADD CONSTRAINT "emulation_proposals_unit_id_emulation_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."emulation_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_proposals" ADD CONSTRAINT "emulation_proposals_person_id_emulation_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."emulation_people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_proposals" ADD CONSTRAINT "emulation_proposals_ballot_id_emulation_ballots_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."emulation_ballots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_proposals" ADD CONSTRAINT "emulation_proposals_decision_id_emulation_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."emulation_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_score_cards" ADD CONSTRAINT "emulation_score_cards_sheet_id_emulation_score_sheets_id_fk" FOREIGN KEY ("sheet_id") REFERENCES "public"."emulation_score_sheets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_score_cards" ADD CONSTRAINT "emulation_score_cards_unit_id_emulation_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."emulation_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_score_cards" ADD CONSTRAINT "emulation_score_cards_cross_scorer_unit_id_emulation_units_id_fk" FOREIGN KEY ("cross_scorer_unit_id") REFERENCES "public"."emulation_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_score_sheets" ADD CONSTRAINT "emulation_score_sheets_block_id_emulation_blocks_id_fk" FOREIGN KEY ("block_id") REFERENCES "public"."emulation_blocks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "emulation_awards_unit" ON "emulation_awards" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "emulation_awards_person" ON "emulation_awards" USING btree ("person_id","year");--> statement-breakpoint
CREATE INDEX "emulation_ballots_block" ON "emulation_ballots" USING btree ("block_id","year");--> statement-breakpoint
CREATE INDEX "emulation_proposals_block" ON "emulation_proposals" USING btree ("block_id","year");--> statement-breakpoint
CREATE INDEX "emulation_score_cards_unit" ON "emulation_score_cards" USING btree ("unit_id");--> statement-breakpoint
SELECT require_audit(t) FROM unnest(ARRAY['emulation_score_sheets', 'emulation_score_cards', 'emulation_ballots', 'emulation_decisions', 'emulation_proposals', 'emulation_awards', 'emulation_assessments']::regclass[]) AS t;
