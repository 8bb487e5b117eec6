import { useQuery } from '@tanstack/react-query';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { parsePeriod, periodEnd } from '../../../../src/kernel/period';
import type { ProjectDetail } from '../../../../src/modules/investment/contract';
import { REPORT_TYPE_IDS, type ReportTypeId } from '../../../../src/modules/reporting/contract';
import { api } from '../../app/api';
import { useLocale } from '../../app/locale';
import { useMe } from '../../app/session';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { FILERS } from './labels';
import { type Report, type Types, usePeriods, useReport, useReportTypes } from './queries';
import { ReportForm } from './ReportForm';
import type { HeaderFacts } from './ReportHeader';
import { ReviewPage } from './ReviewPage';

/** The id segment of a report not created yet: `/bao-cao-dinh-ky/lap?typeId=…&period=…&projectId=…`. */
export const NEW_REPORT = 'lap';

const isType = (v: string | null): v is ReportTypeId => (REPORT_TYPE_IDS as readonly string[]).includes(v ?? '');

function versionFor(types: Types, typeId: ReportTypeId, period: string) {
  let end: string;
  try {
    end = periodEnd(parsePeriod(period));
  } catch {
    return null;
  }
  return (
    types.items.find(
      (v) => v.typeId === typeId && v.effectiveFrom <= end && (v.effectiveTo === null || end <= v.effectiveTo),
    ) ?? null
  );
}

export function factsOf(report: Report, title: string): HeaderFacts {
  return {
    title,
    code: report.code,
    status: report.status,
    periodLabel: '',
    periodState: report.periodState,
    deadline: report.deadline,
    projectName: report.projectName,
    projectCode: report.projectCode,
    enterpriseName: report.enterpriseName,
    placeName: report.placeName,
    currency: report.currency,
    submittedAt: report.submittedAt,
    late: report.timeliness === 'late',
  };
}

type FormProps = Parameters<typeof ReportForm>[0];

/**
 * A report not created yet: the form is empty until the first autosave creates the draft. Returns
 * the form's props, or what to show instead (loading, an error, a bad link).
 */
function useNewReport(isNew: boolean): { props: FormProps | null; other: ReactNode } {
  const { lang, t } = useLocale();
  const [search] = useSearchParams();
  const typeId = search.get('typeId');
  const period = search.get('period') ?? '';
  const projectId = search.get('projectId') ?? '';
  const types = useReportTypes();
  const project = useQuery({
    queryKey: ['reporting', 'project', projectId],
    queryFn: ({ signal }) => api.get<ProjectDetail>(`/api/projects/${projectId}`, { signal }),
    enabled: isNew && Boolean(projectId),
  });
  const periods = usePeriods(
    isType(typeId) ? typeId : 'quarterly_implementation',
    Number(period.slice(0, 4)) || undefined,
    isNew,
  );
  if (!isNew) return { props: null, other: null };
  const badLink = <Result status="404" title={t('reporting.form.badLink')} />;
  if (!isType(typeId) || !projectId || !period) return { props: null, other: badLink };
  const failed = [types, project, periods].find((q) => q.isError);
  if (failed) return { props: null, other: <LoadError error={failed.error} onRetry={() => failed.refetch()} /> };
  if (!types.data || !project.data || !periods.data) return { props: null, other: <PageLoading /> };
  const version = versionFor(types.data, typeId, period);
  const view = periods.data.items.find((p) => p.period === period);
  if (!version || !view) return { props: null, other: badLink };
  const p = project.data;
  return {
    other: null,
    props: {
      report: null,
      create: { typeId, period, projectId },
      version,
      currency: p.currency,
      facts: {
        title: version.name[lang],
        code: null,
        status: null,
        periodLabel: view.label[lang],
        periodState: view.state,
        deadline: view.deadline,
        projectName: p.name,
        projectCode: p.projectCode,
        enterpriseName: p.enterprise?.nameVi ?? null,
        placeName: null,
        currency: p.currency,
        submittedAt: null,
        late: false,
      },
    },
  };
}

/**
 * `/bao-cao-dinh-ky/:id`: the enterprise's form (editable or read-only by status), or the Board's
 * and the ministry's review page. One route for a new report and a saved one, so the first
 * autosave moves the address to the report's id without remounting the form.
 */
export function ReportRoute() {
  const { id = '' } = useParams();
  const { lang } = useLocale();
  const me = useMe().data;
  const isNew = id === NEW_REPORT;
  const report = useReport(isNew ? undefined : id);
  const types = useReportTypes();
  const fresh = useNewReport(isNew);
  if (!me) return <PageLoading />;
  const filer = FILERS.includes(me.role);
  if (isNew && !filer) return <Result status="403" />;
  // The same element in the same place for a new and a saved report: no remount on the first save.
  if (isNew) return fresh.props ? <ReportForm {...fresh.props} /> : fresh.other;
  const failed = [report, types].find((q) => q.isError);
  if (failed) return <LoadError error={failed.error} onRetry={() => failed.refetch()} />;
  if (!report.data || !types.data) return <PageLoading />;
  const r = report.data;
  const version = types.data.items.find((v) => v.id === r.typeVersion) ?? versionFor(types.data, r.typeId, r.period);
  if (!version) return <LoadError error={new Error(r.typeVersion)} />;
  const facts = { ...factsOf(r, version.name[lang]), periodLabel: r.periodLabel[lang] };
  if (!filer) return <ReviewPage report={r} version={version} facts={facts} />;
  return <ReportForm report={r} create={null} version={version} currency={r.currency} facts={facts} />;
}
