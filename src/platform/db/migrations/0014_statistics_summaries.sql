CREATE TABLE "project_certificate_states" (
	"project_id" uuid NOT NULL,
	"from_day" date NOT NULL,
	"until_day" date NOT NULL,
	"valid" boolean NOT NULL,
	"origin" text,
	"partner" text,
	"issued_on" date,
	"usd_known" numeric,
	"vnd_known" numeric,
	"usd_pending" numeric,
	"vnd_pending" numeric,
	"land_ha" numeric,
	CONSTRAINT "project_certificate_states_project_id_from_day_pk" PRIMARY KEY("project_id","from_day")
);
--> statement-breakpoint
CREATE TABLE "project_latest_reports" (
	"project_id" uuid NOT NULL,
	"from_day" date NOT NULL,
	"until_day" date NOT NULL,
	"report_id" uuid NOT NULL,
	"workers_domestic" integer,
	"workers_foreign" integer,
	"workers_female" integer,
	CONSTRAINT "project_latest_reports_project_id_from_day_pk" PRIMARY KEY("project_id","from_day")
);
--> statement-breakpoint
CREATE TABLE "project_realised_totals" (
	"project_id" uuid NOT NULL,
	"from_day" date NOT NULL,
	"until_day" date NOT NULL,
	"usd" numeric,
	"vnd" numeric,
	CONSTRAINT "project_realised_totals_project_id_from_day_pk" PRIMARY KEY("project_id","from_day")
);
--> statement-breakpoint
CREATE INDEX "project_certificate_states_until" ON "project_certificate_states" USING btree ("until_day");--> statement-breakpoint
CREATE INDEX "project_latest_reports_until" ON "project_latest_reports" USING btree ("until_day");--> statement-breakpoint
CREATE INDEX "project_realised_totals_until" ON "project_realised_totals" USING btree ("until_day");--> statement-breakpoint
-- The last day of a stored period code ('2024', '2024-H1', '2024-Q3', '2024-07').
CREATE OR REPLACE FUNCTION period_last_day(code text) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN code ~ '^[0-9]{4}$' THEN make_date(left(code, 4)::int, 12, 31)
    WHEN code ~ '-Q[1-4]$' THEN (make_date(left(code, 4)::int, right(code, 1)::int * 3, 1) + interval '1 month' - interval '1 day')::date
    WHEN code ~ '-H[12]$' THEN (make_date(left(code, 4)::int, right(code, 1)::int * 6, 1) + interval '1 month' - interval '1 day')::date
    ELSE (make_date(left(code, 4)::int, right(code, 2)::int, 1) + interval '1 month' - interval '1 day')::date
  END $$;
--> statement-breakpoint
-- A project's certificate state after each day it has events, from all its events dated up to
-- that day: the fold the forms' "valid at the period end" rules define (statistics/facts/registry.ts).
CREATE OR REPLACE FUNCTION refresh_project_certificate_states(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM project_certificate_states WHERE project_id = ANY(ids);
  INSERT INTO project_certificate_states (project_id, from_day, until_day, valid, origin, partner, issued_on,
    usd_known, vnd_known, usd_pending, vnd_pending, land_ha)
  SELECT d.project_id, d.date, coalesce(lead(d.date) OVER (PARTITION BY d.project_id ORDER BY d.date), 'infinity'), s.*
  FROM (SELECT DISTINCT project_id, date FROM certificate_events WHERE project_id = ANY(ids)) d
  CROSS JOIN LATERAL (
    SELECT bool_or(e.kind = 'issued') AND NOT bool_or(e.kind IN ('revoked', 'terminated')),
           (array_agg(e.origin_after ORDER BY e.seq DESC))[1],
           (array_agg(e.partner_after ORDER BY e.seq DESC))[1],
           min(e.date) FILTER (WHERE e.kind = 'issued'),
           sum(coalesce(e.capital_usd, CASE WHEN e.currency = 'USD' THEN e.capital END)) FILTER (WHERE e.kind IN ('issued', 'adjusted')),
           sum(coalesce(e.capital_vnd, CASE WHEN e.currency = 'VND' THEN e.capital END)) FILTER (WHERE e.kind IN ('issued', 'adjusted')),
           sum(e.capital) FILTER (WHERE e.kind IN ('issued', 'adjusted') AND e.capital_usd IS NULL AND e.currency IS DISTINCT FROM 'USD'),
           sum(e.capital) FILTER (WHERE e.kind IN ('issued', 'adjusted') AND e.capital_vnd IS NULL AND e.currency IS DISTINCT FROM 'VND'),
           sum(e.land_area_ha) FILTER (WHERE e.kind IN ('issued', 'adjusted'))
    FROM certificate_events e WHERE e.project_id = d.project_id AND e.date <= d.date
  ) s;
END $$;
--> statement-breakpoint
-- Realised capital to the end of each period a project has amounts for (cumulative, per currency).
CREATE OR REPLACE FUNCTION refresh_project_realised_totals(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM project_realised_totals WHERE project_id = ANY(ids);
  INSERT INTO project_realised_totals (project_id, from_day, until_day, usd, vnd)
  SELECT project_id, last_day, coalesce(lead(last_day) OVER w, 'infinity'),
         sum(usd) OVER (w ROWS UNBOUNDED PRECEDING), sum(vnd) OVER (w ROWS UNBOUNDED PRECEDING)
  FROM (
    SELECT project_id, period_last_day(period) AS last_day,
           sum(amount) FILTER (WHERE currency = 'USD') AS usd, sum(amount) FILTER (WHERE currency = 'VND') AS vnd
    FROM realised_capital WHERE project_id = ANY(ids) GROUP BY 1, 2
  ) p
  WINDOW w AS (PARTITION BY project_id ORDER BY last_day);
END $$;
--> statement-breakpoint
-- A project's latest accepted report by each period end it has reports for: the latest period,
-- a quarterly report before an annual one ending the same day, the last accepted first.
CREATE OR REPLACE FUNCTION refresh_project_latest_reports(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM project_latest_reports WHERE project_id = ANY(ids);
  INSERT INTO project_latest_reports (project_id, from_day, until_day, report_id, workers_domestic, workers_foreign, workers_female)
  SELECT project_id, last_day, coalesce(lead(last_day) OVER (PARTITION BY project_id ORDER BY last_day), 'infinity'), id,
         workers_domestic, workers_foreign, workers_female
  FROM (
    SELECT DISTINCT ON (project_id, period_last_day(period)) project_id, period_last_day(period) AS last_day, id,
           workers_domestic, workers_foreign, workers_female
    FROM reports WHERE status = 'accepted' AND project_id = ANY(ids)
    ORDER BY project_id, period_last_day(period), (type_id = 'quarterly_implementation') DESC, accepted_at DESC
  ) r;
END $$;
--> statement-breakpoint
-- Statement-level triggers: one rebuild per statement for the projects it touched (a bulk load is
-- one rebuild per batch, not one per row).
CREATE OR REPLACE FUNCTION certificate_events_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_project_certificate_states(ARRAY(SELECT DISTINCT project_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_project_certificate_states(ARRAY(SELECT DISTINCT project_id FROM old_rows));
  ELSE
    PERFORM refresh_project_certificate_states(ARRAY(SELECT project_id FROM new_rows UNION SELECT project_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER certificate_events_refresh_insert AFTER INSERT ON certificate_events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION certificate_events_refresh();
--> statement-breakpoint
CREATE TRIGGER certificate_events_refresh_update AFTER UPDATE ON certificate_events
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION certificate_events_refresh();
--> statement-breakpoint
CREATE TRIGGER certificate_events_refresh_delete AFTER DELETE ON certificate_events
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION certificate_events_refresh();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION realised_capital_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_project_realised_totals(ARRAY(SELECT DISTINCT project_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_project_realised_totals(ARRAY(SELECT DISTINCT project_id FROM old_rows));
  ELSE
    PERFORM refresh_project_realised_totals(ARRAY(SELECT project_id FROM new_rows UNION SELECT project_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER realised_capital_refresh_insert AFTER INSERT ON realised_capital
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION realised_capital_refresh();
--> statement-breakpoint
CREATE TRIGGER realised_capital_refresh_update AFTER UPDATE ON realised_capital
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION realised_capital_refresh();
--> statement-breakpoint
CREATE TRIGGER realised_capital_refresh_delete AFTER DELETE ON realised_capital
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION realised_capital_refresh();
--> statement-breakpoint
-- Only accepted reports count: a statement that neither leaves nor makes a report accepted (autosaved
-- drafts, submissions) rebuilds nothing.
CREATE OR REPLACE FUNCTION reports_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_project_latest_reports(ARRAY(SELECT DISTINCT project_id FROM new_rows WHERE status = 'accepted'));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_project_latest_reports(ARRAY(SELECT DISTINCT project_id FROM old_rows WHERE status = 'accepted'));
  ELSE
    PERFORM refresh_project_latest_reports(ARRAY(
      SELECT n.project_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.status = 'accepted' OR o.status = 'accepted')
        AND (n.status, n.period, n.type_id, n.accepted_at, n.project_id, n.workers_domestic, n.workers_foreign, n.workers_female)
            IS DISTINCT FROM (o.status, o.period, o.type_id, o.accepted_at, o.project_id, o.workers_domestic, o.workers_foreign, o.workers_female)
      UNION SELECT o.project_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE o.status = 'accepted' AND n.project_id IS DISTINCT FROM o.project_id));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER reports_refresh_insert AFTER INSERT ON reports
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reports_refresh();
--> statement-breakpoint
CREATE TRIGGER reports_refresh_update AFTER UPDATE ON reports
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION reports_refresh();
--> statement-breakpoint
CREATE TRIGGER reports_refresh_delete AFTER DELETE ON reports
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION reports_refresh();
--> statement-breakpoint
-- Existing data: build every project's rows once.
SELECT refresh_project_certificate_states(ARRAY(SELECT DISTINCT project_id FROM certificate_events));
--> statement-breakpoint
SELECT refresh_project_realised_totals(ARRAY(SELECT DISTINCT project_id FROM realised_capital));
--> statement-breakpoint
SELECT refresh_project_latest_reports(ARRAY(SELECT DISTINCT project_id FROM reports WHERE status = 'accepted'));
