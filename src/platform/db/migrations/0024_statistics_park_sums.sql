-- The parks' states (status from their events, land from their recorded values) are kept per unit
-- too (insights/aggregates.ts keptParkAggregates): a park event drops its unit's sums for every
-- period (an event's effect can be dated by its decision as well as its own day), a land value
-- from the day it holds.
CREATE OR REPLACE FUNCTION park_facts_invalidate_sums() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'park_events' THEN
    IF TG_OP = 'INSERT' THEN
      PERFORM invalidate_statistics_unit_sums(array_agg(pk.admin_unit_id), array_agg('-infinity'::date))
      FROM new_rows n JOIN industrial_parks pk ON pk.id = n.park_id;
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM invalidate_statistics_unit_sums(array_agg(pk.admin_unit_id), array_agg('-infinity'::date))
      FROM old_rows o JOIN industrial_parks pk ON pk.id = o.park_id;
    ELSE
      PERFORM invalidate_statistics_unit_sums(array_agg(pk.admin_unit_id), array_agg('-infinity'::date))
      FROM (SELECT park_id FROM new_rows UNION SELECT park_id FROM old_rows) c JOIN industrial_parks pk ON pk.id = c.park_id;
    END IF;
  ELSE
    IF TG_OP = 'INSERT' THEN
      PERFORM invalidate_statistics_unit_sums(array_agg(pk.admin_unit_id), array_agg(n.as_of))
      FROM new_rows n JOIN industrial_parks pk ON pk.id = n.park_id;
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM invalidate_statistics_unit_sums(array_agg(pk.admin_unit_id), array_agg(o.as_of))
      FROM old_rows o JOIN industrial_parks pk ON pk.id = o.park_id;
    ELSE
      PERFORM invalidate_statistics_unit_sums(array_agg(pk.admin_unit_id), array_agg(c.as_of))
      FROM (SELECT park_id, as_of FROM new_rows UNION ALL SELECT park_id, as_of FROM old_rows) c
      JOIN industrial_parks pk ON pk.id = c.park_id;
    END IF;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER park_events_invalidate_sums_insert AFTER INSERT ON park_events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION park_facts_invalidate_sums();
--> statement-breakpoint
CREATE TRIGGER park_events_invalidate_sums_update AFTER UPDATE ON park_events
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION park_facts_invalidate_sums();
--> statement-breakpoint
CREATE TRIGGER park_events_invalidate_sums_delete AFTER DELETE ON park_events
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION park_facts_invalidate_sums();
--> statement-breakpoint
CREATE TRIGGER park_land_values_invalidate_sums_insert AFTER INSERT ON park_land_values
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION park_facts_invalidate_sums();
--> statement-breakpoint
CREATE TRIGGER park_land_values_invalidate_sums_update AFTER UPDATE ON park_land_values
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION park_facts_invalidate_sums();
--> statement-breakpoint
CREATE TRIGGER park_land_values_invalidate_sums_delete AFTER DELETE ON park_land_values
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION park_facts_invalidate_sums();
