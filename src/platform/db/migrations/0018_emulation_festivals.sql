CREATE TABLE "emulation_festival_athletes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"entry_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_festival_athletes_key" UNIQUE("event_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "emulation_festival_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"festival_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_festival_entries_key" UNIQUE("festival_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "emulation_festival_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"festival_id" uuid NOT NULL,
	"sport" text NOT NULL,
	"name" text NOT NULL,
	"gender" text NOT NULL,
	"age_class" text,
	"counts" boolean NOT NULL,
	"points_per_place" jsonb NOT NULL,
	"scheduled_on" date,
	"venue" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_festival_events_gender" CHECK ("emulation_festival_events"."gender" in ('male','female','mixed'))
);
--> statement-breakpoint
CREATE TABLE "emulation_festival_results" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"place" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_festival_results_key" UNIQUE("event_id","entry_id"),
	CONSTRAINT "emulation_festival_results_place" CHECK ("emulation_festival_results"."place" >= 1)
);
--> statement-breakpoint
CREATE TABLE "emulation_festivals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"block_id" uuid NOT NULL,
	"edition" integer NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"host_unit_id" uuid NOT NULL,
	"next_host_unit_id" uuid,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"place" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_festivals_edition" UNIQUE("block_id","edition"),
	CONSTRAINT "emulation_festivals_dates" CHECK ("emulation_festivals"."ends_on" >= "emulation_festivals"."starts_on")
);
--> statement-breakpoint
ALTER TABLE "emulation_festival_athletes" ADD CONSTRAINT "emulation_festival_athletes_entry_id_emulation_festival_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."emulation_festival_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_festival_athletes" ADD CONSTRAINT "emulation_festival_athletes_event_id_emulation_festival_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."emulation_festival_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_festival_athletes" ADD CONSTRAINT "emulation_festival_athletes_person_id_emulation_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."emulation_people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_festival_entries" ADD CONSTRAINT "emulation_festival_entries_festival_id_emulation_festivals_id_fk" FOREIGN KEY ("festival_id") REFERENCES "public"."emulation_festivals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_festival_entries" ADD CONSTRAINT "emulation_festival_entries_unit_id_emulation_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."emulation_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_festival_events" ADD CONSTRAINT "emulation_festival_events_festival_id_emulation_festivals_id_fk" FOREIGN KEY ("festival_id") REFERENCES "public"."emulation_festivals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_festival_results" ADD CONSTRAINT "emulation_festival_results_event_id_emulation_festival_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."emulation_festival_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_festival_results" ADD CONSTRAINT "emulation_festival_results_entry_id_emulation_festival_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."emulation_festival_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_festivals" ADD CONSTRAINT "emulation_festivals_block_id_emulation_blocks_id_fk" FOREIGN KEY ("block_id") REFERENCES "public"."emulation_blocks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_festivals" ADD CONSTRAINT "emulation_festivals_host_unit_id_emulation_units_id_fk" FOREIGN KEY ("host_unit_id") REFERENCES "public"."emulation_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_festivals" ADD CONSTRAINT "emulation_festivals_next_host_unit_id_emulation_units_id_fk" FOREIGN KEY ("next_host_unit_id") REFERENCES "public"."emulation_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "emulation_festival_events_festival" ON "emulation_festival_events" USING btree ("festival_id");
--> statement-breakpoint
COMMENT ON TABLE emulation_festivals IS 'Sports festivals (hoi thao) of a block: one edition each';--> statement-breakpoint
COMMENT ON COLUMN emulation_festivals.id IS 'Festival id';--> statement-breakpoint
COMMENT ON COLUMN emulation_festivals.block_id IS 'The block holding it';--> statement-breakpoint
COMMENT ON COLUMN emulation_festivals.edition IS 'Edition number (lan thu)';--> statement-breakpoint
COMMENT ON COLUMN emulation_festivals.year IS 'Year held';--> statement-breakpoint
COMMENT ON COLUMN emulation_festivals.name IS 'Name as announced';--> statement-breakpoint
COMMENT ON COLUMN emulation_festivals.host_unit_id IS 'Host unit';--> statement-breakpoint
COMMENT ON COLUMN emulation_festivals.next_host_unit_id IS 'Next edition host as announced (hosting rotates)';--> statement-breakpoint
COMMENT ON COLUMN emulation_festivals.starts_on IS 'First day';--> statement-breakpoint
COMMENT ON COLUMN emulation_festivals.ends_on IS 'Last day';--> statement-breakpoint
COMMENT ON COLUMN emulation_festivals.place IS 'Place';--> statement-breakpoint
COMMENT ON COLUMN emulation_festivals.created_at IS 'When the row was created';--> statement-breakpoint
COMMENT ON COLUMN emulation_festivals.updated_at IS 'When the row last changed';--> statement-breakpoint
COMMENT ON TABLE emulation_festival_events IS 'Events of a festival (sport, gender and age class, counting flag, points per place)';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_events.id IS 'Event id';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_events.festival_id IS 'The festival';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_events.sport IS 'Sport (bong da mini, keo co, cau long...)';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_events.name IS 'Event name as on the programme';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_events.gender IS 'male | female | mixed';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_events.age_class IS 'Age class: null open, U50 under 50, O50 50 or over';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_events.counts IS 'Whether it counts toward the overall team ranking';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_events.points_per_place IS 'Points for 1st, 2nd, 3rd... place (JSON array)';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_events.scheduled_on IS 'Day scheduled';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_events.venue IS 'Venue';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_events.created_at IS 'When the row was created';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_events.updated_at IS 'When the row last changed';--> statement-breakpoint
COMMENT ON TABLE emulation_festival_entries IS 'A member unit team at a festival';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_entries.id IS 'Entry id';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_entries.festival_id IS 'The festival';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_entries.unit_id IS 'The member unit';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_entries.created_at IS 'When the row was created';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_entries.updated_at IS 'When the row last changed';--> statement-breakpoint
COMMENT ON TABLE emulation_festival_athletes IS 'An athlete of a team in one event (staff of the unit on the first day)';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_athletes.id IS 'Row id';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_athletes.entry_id IS 'The team';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_athletes.event_id IS 'The event';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_athletes.person_id IS 'The athlete';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_athletes.created_at IS 'When the row was created';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_athletes.updated_at IS 'When the row last changed';--> statement-breakpoint
COMMENT ON TABLE emulation_festival_results IS 'A team place in an event (1 = first; places may be shared)';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_results.id IS 'Row id';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_results.event_id IS 'The event';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_results.entry_id IS 'The team';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_results.place IS 'Place, 1 = first';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_results.created_at IS 'When the row was created';--> statement-breakpoint
COMMENT ON COLUMN emulation_festival_results.updated_at IS 'When the row last changed';--> statement-breakpoint
SELECT require_audit(t) FROM unnest(ARRAY['emulation_festivals', 'emulation_festival_events', 'emulation_festival_entries', 'emulation_festival_athletes', 'emulation_festival_results']::regclass[]) AS t;
