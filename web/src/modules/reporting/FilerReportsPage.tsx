import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Collapse, Empty, Flex, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { ProjectPage } from '../../../../src/modules/investment/contract';
import type { PeriodView, ReportTypeId } from '../../../../src/modules/reporting/contract';
import { api } from '../../app/api';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { ExportLink } from './ExportLink';
import { FilerFilters, useFilerFilters } from './FilerFilters';
import { LifecycleDrawer } from './Lifecycle';
import { PeriodStateTag } from './labels';
import { PeriodProjects, type ProjectRow } from './PeriodProjects';
import { useMissingOf, usePeriods, useReopenings, useReports, useReportTypes } from './queries';
import { ECO_REPORTS } from './ReceiverNav';

type TypedPeriod = PeriodView & { typeId: ReportTypeId };

function useOwnProjects() {
  return useQuery({
    queryKey: ['reporting', 'own-projects'],
    queryFn: ({ signal }) => api.get<ProjectPage>('/api/projects?pageSize=200&sort=name', { signal }),
    staleTime: 5 * 60_000,
  });
}

/**
 * "Báo cáo định kỳ" for an enterprise (or an infrastructure developer): the periods of a year,
 * newest first, each with its state and deadline and, per project, the report and the actions
 * its status allows (C.3); "Lập báo cáo" only while the period is open or reopened for the
 * project (C.1). The server decides every action again.
 */
export function FilerReportsPage() {
  const { lang, t } = useLocale();
  const [filters, set] = useFilerFilters();
  const types = useReportTypes();
  const quarters = usePeriods('quarterly_implementation', filters.year);
  const years = usePeriods('annual_implementation', filters.year);
  const projects = useOwnProjects();
  const reports = useReports(
    { year: filters.year, q: filters.q, pageSize: 200 },
    { status: filters.status, periodState: filters.states },
  );
  const reopenings = useReopenings({});
  const [lifecycle, setLifecycle] = useState<{ id: string; code: string; typeId: ReportTypeId } | null>(null);

  const periods = useMemo<TypedPeriod[]>(() => {
    const all: TypedPeriod[] = [
      ...(quarters.data?.items ?? []).map((p) => ({ ...p, typeId: 'quarterly_implementation' as const })),
      ...(years.data?.items ?? []).map((p) => ({ ...p, typeId: 'annual_implementation' as const })),
    ];
    return all
      .filter((p) => filters.states.length === 0 || filters.states.includes(p.state))
      .sort((a, b) => b.opensOn.localeCompare(a.opensOn) || a.typeId.localeCompare(b.typeId));
  }, [quarters.data, years.data, filters.states]);

  const missing = useMissingOf(periods);

  const failed = [types, quarters, years, projects, reports].find((q) => q.isError);
  if (failed) return <LoadError error={failed.error} onRetry={() => failed.refetch()} />;
  if (!types.data || !quarters.data || !years.data || !projects.data || !reports.data) return <PageLoading />;

  const activeReopening = (typeId: ReportTypeId, period: string, projectId: string) =>
    (reopenings.data?.items ?? []).find(
      (r) => r.typeId === typeId && r.period === period && r.projectId === projectId && r.active,
    ) ?? null;
  const narrowed = Boolean(filters.q) || filters.status.length > 0;
  const fieldsOf = (typeId: ReportTypeId) => types.data.items.filter((v) => v.typeId === typeId).at(-1)?.fields ?? [];

  const panels = periods.map((p, i) => {
    const own = reports.data.items.filter((r) => r.period === p.period && r.typeId === p.typeId);
    // Who had to report: those with a report, and those the server lists as missing (while it is
    // loading, or if it cannot say, every project of the enterprise).
    const due = missing[i]?.data
      ? new Set([...own.map((r) => r.projectId), ...missing[i].data.items.map((m) => m.projectId)])
      : null;
    const rows: ProjectRow[] = projects.data.items
      .filter((project) => !due || due.has(project.id))
      .map((project) => ({
        project,
        report: own.find((r) => r.projectId === project.id) ?? null,
        reopening: activeReopening(p.typeId, p.period, project.id),
      }));
    const shownRows = narrowed ? rows.filter((r) => r.report) : rows;
    const filed = rows.filter((r) => r.report && r.report.status !== 'draft').length;
    return {
      key: `${p.typeId}:${p.period}`,
      period: p,
      rows: shownRows,
      label: (
        <Flex justify="space-between" align="center" gap={12} wrap style={{ width: '100%' }}>
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong data-testid="period-label">
              {p.label[lang]}
            </Typography.Text>
            <Typography.Text type="secondary">{t(`reporting.type.short.${p.typeId}`)}</Typography.Text>
            <PeriodStateTag state={p.state} testId="period-state" />
          </Flex>
          <Flex gap={16} wrap>
            <Typography.Text type="secondary">
              {t('reporting.period.window', { from: formatDate(p.opensOn), to: formatDate(p.deadline) })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('reporting.period.filed', { filed, total: rows.length })}
            </Typography.Text>
          </Flex>
        </Flex>
      ),
    };
  });
  const visible = panels.filter((panel) => panel.rows.length > 0 || !narrowed);
  const openKeys = visible
    .filter((p) => p.period.state === 'open' || p.rows.some((r) => r.reopening))
    .map((p) => p.key);

  return (
    <Flex vertical gap={16} data-testid="filer-reports-page">
      <Flex vertical gap={4}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('reporting.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('reporting.filer.intro')}</Typography.Text>
        <Link to={ECO_REPORTS} data-testid="eco-reports-link">
          {t('reporting.nav.eco')} →
        </Link>
      </Flex>
      <Card size="small">
        <Flex gap={12} justify="space-between" align="center" wrap>
          <FilerFilters filters={filters} set={set} />
          <ExportLink
            params={{ year: filters.year, q: filters.q }}
            multi={{ status: filters.status, periodState: filters.states }}
          />
        </Flex>
      </Card>
      {projects.data.items.length === 0 && (
        <Alert type="info" showIcon title={t('reporting.filer.noProjects')} data-testid="no-projects" />
      )}
      {visible.length === 0 ? (
        <Card>
          <Empty description={t(narrowed ? 'reporting.list.noMatch' : 'reporting.list.noPeriods')} />
        </Card>
      ) : (
        <Collapse
          key={`${filters.year ?? ''}|${openKeys.join(',')}`}
          defaultActiveKey={openKeys}
          data-testid="period-list"
          items={visible.map((panel) => ({
            key: panel.key,
            label: panel.label,
            'data-testid': `period-${panel.key.replace(':', '-')}`,
            children: (
              <PeriodProjects
                period={panel.period}
                typeId={panel.period.typeId}
                rows={panel.rows}
                onLifecycle={(id, code) => setLifecycle({ id, code, typeId: panel.period.typeId })}
              />
            ),
          }))}
        />
      )}
      <LifecycleDrawer
        reportId={lifecycle?.id ?? null}
        code={lifecycle?.code ?? ''}
        fields={lifecycle ? fieldsOf(lifecycle.typeId) : []}
        onClose={() => setLifecycle(null)}
      />
    </Flex>
  );
}
