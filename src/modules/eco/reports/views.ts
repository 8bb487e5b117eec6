/** Eco report rows as the API shows them: the definition with its year labels, values, warnings, steps. */
import type { Actor } from '../../../platform/auth/actor';
import type { ecoReportEvents, ecoReports } from '../schema';
import type { EcoReportStatus, EcoReportSummary, EcoReportView } from './contract';
import { type EcoReportVersion, type EcoValues, yearLabel } from './types';
import { suggestionsOf, warningsOf } from './values';
import { allowedSteps, windowOf } from './workflow';

export type ReportRow = typeof ecoReports.$inferSelect;
export type EventRow = typeof ecoReportEvents.$inferSelect;
export type Names = { park: { id: string; name: string }; enterprise: { id: string; name: string } };
export type ParkScope = { provinceCode: string | null; developerId: string | null };

export function summaryOf(
  actor: Actor,
  row: ReportRow,
  version: EcoReportVersion,
  names: Names,
  scope: ParkScope,
): EcoReportSummary {
  const status = row.status as EcoReportStatus;
  const steps = allowedSteps(actor, {
    form: version.form,
    status,
    provinceCode: scope.provinceCode,
    developerId: scope.developerId,
    filerId: row.enterpriseId,
  });
  const { deadline } = windowOf(row.year, version.window);
  const submittedDay = row.submittedAt ? row.submittedAt.toISOString().slice(0, 10) : null;
  return {
    id: row.id,
    form: version.form,
    name: version.name,
    year: row.year,
    park: names.park,
    enterprise: names.enterprise,
    status,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    deadline,
    late: submittedDay !== null && submittedDay > deadline,
    revisionReason: row.revisionReason,
    can: {
      edit: steps.includes('edit'),
      submit: steps.includes('submit'),
      accept: steps.includes('accept'),
      requestRevision: steps.includes('request_revision'),
    },
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function viewOf(
  summary: EcoReportSummary,
  row: ReportRow,
  version: EcoReportVersion,
  events: { row: EventRow; by: string | null }[],
): EcoReportView {
  const label = (t: { vi: string; en: string }) => ({ vi: yearLabel(t.vi, row.year), en: yearLabel(t.en, row.year) });
  const values = row.values as EcoValues;
  return {
    ...summary,
    versionId: version.id,
    legalBasis: [...version.legalBasis],
    sections: version.sections.map((s) => ({ id: s.id, title: label(s.title) })),
    fields: version.fields.map((f) => ({
      code: f.code,
      key: f.key,
      section: f.section,
      label: label(f.label),
      kind: f.kind,
      unit: f.unit ?? null,
      required: f.required,
      min: f.min ?? null,
      max: f.max ?? null,
      decimals: f.kind === 'integer' ? 0 : (f.decimals ?? null),
      source: f.prefill ? 'registry' : f.computed ? 'computed' : f.suggested ? 'suggested' : 'typed',
      warnBelow: f.warnBelow ?? null,
      columns:
        f.columns?.map((c) => ({
          key: c.key,
          label: c.label,
          kind: c.kind,
          required: c.required,
          options: c.options ? [...c.options] : null,
        })) ?? null,
    })),
    values,
    suggestions: suggestionsOf(version, values),
    warnings: warningsOf(version, values),
    events: events.map((e) => ({
      status: e.row.status as EcoReportStatus,
      note: e.row.note,
      by: e.by,
      at: e.row.at.toISOString(),
    })),
  };
}
