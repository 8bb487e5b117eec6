CREATE TABLE "emulation_festival_prizes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"festival_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"event_id" uuid,
	"entry_id" uuid NOT NULL,
	"place" smallint,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_festival_prizes_kind" CHECK ("emulation_festival_prizes"."kind" in ('overall','event','special')),
	CONSTRAINT "emulation_festival_prizes_shape" CHECK (("emulation_festival_prizes"."kind" = 'event') = ("emulation_festival_prizes"."event_id" is not null) and ("emulation_festival_prizes"."kind" = 'special') = ("emulation_festival_prizes"."place" is null))
);
--> statement-breakpoint
ALTER TABLE "emulation_festival_prizes" ADD CONSTRAINT "emulation_festival_prizes_festival_id_emulation_festivals_id_fk" FOREIGN KEY ("festival_id") REFERENCES "public"."emulation_festivals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_festival_prizes" ADD CONSTRAINT "emulation_festival_prizes_event_id_emulation_festival_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."emulation_festival_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_festival_prizes" ADD CONSTRAINT "emulation_festival_prizes_entry_id_emulation_festival_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."emulation_festival_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "emulation_festival_prizes_festival" ON "emulation_festival_prizes" USING btree ("festival_id");--> statement-breakpoint
COMMENT ON TABLE emulation_festival_prizes IS 'Prizes of a sports festival edition: overall places from the team ranking, event places, special prizes';--> statement-breakpoint
SELECT require_audit('emulation_festival_prizes');
