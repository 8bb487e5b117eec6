CREATE TABLE "calendar_days" (
	"date" date PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"category" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"legal_basis" text NOT NULL,
	"source" text NOT NULL,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "calendar_days_status_check" CHECK ("calendar_days"."status" in ('off','work')),
	CONSTRAINT "calendar_days_source_check" CHECK ("calendar_days"."source" in ('generated','decision'))
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"confirmed_by" text NOT NULL,
	"confirmed_at" timestamp with time zone NOT NULL,
	"note" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "geo_admin_units" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"edition" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"kind" text NOT NULL,
	"iso_code" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"commune_count" integer,
	CONSTRAINT "geo_admin_units_code_from" UNIQUE("code","valid_from")
);
--> statement-breakpoint
CREATE TABLE "geo_province_group_members" (
	"group_code" text NOT NULL,
	"unit_id" text NOT NULL,
	CONSTRAINT "geo_province_group_members_group_code_unit_id_pk" PRIMARY KEY("group_code","unit_id")
);
--> statement-breakpoint
CREATE TABLE "geo_province_groups" (
	"code" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"basis" text NOT NULL,
	"certainty" text NOT NULL,
	"sort" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "geo_unit_successions" (
	"from_id" text NOT NULL,
	"to_id" text NOT NULL,
	"effective_date" date NOT NULL,
	"merge_type" text NOT NULL,
	"legal_basis" text NOT NULL,
	CONSTRAINT "geo_unit_successions_from_id_to_id_pk" PRIMARY KEY("from_id","to_id")
);
--> statement-breakpoint
CREATE TABLE "ref_countries" (
	"alpha2" text PRIMARY KEY NOT NULL,
	"alpha3" text NOT NULL,
	"numeric" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"aliases" text[] NOT NULL,
	CONSTRAINT "ref_countries_alpha3_unique" UNIQUE("alpha3")
);
--> statement-breakpoint
CREATE TABLE "ref_waste_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"display_code" text NOT NULL,
	"chapter_code" text NOT NULL,
	"subchapter_code" text NOT NULL,
	"hazardous" boolean NOT NULL,
	"entry_type" text NOT NULL,
	"chapter" text NOT NULL,
	"sub_chapter" text NOT NULL,
	"description" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"tx_id" bigint DEFAULT txid_current() NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "rate_limit_hits" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rate_limit_hits_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"email" text,
	"role" text NOT NULL,
	"scope_province_code" text,
	"scope_enterprise_id" uuid,
	"password_hash" text NOT NULL,
	"locale" text DEFAULT 'vi' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username"),
	CONSTRAINT "users_role_check" CHECK ("users"."role" in ('admin','ministry','board_leader','board_officer','developer','enterprise')),
	CONSTRAINT "users_locale_check" CHECK ("users"."locale" in ('vi','en'))
);
--> statement-breakpoint
CREATE TABLE "ref_data_versions" (
	"name" text PRIMARY KEY NOT NULL,
	"hash" text NOT NULL,
	"loaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "geo_province_group_members" ADD CONSTRAINT "geo_province_group_members_group_code_geo_province_groups_code_fk" FOREIGN KEY ("group_code") REFERENCES "public"."geo_province_groups"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "geo_province_group_members" ADD CONSTRAINT "geo_province_group_members_unit_id_geo_admin_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."geo_admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "geo_unit_successions" ADD CONSTRAINT "geo_unit_successions_from_id_geo_admin_units_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."geo_admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "geo_unit_successions" ADD CONSTRAINT "geo_unit_successions_to_id_geo_admin_units_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."geo_admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "geo_admin_units_code" ON "geo_admin_units" USING btree ("code");--> statement-breakpoint
CREATE INDEX "geo_group_members_unit" ON "geo_province_group_members" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "ref_waste_codes_chapter" ON "ref_waste_codes" USING btree ("chapter_code");--> statement-breakpoint
CREATE INDEX "audit_log_tx_idx" ON "audit_log" USING btree ("tx_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");