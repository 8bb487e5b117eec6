CREATE TABLE "special_zone_wastewater" (
	"id" uuid PRIMARY KEY NOT NULL,
	"special_zone_id" uuid NOT NULL,
	"date" date NOT NULL,
	"status" text NOT NULL,
	"design_capacity" numeric(12, 2),
	"operating_capacity" numeric(12, 2),
	"source" text NOT NULL,
	CONSTRAINT "special_zone_wastewater_key" UNIQUE("special_zone_id","date"),
	CONSTRAINT "special_zone_wastewater_status" CHECK ("special_zone_wastewater"."status" in ('not_built','under_construction','operating'))
);
--> statement-breakpoint
ALTER TABLE "special_zone_wastewater" ADD CONSTRAINT "special_zone_wastewater_special_zone_id_special_zones_id_fk" FOREIGN KEY ("special_zone_id") REFERENCES "public"."special_zones"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
SELECT require_audit('special_zone_wastewater');
