CREATE TABLE "statistics_kept_form_chunks" (
	"form_id" uuid NOT NULL,
	"section" integer NOT NULL,
	"chunk" integer NOT NULL,
	"rows" jsonb NOT NULL,
	CONSTRAINT "statistics_kept_form_chunks_form_id_section_chunk_pk" PRIMARY KEY("form_id","section","chunk")
);
--> statement-breakpoint
CREATE TABLE "statistics_kept_forms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"form" text NOT NULL,
	"period" text NOT NULL,
	"scope_key" text NOT NULL,
	"units" text[],
	"period_end" date NOT NULL,
	"header" jsonb,
	"built_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statistics_kept_forms_key" UNIQUE("form","period","scope_key")
);
--> statement-breakpoint
ALTER TABLE "statistics_kept_form_chunks" ADD CONSTRAINT "statistics_kept_form_chunks_form_id_statistics_kept_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."statistics_kept_forms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Kept list forms (statistics/kept-forms.ts) are dropped by the same writes as the kept
-- sums: a form whose units (null = the country) hold a unit a write changed, for its period ends on
-- or after the change. The writer locks the units' rows for update first; a build waits on them
-- (for share) after announcing itself, so every write either drops the build's row or is read by it.
CREATE OR REPLACE FUNCTION invalidate_statistics_kept_forms(units text[], days date[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(array_length(units, 1), 0) = 0 THEN RETURN; END IF;
  INSERT INTO statistics_unit_locks (unit_id)
    SELECT DISTINCT u FROM unnest(units) u WHERE u IS NOT NULL ON CONFLICT DO NOTHING;
  PERFORM 1 FROM statistics_unit_locks WHERE unit_id = ANY(units) ORDER BY unit_id FOR UPDATE;
  DELETE FROM statistics_kept_forms f
  USING (SELECT c.u, min(c.d) AS d FROM unnest(units, days) AS c(u, d) WHERE c.u IS NOT NULL GROUP BY c.u) c
  WHERE (f.units IS NULL OR c.u = ANY(f.units)) AND f.period_end >= c.d;
END $$;
--> statement-breakpoint
-- The kept sums' drop now takes its locks through the kept forms' drop, then drops the sums.
CREATE OR REPLACE FUNCTION invalidate_statistics_unit_sums(units text[], days date[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(array_length(units, 1), 0) = 0 THEN RETURN; END IF;
  PERFORM invalidate_statistics_kept_forms(units, days);
  DELETE FROM statistics_unit_sums s
  USING (SELECT c.u, min(c.d) AS d FROM unnest(units, days) AS c(u, d) WHERE c.u IS NOT NULL GROUP BY c.u) c
  WHERE s.unit_id = c.u AND s.period_end >= c.d;
END $$;
--> statement-breakpoint
-- The tables the forms read beside those of the kept sums (names, plants, progress, areas, rates,
-- reference lists) change seldom: any write to them drops every kept form. Such a writer locks the
-- row '*', which every build waits on besides its units' rows.
CREATE OR REPLACE FUNCTION statistics_kept_forms_drop_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO statistics_unit_locks (unit_id) VALUES ('*') ON CONFLICT DO NOTHING;
  PERFORM 1 FROM statistics_unit_locks WHERE unit_id = '*' FOR UPDATE;
  DELETE FROM statistics_kept_forms;
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['park_infrastructure_progress', 'wastewater_plants', 'wastewater_plant_records',
    'economic_zone_areas', 'special_zone_statuses', 'special_zone_areas', 'special_zone_wastewater',
    'exchange_rates', 'ref_countries', 'geo_admin_units', 'industrial_parks', 'economic_zones', 'special_zones']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                    FOR EACH STATEMENT EXECUTE FUNCTION statistics_kept_forms_drop_all()', t || '_drop_kept_forms', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- An enterprise's name is printed as a park's developer; its other fields are in no form.
CREATE TRIGGER enterprises_drop_kept_forms AFTER UPDATE OF name_vi ON enterprises
  FOR EACH ROW WHEN (OLD.name_vi IS DISTINCT FROM NEW.name_vi) EXECUTE FUNCTION statistics_kept_forms_drop_all();
