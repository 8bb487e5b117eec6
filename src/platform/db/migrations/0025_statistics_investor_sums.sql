-- Biểu 2114's partner totals are kept per unit (statistics/facts/partner-totals.ts): a project's
-- investors changing drops its unit's sums from the earliest day the rows hold; an investor's
-- nationality or name changing drops the units of all its projects.
CREATE OR REPLACE FUNCTION project_investors_invalidate_sums() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM invalidate_statistics_project_sums(array_agg(project_id), array_agg(valid_from)) FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM invalidate_statistics_project_sums(array_agg(project_id), array_agg(valid_from)) FROM old_rows;
  ELSE
    PERFORM invalidate_statistics_project_sums(array_agg(project_id), array_agg(valid_from))
    FROM (SELECT project_id, valid_from FROM new_rows UNION ALL SELECT project_id, valid_from FROM old_rows) c;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER project_investors_invalidate_sums_insert AFTER INSERT ON project_investors
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_investors_invalidate_sums();
--> statement-breakpoint
CREATE TRIGGER project_investors_invalidate_sums_update AFTER UPDATE ON project_investors
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION project_investors_invalidate_sums();
--> statement-breakpoint
CREATE TRIGGER project_investors_invalidate_sums_delete AFTER DELETE ON project_investors
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION project_investors_invalidate_sums();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION investors_invalidate_sums() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM invalidate_statistics_project_sums(array_agg(pi.project_id), array_agg('-infinity'::date))
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  JOIN project_investors pi ON pi.investor_id = n.id
  WHERE (n.name, n.nationality) IS DISTINCT FROM (o.name, o.nationality);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER investors_invalidate_sums_update AFTER UPDATE ON investors
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION investors_invalidate_sums();
