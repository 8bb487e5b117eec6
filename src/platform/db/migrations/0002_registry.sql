CREATE TABLE "certificate_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"certificate_no" text,
	"document_no" text,
	"capital" numeric(22, 2),
	"currency" text,
	"land_area_ha" numeric(14, 4),
	"exchange_rate_id" uuid,
	"details" jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificate_events_seq" UNIQUE("project_id","seq"),
	CONSTRAINT "certificate_events_kind" CHECK ("certificate_events"."kind" in ('issued','adjusted','reissued','revoked','terminated'))
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tax_code" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_foreign" text,
	"search" text NOT NULL,
	"address" text,
	"admin_unit_id" text NOT NULL,
	"commune" text,
	"legal_representative" text,
	"sectors" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprises_tax_code_unique" UNIQUE("tax_code")
);
--> statement-breakpoint
CREATE TABLE "exchange_rates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"from_currency" text NOT NULL,
	"to_currency" text NOT NULL,
	"rate" numeric(18, 6) NOT NULL,
	"date" date NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "exchange_rates_key" UNIQUE("from_currency","to_currency","date","source")
);
--> statement-breakpoint
CREATE TABLE "investors" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"nationality" text NOT NULL,
	"foreign_share" numeric(7, 4),
	"controlled_share" numeric(7, 4),
	"identifier" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "investors_kind" CHECK ("investors"."kind" in ('organisation','individual'))
);
--> statement-breakpoint
CREATE TABLE "project_investors" (
	"project_id" uuid NOT NULL,
	"investor_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"share" numeric(7, 4) NOT NULL,
	CONSTRAINT "project_investors_project_id_investor_id_valid_from_pk" PRIMARY KEY("project_id","investor_id","valid_from")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_code" text NOT NULL,
	"name" text NOT NULL,
	"search" text NOT NULL,
	"enterprise_id" uuid,
	"location_kind" text NOT NULL,
	"park_id" uuid,
	"zone_id" uuid,
	"type" text NOT NULL,
	"objectives" text,
	"sectors" text[] NOT NULL,
	"land_area_ha" numeric(14, 4),
	"currency" text NOT NULL,
	"origin_cache" text NOT NULL,
	"status_cache" text NOT NULL,
	"registered_capital_cache" numeric(22, 2),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_project_code_unique" UNIQUE("project_code"),
	CONSTRAINT "projects_location" CHECK ("projects"."location_kind" in ('park','zone','special_zone')),
	CONSTRAINT "projects_type" CHECK ("projects"."type" in ('infrastructure','production_business')),
	CONSTRAINT "projects_currency" CHECK ("projects"."currency" in ('USD','VND')),
	CONSTRAINT "projects_origin" CHECK ("projects"."origin_cache" in ('FDI','DDI'))
);
--> statement-breakpoint
CREATE TABLE "realised_capital" (
	"project_id" uuid NOT NULL,
	"period" text NOT NULL,
	"amount" numeric(22, 2) NOT NULL,
	"currency" text NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "realised_capital_project_id_period_pk" PRIMARY KEY("project_id","period")
);
--> statement-breakpoint
CREATE TABLE "economic_zone_areas" (
	"id" uuid PRIMARY KEY NOT NULL,
	"zone_id" uuid NOT NULL,
	"area" text NOT NULL,
	"measure" text NOT NULL,
	"as_of" date NOT NULL,
	"value_ha" numeric(14, 4) NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "economic_zone_areas_key" UNIQUE("zone_id","area","measure","as_of")
);
--> statement-breakpoint
CREATE TABLE "economic_zones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"admin_unit_id" text NOT NULL,
	"commune" text,
	"decision_no" text,
	"decision_date" date,
	"decision_authority" text,
	"general_plan_decision_no" text,
	"general_plan_decision_date" date,
	"established_land_ha" numeric(14, 4),
	"established_water_ha" numeric(14, 4),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "economic_zones_code_unique" UNIQUE("code"),
	CONSTRAINT "economic_zones_type" CHECK ("economic_zones"."type" in ('coastal','border_gate','specialised'))
);
--> statement-breakpoint
CREATE TABLE "industrial_parks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_search" text NOT NULL,
	"kinds" text[] NOT NULL,
	"specialised_sector" text,
	"parent_zone_id" uuid,
	"admin_unit_id" text NOT NULL,
	"commune" text,
	"developer_enterprise_id" uuid,
	"infrastructure_project_id" uuid,
	"land_lease_term_years" integer,
	"lon" numeric(9, 6),
	"lat" numeric(9, 6),
	"boundary" jsonb,
	"status_cache" text NOT NULL,
	"status_since_cache" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "industrial_parks_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "park_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"park_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"decision_no" text,
	"decision_date" date,
	"decision_issuer" text,
	"details" jsonb NOT NULL,
	"note" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "park_events_seq" UNIQUE("park_id","seq"),
	CONSTRAINT "park_events_kind" CHECK ("park_events"."kind" in ('planned','established','construction_started','operating','area_increased','area_decreased','revoked','converted_to_urban_service'))
);
--> statement-breakpoint
CREATE TABLE "park_land_values" (
	"id" uuid PRIMARY KEY NOT NULL,
	"park_id" uuid NOT NULL,
	"measure" text NOT NULL,
	"as_of" date NOT NULL,
	"value_ha" numeric(14, 4) NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "park_land_values_key" UNIQUE("park_id","measure","as_of"),
	CONSTRAINT "park_land_values_measure" CHECK ("park_land_values"."measure" in ('planned','established','industrial','leased')),
	CONSTRAINT "park_land_values_positive" CHECK ("park_land_values"."value_ha" >= 0)
);
--> statement-breakpoint
CREATE TABLE "wastewater_plant_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plant_id" uuid NOT NULL,
	"date" date NOT NULL,
	"status" text NOT NULL,
	"design_capacity" numeric(12, 2),
	"operating_capacity" numeric(12, 2),
	"source" text NOT NULL,
	CONSTRAINT "wastewater_plant_records_key" UNIQUE("plant_id","date","status"),
	CONSTRAINT "wastewater_plant_records_status" CHECK ("wastewater_plant_records"."status" in ('not_built','under_construction','operating'))
);
--> statement-breakpoint
CREATE TABLE "wastewater_plants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"park_id" uuid NOT NULL,
	"name" text,
	"investment_amount" numeric(20, 2),
	"investment_currency" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "certificate_events" ADD CONSTRAINT "certificate_events_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_events" ADD CONSTRAINT "certificate_events_exchange_rate_id_exchange_rates_id_fk" FOREIGN KEY ("exchange_rate_id") REFERENCES "public"."exchange_rates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_investors" ADD CONSTRAINT "project_investors_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_investors" ADD CONSTRAINT "project_investors_investor_id_investors_id_fk" FOREIGN KEY ("investor_id") REFERENCES "public"."investors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realised_capital" ADD CONSTRAINT "realised_capital_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economic_zone_areas" ADD CONSTRAINT "economic_zone_areas_zone_id_economic_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."economic_zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "industrial_parks" ADD CONSTRAINT "industrial_parks_parent_zone_id_economic_zones_id_fk" FOREIGN KEY ("parent_zone_id") REFERENCES "public"."economic_zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "park_events" ADD CONSTRAINT "park_events_park_id_industrial_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."industrial_parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "park_land_values" ADD CONSTRAINT "park_land_values_park_id_industrial_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."industrial_parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wastewater_plant_records" ADD CONSTRAINT "wastewater_plant_records_plant_id_wastewater_plants_id_fk" FOREIGN KEY ("plant_id") REFERENCES "public"."wastewater_plants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wastewater_plants" ADD CONSTRAINT "wastewater_plants_park_id_industrial_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."industrial_parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certificate_events_date" ON "certificate_events" USING btree ("date","kind");--> statement-breakpoint
CREATE INDEX "enterprises_unit" ON "enterprises" USING btree ("admin_unit_id");--> statement-breakpoint
CREATE INDEX "investors_nationality" ON "investors" USING btree ("nationality");--> statement-breakpoint
CREATE INDEX "project_investors_investor" ON "project_investors" USING btree ("investor_id");--> statement-breakpoint
CREATE INDEX "projects_park" ON "projects" USING btree ("park_id");--> statement-breakpoint
CREATE INDEX "projects_zone" ON "projects" USING btree ("zone_id");--> statement-breakpoint
CREATE INDEX "projects_enterprise" ON "projects" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "projects_origin_status" ON "projects" USING btree ("origin_cache","status_cache");--> statement-breakpoint
CREATE INDEX "economic_zones_unit" ON "economic_zones" USING btree ("admin_unit_id");--> statement-breakpoint
CREATE INDEX "industrial_parks_unit" ON "industrial_parks" USING btree ("admin_unit_id");--> statement-breakpoint
CREATE INDEX "industrial_parks_zone" ON "industrial_parks" USING btree ("parent_zone_id");--> statement-breakpoint
CREATE INDEX "industrial_parks_developer" ON "industrial_parks" USING btree ("developer_enterprise_id");--> statement-breakpoint
CREATE INDEX "industrial_parks_status" ON "industrial_parks" USING btree ("status_cache");--> statement-breakpoint
CREATE INDEX "park_events_date" ON "park_events" USING btree ("date","kind");