-- The audit log is append-only: no statement may change or remove a row once written.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'P0001';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
-- A transaction that writes an audited table must also write at least one audit row.
-- The check runs at commit (deferred), so the audit row may come before or after the write.
CREATE OR REPLACE FUNCTION assert_audited() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM audit_log WHERE tx_id = txid_current()) THEN
    RAISE EXCEPTION 'write to % without an audit row in the same transaction', TG_TABLE_NAME
      USING ERRCODE = 'P0002';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Every business table gets the guard through this one function, so later migrations call it too.
CREATE OR REPLACE FUNCTION require_audit(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %s DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION assert_audited()',
    'audited_' || replace(tbl::text, '.', '_'), tbl);
END $$;
--> statement-breakpoint
-- Sessions and rate-limit counters are machinery, not records: sign-in and sign-out are audited as events instead.
SELECT require_audit(t) FROM unnest(ARRAY[
  'users', 'calendar_days', 'calendar_years',
  'geo_admin_units', 'geo_unit_successions', 'geo_province_groups', 'geo_province_group_members',
  'ref_countries', 'ref_waste_codes', 'ref_data_versions'
]::regclass[]) AS t;
