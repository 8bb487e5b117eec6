-- Biểu 2114's kept sums are now rows per partner group (statistics/facts/partner-totals.ts), under
-- new fact names; the rows per investor signature kept under the old names are never read again.
DELETE FROM statistics_unit_sums WHERE fact LIKE 'partner-stock:%' OR fact LIKE 'partner-flows:%';
