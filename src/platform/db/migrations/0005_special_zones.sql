CREATE TABLE "special_zone_areas" (
	"id" uuid PRIMARY KEY NOT NULL,
	"special_zone_id" uuid NOT NULL,
	"measure" text NOT NULL,
	"as_of" date NOT NULL,
	"value_ha" numeric(14, 4) NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "special_zone_areas_key" UNIQUE("special_zone_id","measure","as_of"),
	CONSTRAINT "special_zone_areas_measure" CHECK ("special_zone_areas"."measure" in ('established','industrial','leased')),
	CONSTRAINT "special_zone_areas_positive" CHECK ("special_zone_areas"."value_ha" >= 0)
);
--> statement-breakpoint
CREATE TABLE "special_zone_statuses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"special_zone_id" uuid NOT NULL,
	"date" date NOT NULL,
	"status" text NOT NULL,
	"decision_no" text,
	"source" text NOT NULL,
	CONSTRAINT "special_zone_statuses_key" UNIQUE("special_zone_id","date"),
	CONSTRAINT "special_zone_statuses_status" CHECK ("special_zone_statuses"."status" in ('under_construction','operating','dissolved'))
);
--> statement-breakpoint
CREATE TABLE "special_zones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"zone_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"decision_no" text,
	"decision_date" date,
	"decision_authority" text,
	"plan_decision_no" text,
	"plan_decision_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "special_zones_code_unique" UNIQUE("code"),
	CONSTRAINT "special_zones_kind" CHECK ("special_zones"."kind" in ('non_tariff','free_trade','bonded'))
);
--> statement-breakpoint
ALTER TABLE "economic_zones" ADD COLUMN "lon" numeric(9, 6);--> statement-breakpoint
ALTER TABLE "economic_zones" ADD COLUMN "lat" numeric(9, 6);--> statement-breakpoint
ALTER TABLE "special_zone_areas" ADD CONSTRAINT "special_zone_areas_special_zone_id_special_zones_id_fk" FOREIGN KEY ("special_zone_id") REFERENCES "public"."special_zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "special_zone_statuses" ADD CONSTRAINT "special_zone_statuses_special_zone_id_special_zones_id_fk" FOREIGN KEY ("special_zone_id") REFERENCES "public"."special_zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "special_zones" ADD CONSTRAINT "special_zones_zone_id_economic_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."economic_zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "special_zones_zone" ON "special_zones" USING btree ("zone_id");--> statement-breakpoint
-- Every business table refuses a transaction that wrote it without an audit row (0001_audit_guards.sql).
SELECT require_audit(t) FROM unnest(ARRAY['special_zones', 'special_zone_statuses', 'special_zone_areas']::regclass[]) AS t;
