import { Alert, Button, Card, Flex, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { BriefingFigure } from '../../../../src/modules/insights/contract';
import { withQuery } from '../../app/api';
import { formatDateTime, todayInVietnam } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { DrillDrawer } from './DrillDrawer';
import { lastClosedQuarter, periodChoices, placesOf, viDecimal } from './periods';
import { useBriefing, useBriefingSets } from './queries';

const SECTION_TITLES: Record<BriefingFigure['section'], { vi: string; en: string }> = {
  places: { vi: 'Khu công nghiệp và khu kinh tế', en: 'Industrial parks and economic zones' },
  inflow: { vi: 'Thu hút đầu tư trong kỳ', en: 'Investment in the period' },
  cumulative: { vi: 'Lũy kế đến cuối kỳ', en: 'Cumulative to the end of the period' },
  production: { vi: 'Sản xuất kinh doanh trong kỳ', en: 'Production and business in the period' },
  labour: { vi: 'Lao động', en: 'Labour' },
};

/**
 * "Bản tin tổng hợp": a province set and a period in Vietnamese prose and a table, each figure
 * beside the country's with its share; a figure opens its records; Word and PDF downloads.
 * The URL keeps the choice (`?pham-vi=group:north30&ky=2025-Q3`).
 */
export function BriefingPage() {
  const { lang, t } = useLocale();
  const [params, setParams] = useSearchParams();
  const sets = useBriefingSets();
  const today = todayInVietnam();
  const set =
    params.get('pham-vi') ??
    sets.data?.items.find((s) => s.selector === 'group:north30')?.selector ??
    sets.data?.items[0]?.selector ??
    null;
  const period = params.get('ky') ?? lastClosedQuarter(today);
  const briefing = useBriefing(set, period);
  const [drill, setDrill] = useState<string | null>(null);
  const change = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  if (sets.isError) return <LoadError error={sets.error} onRetry={() => sets.refetch()} />;
  if (!sets.data) return <PageLoading />;
  const b = briefing.data;
  const query = { set, period };
  const open = (f: BriefingFigure) =>
    f.drill
      ? setDrill(withQuery('/api/insights/briefing/drill', { ...query, cell: f.drill, pageSize: 200 }))
      : undefined;
  const number = (f: BriefingFigure, value: string | null) => (
    <Button type="link" size="small" style={{ padding: 0 }} onClick={() => open(f)} data-testid={`figure-${f.key}`}>
      {viDecimal(value, placesOf(f.unit))}
    </Button>
  );
  const rows: Array<BriefingFigure | { key: string; heading: string }> = [];
  let section: string | null = null;
  for (const f of b?.figures ?? []) {
    if (f.section !== section) rows.push({ key: `h-${f.section}`, heading: SECTION_TITLES[f.section][lang] });
    section = f.section;
    rows.push(f);
  }

  return (
    <Flex vertical gap={16} data-testid="briefing-page">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('insights.briefing.title')}
        </Typography.Title>
        <Space wrap>
          <Select
            showSearch
            optionFilterProp="label"
            style={{ minWidth: 280 }}
            value={set}
            aria-label={t('insights.briefing.set')}
            data-testid="briefing-set"
            onChange={(v) => change('pham-vi', v)}
            options={sets.data.items.map((s) => ({
              value: s.selector,
              label: s.edition && s.kind !== 'country' ? `${s.name} (${s.edition} tỉnh)` : s.name,
            }))}
          />
          <Select
            style={{ width: 160 }}
            value={period}
            aria-label={t('insights.briefing.period')}
            data-testid="briefing-period"
            onChange={(v) => change('ky', v)}
            options={periodChoices(today)}
          />
          <Button href={withQuery('/api/insights/briefing.docx', query)} disabled={!b}>
            {t('insights.briefing.docx')}
          </Button>
          <Button href={withQuery('/api/insights/briefing.pdf', query)} disabled={!b}>
            {t('insights.briefing.pdf')}
          </Button>
        </Space>
      </Flex>
      {sets.data.items.length === 0 ? (
        // A briefing is of provinces; a developer's figures are its parks' dashboard (with its park picker).
        <Alert
          type="info"
          showIcon
          data-testid="briefing-no-sets"
          title={t('insights.briefing.noSets')}
          description={<Link to={PATHS.dashboard}>{t('insights.briefing.toDashboard')}</Link>}
        />
      ) : null}
      {briefing.isError ? <LoadError error={briefing.error} onRetry={() => briefing.refetch()} /> : null}
      {!b ? (
        briefing.isPending && set ? (
          <PageLoading />
        ) : null
      ) : (
        <>
          <Card>
            <Typography.Title level={4} style={{ textAlign: 'center' }}>
              {b.title}
            </Typography.Title>
            {b.set.members.length > 1 ? (
              <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
                {t('insights.briefing.members', {
                  count: b.set.members.length,
                  names: b.set.members.map((m) => m.name).join(', '),
                })}
              </Typography.Paragraph>
            ) : null}
            {b.paragraphs.map((p) => (
              <Typography.Paragraph key={p.slice(0, 40)} style={{ textAlign: 'justify', textIndent: 24 }}>
                {p}
              </Typography.Paragraph>
            ))}
          </Card>
          <Card
            title={t('insights.briefing.table')}
            extra={<Typography.Text type="secondary">{t('insights.briefing.hint')}</Typography.Text>}
          >
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={rows}
              data-testid="briefing-table"
              columns={[
                {
                  key: 'label',
                  title: t('insights.briefing.figure'),
                  render: (_, r) => ('heading' in r ? <b>{r.heading}</b> : r.label[lang]),
                  onCell: (r) => ('heading' in r ? { colSpan: 5 } : {}),
                },
                {
                  key: 'unit',
                  title: t('insights.briefing.unit'),
                  render: (_, r) => ('heading' in r ? null : r.unit),
                  onCell: (r) => ('heading' in r ? { colSpan: 0 } : {}),
                },
                {
                  key: 'value',
                  title: b.set.name,
                  align: 'right',
                  render: (_, r) => ('heading' in r ? null : number(r, r.value)),
                  onCell: (r) => ('heading' in r ? { colSpan: 0 } : {}),
                },
                {
                  key: 'national',
                  title: t('insights.briefing.country'),
                  align: 'right',
                  render: (_, r) => ('heading' in r ? null : viDecimal(r.national, placesOf(r.unit))),
                  onCell: (r) => ('heading' in r ? { colSpan: 0 } : {}),
                },
                {
                  key: 'share',
                  title: t('insights.briefing.share'),
                  align: 'right',
                  render: (_, r) => ('heading' in r || r.share === null ? null : `${viDecimal(r.share, 1)}%`),
                  onCell: (r) => ('heading' in r ? { colSpan: 0 } : {}),
                },
              ]}
            />
          </Card>
          <Card title={t('insights.briefing.notes')} size="small">
            {b.notes.map((n) => (
              <Typography.Paragraph key={n} style={{ marginBottom: 4 }}>
                – {n}
              </Typography.Paragraph>
            ))}
            <Typography.Text type="secondary">
              {t('insights.computedAt', { time: formatDateTime(b.computedAt) })}
            </Typography.Text>
          </Card>
        </>
      )}
      <DrillDrawer url={drill} onClose={() => setDrill(null)} />
    </Flex>
  );
}
