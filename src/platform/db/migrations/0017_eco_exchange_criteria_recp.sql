CREATE TABLE "eco_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"park_id" uuid NOT NULL,
	"rule_set" text NOT NULL,
	"requirement_id" text NOT NULL,
	"title" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eco_deal_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"deal_id" uuid NOT NULL,
	"status" text NOT NULL,
	"date" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eco_deal_impacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"deal_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"tonnes_diverted" numeric(18, 3) NOT NULL,
	"water_m3" numeric(18, 3) NOT NULL,
	"energy_mwh" numeric(18, 3) NOT NULL,
	"tco2e" numeric(18, 3) NOT NULL,
	"cost_saved_million_vnd" numeric(18, 3) NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eco_deal_impacts_year" UNIQUE("deal_id","year")
);
--> statement-breakpoint
CREATE TABLE "eco_deals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"park_id" uuid NOT NULL,
	"status" text NOT NULL,
	"score" numeric(5, 4) NOT NULL,
	"reasons" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eco_deals_pair" UNIQUE("offer_id","need_id")
);
--> statement-breakpoint
CREATE TABLE "eco_declarations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"park_id" uuid NOT NULL,
	"measure" text NOT NULL,
	"year" integer NOT NULL,
	"value" text NOT NULL,
	"evidence" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eco_declarations_measure_year" UNIQUE("park_id","measure","year")
);
--> statement-breakpoint
CREATE TABLE "eco_listings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"side" text NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"park_id" uuid NOT NULL,
	"resource" text NOT NULL,
	"title" text NOT NULL,
	"ewc_code" text,
	"national_code" text,
	"description" text NOT NULL,
	"hazardous" boolean NOT NULL,
	"accepts_hazardous" boolean DEFAULT false NOT NULL,
	"quantity" numeric(18, 3) NOT NULL,
	"unit" text NOT NULL,
	"frequency" text NOT NULL,
	"quality_notes" text DEFAULT '' NOT NULL,
	"available_from" date NOT NULL,
	"available_to" date,
	"confidentiality" text NOT NULL,
	"partner_enterprise_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"search" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eco_listings_side" CHECK ("eco_listings"."side" in ('offer', 'need')),
	CONSTRAINT "eco_listings_quantity" CHECK ("eco_listings"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "eco_recp_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"park_id" uuid NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"started_on" date NOT NULL,
	"saved_kwh" numeric(18, 3) NOT NULL,
	"saved_m3" numeric(18, 3) NOT NULL,
	"saved_tonnes" numeric(18, 3) NOT NULL,
	"saved_tco2e" numeric(18, 3) NOT NULL,
	"cost_saved_million_vnd" numeric(18, 3) NOT NULL,
	"evidence" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eco_substitutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_code" text NOT NULL,
	"need_code" text NOT NULL,
	"note" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eco_substitutions_pair" UNIQUE("offer_code","need_code")
);
--> statement-breakpoint
ALTER TABLE "eco_deal_events" ADD CONSTRAINT "eco_deal_events_deal_id_eco_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."eco_deals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eco_deal_impacts" ADD CONSTRAINT "eco_deal_impacts_deal_id_eco_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."eco_deals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eco_deals" ADD CONSTRAINT "eco_deals_offer_id_eco_listings_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."eco_listings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eco_deals" ADD CONSTRAINT "eco_deals_need_id_eco_listings_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."eco_listings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "eco_actions_park" ON "eco_actions" USING btree ("park_id");--> statement-breakpoint
CREATE INDEX "eco_deal_events_deal" ON "eco_deal_events" USING btree ("deal_id");--> statement-breakpoint
CREATE INDEX "eco_deals_park" ON "eco_deals" USING btree ("park_id");--> statement-breakpoint
CREATE INDEX "eco_listings_park" ON "eco_listings" USING btree ("park_id");--> statement-breakpoint
CREATE INDEX "eco_listings_enterprise" ON "eco_listings" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "eco_recp_park" ON "eco_recp_measures" USING btree ("park_id");--> statement-breakpoint
CREATE INDEX "eco_recp_enterprise" ON "eco_recp_measures" USING btree ("enterprise_id");--> statement-breakpoint
SELECT require_audit(t) FROM unnest(ARRAY['eco_listings', 'eco_substitutions', 'eco_deals', 'eco_deal_events', 'eco_deal_impacts', 'eco_declarations', 'eco_actions', 'eco_recp_measures']::regclass[]) AS t;
