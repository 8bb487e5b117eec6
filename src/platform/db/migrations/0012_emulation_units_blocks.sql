CREATE TABLE "emulation_block_years" (
	"id" uuid PRIMARY KEY NOT NULL,
	"block_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"rotation_basis" text,
	"conference_host_unit_id" uuid,
	"conference_on" date,
	"conference_place" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_block_years_key" UNIQUE("block_id","year")
);
--> statement-breakpoint
CREATE TABLE "emulation_blocks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"organiser_kind" text NOT NULL,
	"organiser_unit_id" uuid,
	"organiser_admin_unit_id" text,
	"member_kind" text NOT NULL,
	"founded_on" date,
	"dissolved_on" date,
	"basis" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_blocks_code_unique" UNIQUE("code"),
	CONSTRAINT "emulation_blocks_kind" CHECK ("emulation_blocks"."kind" in ('block','cluster','club')),
	CONSTRAINT "emulation_blocks_member_kind" CHECK ("emulation_blocks"."member_kind" in ('boards','enterprises')),
	CONSTRAINT "emulation_blocks_organiser" CHECK (("emulation_blocks"."organiser_kind" = 'ministry')
        or ("emulation_blocks"."organiser_kind" = 'board' and "emulation_blocks"."organiser_unit_id" is not null)
        or ("emulation_blocks"."organiser_kind" = 'province' and "emulation_blocks"."organiser_admin_unit_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "emulation_memberships" (
	"id" uuid PRIMARY KEY NOT NULL,
	"block_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"role" text NOT NULL,
	"joined_on" date,
	"left_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_memberships_key" UNIQUE("block_id","year","unit_id"),
	CONSTRAINT "emulation_memberships_role" CHECK ("emulation_memberships"."role" in ('leader','deputy','member')),
	CONSTRAINT "emulation_memberships_year" CHECK ("emulation_memberships"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "emulation_people" (
	"id" uuid PRIMARY KEY NOT NULL,
	"full_name" text NOT NULL,
	"gender" text,
	"birth_year" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "emulation_positions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_positions_dates" CHECK ("emulation_positions"."valid_to" is null or "emulation_positions"."valid_to" >= "emulation_positions"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "emulation_units" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"admin_unit_id" text,
	"parent_id" uuid,
	"enterprise_id" uuid,
	"successor_id" uuid,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_units_code_unique" UNIQUE("code"),
	CONSTRAINT "emulation_units_kind" CHECK ("emulation_units"."kind" in ('board','board_department','ministry_department','enterprise')),
	CONSTRAINT "emulation_units_dates" CHECK ("emulation_units"."valid_to" is null or "emulation_units"."valid_to" >= "emulation_units"."valid_from"),
	CONSTRAINT "emulation_units_links" CHECK (("emulation_units"."kind" <> 'board' or "emulation_units"."admin_unit_id" is not null)
        and ("emulation_units"."kind" <> 'board_department' or "emulation_units"."parent_id" is not null)
        and ("emulation_units"."kind" <> 'enterprise' or "emulation_units"."enterprise_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "emulation_block_years" ADD CONSTRAINT "emulation_block_years_block_id_emulation_blocks_id_fk" FOREIGN KEY ("block_id") REFERENCES "public"."emulation_blocks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_block_years" ADD CONSTRAINT "emulation_block_years_conference_host_unit_id_emulation_units_id_fk" FOREIGN KEY ("conference_host_unit_id") REFERENCES "public"."emulation_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_blocks" ADD CONSTRAINT "emulation_blocks_organiser_unit_id_emulation_units_id_fk" FOREIGN KEY ("organiser_unit_id") REFERENCES "public"."emulation_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_memberships" ADD CONSTRAINT "emulation_memberships_block_id_emulation_blocks_id_fk" FOREIGN KEY ("block_id") REFERENCES "public"."emulation_blocks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_memberships" ADD CONSTRAINT "emulation_memberships_unit_id_emulation_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."emulation_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_positions" ADD CONSTRAINT "emulation_positions_person_id_emulation_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."emulation_people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_positions" ADD CONSTRAINT "emulation_positions_unit_id_emulation_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."emulation_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_memberships_one_leader" ON "emulation_memberships" USING btree ("block_id","year") WHERE "emulation_memberships"."role" = 'leader';--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_memberships_one_deputy" ON "emulation_memberships" USING btree ("block_id","year") WHERE "emulation_memberships"."role" = 'deputy';--> statement-breakpoint
CREATE INDEX "emulation_memberships_unit" ON "emulation_memberships" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "emulation_positions_person" ON "emulation_positions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "emulation_positions_unit" ON "emulation_positions" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "emulation_units_admin_unit" ON "emulation_units" USING btree ("admin_unit_id");--> statement-breakpoint
CREATE INDEX "emulation_units_parent" ON "emulation_units" USING btree ("parent_id");--> statement-breakpoint
-- Links to other modules' tables and within the unit tree, declared here so the TypeScript modules stay independent.
ALTER TABLE emulation_units ADD CONSTRAINT emulation_units_admin_unit_fk FOREIGN KEY (admin_unit_id) REFERENCES geo_admin_units(id);
--> statement-breakpoint
ALTER TABLE emulation_units ADD CONSTRAINT emulation_units_enterprise_fk FOREIGN KEY (enterprise_id) REFERENCES enterprises(id);
--> statement-breakpoint
ALTER TABLE emulation_units ADD CONSTRAINT emulation_units_parent_fk FOREIGN KEY (parent_id) REFERENCES emulation_units(id);
--> statement-breakpoint
ALTER TABLE emulation_units ADD CONSTRAINT emulation_units_successor_fk FOREIGN KEY (successor_id) REFERENCES emulation_units(id);
--> statement-breakpoint
ALTER TABLE emulation_blocks ADD CONSTRAINT emulation_blocks_organiser_admin_unit_fk FOREIGN KEY (organiser_admin_unit_id) REFERENCES geo_admin_units(id);
--> statement-breakpoint
COMMENT ON TABLE emulation_units IS 'Units taking part in emulation: provincial IZ/EZ Boards, their departments, ministry departments, enterprises of the registry';--> statement-breakpoint
COMMENT ON COLUMN emulation_units.id IS 'Unit id';--> statement-breakpoint
COMMENT ON COLUMN emulation_units.code IS 'Stable key for seeds and imports, e.g. board:63:27 (Bac Ninh Board before the 2025 merger)';--> statement-breakpoint
COMMENT ON COLUMN emulation_units.kind IS 'board | board_department | ministry_department | enterprise';--> statement-breakpoint
COMMENT ON COLUMN emulation_units.name IS 'Full Vietnamese name of the unit';--> statement-breakpoint
COMMENT ON COLUMN emulation_units.short_name IS 'Short name shown in tables (e.g. BQL Bac Ninh)';--> statement-breakpoint
COMMENT ON COLUMN emulation_units.admin_unit_id IS 'Province (geo_admin_units id of its edition, 63:27 or 34:24) a Board works for; required for boards';--> statement-breakpoint
COMMENT ON COLUMN emulation_units.parent_id IS 'The Board a department belongs to; required for board_department';--> statement-breakpoint
COMMENT ON COLUMN emulation_units.enterprise_id IS 'Registry enterprise; required for kind enterprise';--> statement-breakpoint
COMMENT ON COLUMN emulation_units.successor_id IS 'Unit that took this one over (a Board merged into the new province Board on 2025-07-01)';--> statement-breakpoint
COMMENT ON COLUMN emulation_units.valid_from IS 'First day the unit exists';--> statement-breakpoint
COMMENT ON COLUMN emulation_units.valid_to IS 'Last day the unit exists, inclusive; null while it exists';--> statement-breakpoint
COMMENT ON COLUMN emulation_units.created_at IS 'When the row was created';--> statement-breakpoint
COMMENT ON COLUMN emulation_units.updated_at IS 'When the row last changed (optimistic concurrency)';--> statement-breakpoint
COMMENT ON TABLE emulation_people IS 'Staff who register for titles, are honoured or compete at sports festivals';--> statement-breakpoint
COMMENT ON COLUMN emulation_people.id IS 'Person id';--> statement-breakpoint
COMMENT ON COLUMN emulation_people.full_name IS 'Full name as on the appointment decision';--> statement-breakpoint
COMMENT ON COLUMN emulation_people.gender IS 'female | male (sports events are held per gender class); null if unknown';--> statement-breakpoint
COMMENT ON COLUMN emulation_people.birth_year IS 'Year of birth (sports age classes); null if unknown';--> statement-breakpoint
COMMENT ON COLUMN emulation_people.created_at IS 'When the row was created';--> statement-breakpoint
COMMENT ON COLUMN emulation_people.updated_at IS 'When the row last changed';--> statement-breakpoint
COMMENT ON TABLE emulation_positions IS 'A person''s unit and position over time';--> statement-breakpoint
COMMENT ON COLUMN emulation_positions.id IS 'Position row id';--> statement-breakpoint
COMMENT ON COLUMN emulation_positions.person_id IS 'The person';--> statement-breakpoint
COMMENT ON COLUMN emulation_positions.unit_id IS 'The unit the person worked for';--> statement-breakpoint
COMMENT ON COLUMN emulation_positions.title IS 'Position title as written in the appointment (Truong ban, Chuyen vien...)';--> statement-breakpoint
COMMENT ON COLUMN emulation_positions.valid_from IS 'First day in this unit and position';--> statement-breakpoint
COMMENT ON COLUMN emulation_positions.valid_to IS 'Last day, inclusive; null while current';--> statement-breakpoint
COMMENT ON COLUMN emulation_positions.created_at IS 'When the row was created';--> statement-breakpoint
COMMENT ON COLUMN emulation_positions.updated_at IS 'When the row last changed';--> statement-breakpoint
COMMENT ON TABLE emulation_blocks IS 'Emulation blocks and clusters (khoi, cum thi dua) and the Club of northern Boards';--> statement-breakpoint
COMMENT ON COLUMN emulation_blocks.id IS 'Block id';--> statement-breakpoint
COMMENT ON COLUMN emulation_blocks.code IS 'Stable key for seeds, e.g. khoi-dbsh';--> statement-breakpoint
COMMENT ON COLUMN emulation_blocks.kind IS 'block (khoi) | cluster (cum) | club (Cau lac bo)';--> statement-breakpoint
COMMENT ON COLUMN emulation_blocks.name IS 'Full Vietnamese name';--> statement-breakpoint
COMMENT ON COLUMN emulation_blocks.organiser_kind IS 'Who organises and steers it: ministry (its emulation council) | province | board';--> statement-breakpoint
COMMENT ON COLUMN emulation_blocks.organiser_unit_id IS 'Organising Board when organiser_kind = board';--> statement-breakpoint
COMMENT ON COLUMN emulation_blocks.organiser_admin_unit_id IS 'Organising province when organiser_kind = province';--> statement-breakpoint
COMMENT ON COLUMN emulation_blocks.member_kind IS 'boards | enterprises: what its members are';--> statement-breakpoint
COMMENT ON COLUMN emulation_blocks.founded_on IS 'Founding date, if known';--> statement-breakpoint
COMMENT ON COLUMN emulation_blocks.dissolved_on IS 'Dissolution date; null while active';--> statement-breakpoint
COMMENT ON COLUMN emulation_blocks.basis IS 'Founding decision or other basis, and how far it is verified';--> statement-breakpoint
COMMENT ON COLUMN emulation_blocks.created_at IS 'When the row was created';--> statement-breakpoint
COMMENT ON COLUMN emulation_blocks.updated_at IS 'When the row last changed';--> statement-breakpoint
COMMENT ON TABLE emulation_memberships IS 'A unit''s membership of a block in one year with its role that year (rotation history)';--> statement-breakpoint
COMMENT ON COLUMN emulation_memberships.id IS 'Membership row id';--> statement-breakpoint
COMMENT ON COLUMN emulation_memberships.block_id IS 'The block';--> statement-breakpoint
COMMENT ON COLUMN emulation_memberships.unit_id IS 'The member unit';--> statement-breakpoint
COMMENT ON COLUMN emulation_memberships.year IS 'Emulation year';--> statement-breakpoint
COMMENT ON COLUMN emulation_memberships.role IS 'leader (khoi truong) | deputy (khoi pho) | member; one leader and one deputy per block and year';--> statement-breakpoint
COMMENT ON COLUMN emulation_memberships.joined_on IS 'Joined during the year (null: from the start of the year)';--> statement-breakpoint
COMMENT ON COLUMN emulation_memberships.left_on IS 'Left during the year, last day (null: member at the year end)';--> statement-breakpoint
COMMENT ON COLUMN emulation_memberships.created_at IS 'When the row was created';--> statement-breakpoint
COMMENT ON COLUMN emulation_memberships.updated_at IS 'When the row last changed';--> statement-breakpoint
COMMENT ON TABLE emulation_block_years IS 'A block''s year: the rotation basis and the year-end conference hosted by the year''s leader';--> statement-breakpoint
COMMENT ON COLUMN emulation_block_years.id IS 'Row id';--> statement-breakpoint
COMMENT ON COLUMN emulation_block_years.block_id IS 'The block';--> statement-breakpoint
COMMENT ON COLUMN emulation_block_years.year IS 'Emulation year';--> statement-breakpoint
COMMENT ON COLUMN emulation_block_years.rotation_basis IS 'Minutes or decision that set the year''s leader and deputy';--> statement-breakpoint
COMMENT ON COLUMN emulation_block_years.conference_host_unit_id IS 'Unit hosting the year-end conference (the outgoing leader by default)';--> statement-breakpoint
COMMENT ON COLUMN emulation_block_years.conference_on IS 'Date of the year-end conference';--> statement-breakpoint
COMMENT ON COLUMN emulation_block_years.conference_place IS 'Place of the year-end conference';--> statement-breakpoint
COMMENT ON COLUMN emulation_block_years.created_at IS 'When the row was created';--> statement-breakpoint
COMMENT ON COLUMN emulation_block_years.updated_at IS 'When the row last changed';
--> statement-breakpoint
SELECT require_audit(t) FROM unnest(ARRAY['emulation_units', 'emulation_people', 'emulation_positions', 'emulation_blocks', 'emulation_memberships', 'emulation_block_years']::regclass[]) AS t;
