CREATE TABLE "statistics_unit_locks" (
	"unit_id" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics_unit_sums" (
	"fact" text NOT NULL,
	"period" text NOT NULL,
	"unit_id" text NOT NULL,
	"period_end" date NOT NULL,
	"rows" jsonb NOT NULL,
	"built_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statistics_unit_sums_fact_period_unit_id_pk" PRIMARY KEY("fact","period","unit_id")
);
--> statement-breakpoint
CREATE INDEX "statistics_unit_sums_unit_end" ON "statistics_unit_sums" USING btree ("unit_id","period_end");--> statement-breakpoint
-- Drops the kept sums of each unit for its period ends on or after the day given with it (the
-- earliest per unit), after locking the units' rows: a build in progress (holding them for share)
-- finishes and commits first, and its rows are then dropped here; a build that starts later waits
-- for this transaction and reads its writes (statistics/facts/unit-sums.ts).
CREATE OR REPLACE FUNCTION invalidate_statistics_unit_sums(units text[], days date[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(array_length(units, 1), 0) = 0 THEN RETURN; END IF;
  INSERT INTO statistics_unit_locks (unit_id)
    SELECT DISTINCT u FROM unnest(units) u WHERE u IS NOT NULL ON CONFLICT DO NOTHING;
  PERFORM 1 FROM statistics_unit_locks WHERE unit_id = ANY(units) ORDER BY unit_id FOR UPDATE;
  DELETE FROM statistics_unit_sums s
  USING (SELECT c.u, min(c.d) AS d FROM unnest(units, days) AS c(u, d) WHERE c.u IS NOT NULL GROUP BY c.u) c
  WHERE s.unit_id = c.u AND s.period_end >= c.d;
END $$;
--> statement-breakpoint
-- The same for projects and the day each change holds from: the unit is the project's place's
-- (its park's, else its KKT's), as statistics/facts/sql.ts projectPlaces has it.
CREATE OR REPLACE FUNCTION invalidate_statistics_project_sums(ids uuid[], days date[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM invalidate_statistics_unit_sums(array_agg(x.unit_id), array_agg(x.d))
  FROM (
    SELECT coalesce(pk.admin_unit_id, z.admin_unit_id) AS unit_id, c.d
    FROM unnest(ids, days) AS c(id, d)
    JOIN projects p ON p.id = c.id
    LEFT JOIN industrial_parks pk ON pk.id = p.park_id
    LEFT JOIN special_zones sz ON sz.id = p.special_zone_id
    LEFT JOIN economic_zones z ON z.id = coalesce(pk.parent_zone_id, p.zone_id, sz.zone_id)
  ) x;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION certificate_events_invalidate_sums() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM invalidate_statistics_project_sums(array_agg(project_id), array_agg(date)) FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM invalidate_statistics_project_sums(array_agg(project_id), array_agg(date)) FROM old_rows;
  ELSE
    PERFORM invalidate_statistics_project_sums(array_agg(project_id), array_agg(date))
    FROM (SELECT project_id, date FROM new_rows UNION ALL SELECT project_id, date FROM old_rows) c;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER certificate_events_invalidate_sums_insert AFTER INSERT ON certificate_events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION certificate_events_invalidate_sums();
--> statement-breakpoint
CREATE TRIGGER certificate_events_invalidate_sums_update AFTER UPDATE ON certificate_events
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION certificate_events_invalidate_sums();
--> statement-breakpoint
CREATE TRIGGER certificate_events_invalidate_sums_delete AFTER DELETE ON certificate_events
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION certificate_events_invalidate_sums();
--> statement-breakpoint
-- Realised capital counts from the end of its period.
CREATE OR REPLACE FUNCTION realised_capital_invalidate_sums() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM invalidate_statistics_project_sums(array_agg(project_id), array_agg(period_last_day(period))) FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM invalidate_statistics_project_sums(array_agg(project_id), array_agg(period_last_day(period))) FROM old_rows;
  ELSE
    PERFORM invalidate_statistics_project_sums(array_agg(project_id), array_agg(period_last_day(period)))
    FROM (SELECT project_id, period FROM new_rows UNION ALL SELECT project_id, period FROM old_rows) c;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER realised_capital_invalidate_sums_insert AFTER INSERT ON realised_capital
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION realised_capital_invalidate_sums();
--> statement-breakpoint
CREATE TRIGGER realised_capital_invalidate_sums_update AFTER UPDATE ON realised_capital
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION realised_capital_invalidate_sums();
--> statement-breakpoint
CREATE TRIGGER realised_capital_invalidate_sums_delete AFTER DELETE ON realised_capital
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION realised_capital_invalidate_sums();
--> statement-breakpoint
-- Only accepted reports count, from the end of their period: drafts, autosaves and submissions
-- drop nothing.
CREATE OR REPLACE FUNCTION reports_invalidate_sums() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM invalidate_statistics_project_sums(array_agg(project_id), array_agg(period_last_day(period)))
    FROM new_rows WHERE status = 'accepted';
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM invalidate_statistics_project_sums(array_agg(project_id), array_agg(period_last_day(period)))
    FROM old_rows WHERE status = 'accepted';
  ELSE
    PERFORM invalidate_statistics_project_sums(array_agg(c.project_id), array_agg(period_last_day(c.period)))
    FROM (
      SELECT n.project_id, n.period, o.project_id AS old_project_id, o.period AS old_period
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.status = 'accepted' OR o.status = 'accepted')
        AND (n.status, n.period, n.type_id, n.accepted_at, n.project_id, n.currency, n.revenue, n.export_usd,
             n.import_usd, n.budget_vnd, n.workers_domestic, n.workers_foreign, n.workers_female)
            IS DISTINCT FROM (o.status, o.period, o.type_id, o.accepted_at, o.project_id, o.currency, o.revenue,
             o.export_usd, o.import_usd, o.budget_vnd, o.workers_domestic, o.workers_foreign, o.workers_female)
    ) changed
    CROSS JOIN LATERAL (VALUES (changed.project_id, changed.period), (changed.old_project_id, changed.old_period)) c(project_id, period);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER reports_invalidate_sums_insert AFTER INSERT ON reports
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reports_invalidate_sums();
--> statement-breakpoint
CREATE TRIGGER reports_invalidate_sums_update AFTER UPDATE ON reports
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION reports_invalidate_sums();
--> statement-breakpoint
CREATE TRIGGER reports_invalidate_sums_delete AFTER DELETE ON reports
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION reports_invalidate_sums();
--> statement-breakpoint
-- A project's place, type, name, code, enterprise, operation start, origin, sectors or land changes
-- what every period sums: its old and new units are dropped whole. Caches the certificate events
-- keep on the row (status, capital, partner) and its search text drop nothing.
CREATE OR REPLACE FUNCTION projects_invalidate_sums() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM invalidate_statistics_unit_sums(array_agg(u.unit_id), array_agg('-infinity'::date))
    FROM old_rows o
    LEFT JOIN industrial_parks pk ON pk.id = o.park_id
    LEFT JOIN special_zones sz ON sz.id = o.special_zone_id
    LEFT JOIN economic_zones z ON z.id = coalesce(pk.parent_zone_id, o.zone_id, sz.zone_id)
    CROSS JOIN LATERAL (SELECT coalesce(pk.admin_unit_id, z.admin_unit_id) AS unit_id) u;
  ELSE
    PERFORM invalidate_statistics_unit_sums(array_agg(u.unit_id), array_agg('-infinity'::date))
    FROM (
      SELECT n.park_id, n.zone_id, n.special_zone_id, o.park_id AS old_park_id, o.zone_id AS old_zone_id,
             o.special_zone_id AS old_special_zone_id
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.project_code, n.name, n.enterprise_id, n.type, n.park_id, n.zone_id, n.special_zone_id,
             n.operation_started_on, n.origin_cache, n.sectors, n.land_area_ha)
            IS DISTINCT FROM (o.project_code, o.name, o.enterprise_id, o.type, o.park_id, o.zone_id, o.special_zone_id,
             o.operation_started_on, o.origin_cache, o.sectors, o.land_area_ha)
    ) changed
    CROSS JOIN LATERAL (VALUES (changed.park_id, changed.zone_id, changed.special_zone_id),
                               (changed.old_park_id, changed.old_zone_id, changed.old_special_zone_id)) p(park_id, zone_id, special_zone_id)
    LEFT JOIN industrial_parks pk ON pk.id = p.park_id
    LEFT JOIN special_zones sz ON sz.id = p.special_zone_id
    LEFT JOIN economic_zones z ON z.id = coalesce(pk.parent_zone_id, p.zone_id, sz.zone_id)
    CROSS JOIN LATERAL (SELECT coalesce(pk.admin_unit_id, z.admin_unit_id) AS unit_id) u;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER projects_invalidate_sums_update AFTER UPDATE ON projects
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION projects_invalidate_sums();
--> statement-breakpoint
CREATE TRIGGER projects_invalidate_sums_delete AFTER DELETE ON projects
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION projects_invalidate_sums();
--> statement-breakpoint
-- A park's or KKT's name, unit, parent or type, or a special zone's KKT: every unit it was or is in.
CREATE OR REPLACE FUNCTION places_invalidate_sums() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'industrial_parks' THEN
    PERFORM invalidate_statistics_unit_sums(array_agg(u), array_agg('-infinity'::date))
    FROM (SELECT n.admin_unit_id AS a, o.admin_unit_id AS b, z1.admin_unit_id AS c, z2.admin_unit_id AS d
          FROM new_rows n JOIN old_rows o ON o.id = n.id
          LEFT JOIN economic_zones z1 ON z1.id = n.parent_zone_id
          LEFT JOIN economic_zones z2 ON z2.id = o.parent_zone_id
          WHERE (n.name, n.admin_unit_id, n.parent_zone_id) IS DISTINCT FROM (o.name, o.admin_unit_id, o.parent_zone_id)) x
    CROSS JOIN LATERAL unnest(ARRAY[x.a, x.b, x.c, x.d]) u;
  ELSIF TG_TABLE_NAME = 'economic_zones' THEN
    PERFORM invalidate_statistics_unit_sums(array_agg(u), array_agg('-infinity'::date))
    FROM (SELECT n.id, n.admin_unit_id AS a, o.admin_unit_id AS b FROM new_rows n JOIN old_rows o ON o.id = n.id
          WHERE (n.name, n.admin_unit_id, n.type) IS DISTINCT FROM (o.name, o.admin_unit_id, o.type)) x
    -- The parks in the KKT show its name and type, whichever unit they are in.
    CROSS JOIN LATERAL (SELECT unnest(ARRAY[x.a, x.b]) UNION SELECT pk.admin_unit_id FROM industrial_parks pk
                        WHERE pk.parent_zone_id = x.id) AS units(u);
  ELSE
    PERFORM invalidate_statistics_unit_sums(array_agg(u), array_agg('-infinity'::date))
    FROM (SELECT z1.admin_unit_id AS a, z2.admin_unit_id AS b FROM new_rows n JOIN old_rows o ON o.id = n.id
          LEFT JOIN economic_zones z1 ON z1.id = n.zone_id
          LEFT JOIN economic_zones z2 ON z2.id = o.zone_id
          WHERE n.zone_id IS DISTINCT FROM o.zone_id) x
    CROSS JOIN LATERAL unnest(ARRAY[x.a, x.b]) u;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER industrial_parks_invalidate_sums AFTER UPDATE ON industrial_parks
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION places_invalidate_sums();
--> statement-breakpoint
CREATE TRIGGER economic_zones_invalidate_sums AFTER UPDATE ON economic_zones
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION places_invalidate_sums();
--> statement-breakpoint
CREATE TRIGGER special_zones_invalidate_sums AFTER UPDATE ON special_zones
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION places_invalidate_sums();
