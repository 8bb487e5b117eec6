import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, List, Row, Select, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { FormCode } from '../../../../src/modules/statistics/contract';
import { errorText } from '../../app/api';
import { formatDateTime, todayInVietnam } from '../../app/format';
import { useLocale } from '../../app/locale';
import { useMe } from '../../app/session';
import { PageLoading } from '../../ui/PageLoading';
import { useProvinceOptions } from '../investment/provinces';
import { joinPeriod, lastClosedQuarter, splitPeriod } from './cells';
import { DrillDrawer } from './DrillDrawer';
import { type CellPick, FormTableView } from './FormTableView';
import { OverviewGrid } from './OverviewGrid';
import { formFileUrl, type Scope, useFormTable, useHistory, useStatusList } from './queries';
import { VersionHistory } from './VersionHistory';
import { StatusTag, WorkflowPanel } from './WorkflowPanel';

const FIRST_YEAR = 2015;

/** A quarter or a whole year, never one that has not begun. */
function PeriodPicker({ value, onChange }: { value: string; onChange: (p: string) => void }) {
  const { t } = useLocale();
  const today = todayInVietnam();
  const thisYear = Number(today.slice(0, 4));
  const thisQuarter = Math.ceil(Number(today.slice(5, 7)) / 3);
  const { year, quarter } = splitPeriod(value);
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  const quarterOptions = [
    ...[1, 2, 3, 4].map((q) => ({
      value: q,
      label: t('stats.quarter', { q }),
      disabled: year === thisYear && q > thisQuarter,
    })),
    { value: 0, label: t('stats.wholeYear') },
  ];
  return (
    <Space.Compact>
      <Select
        value={year}
        style={{ width: 100 }}
        options={years.map((y) => ({ value: y, label: String(y) }))}
        onChange={(y) =>
          onChange(joinPeriod(y, y === thisYear && (quarter ?? 0) > thisQuarter ? thisQuarter : quarter))
        }
        data-testid="period-year"
        aria-label={t('stats.year')}
      />
      <Select
        value={quarter ?? 0}
        style={{ width: 110 }}
        options={quarterOptions}
        onChange={(q) => onChange(joinPeriod(year, q === 0 ? null : q))}
        data-testid="period-quarter"
        aria-label={t('stats.period')}
      />
    </Space.Compact>
  );
}

/**
 * "Biểu mẫu thống kê": pick a period (and, for the ministry, a province or the whole country),
 * see the forms with their workflow status, open one computed live, click a figure to see its
 * records, export it, move it through the workflow, and compare sent versions with today's
 * figures. The ministry also sees every province's submissions for the period.
 */
export function FormsPage() {
  const { lang, t } = useLocale();
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const isMinistry = me?.role === 'ministry';
  const period = params.get('period') ?? lastClosedQuarter(todayInVietnam());
  const province = isMinistry ? (params.get('province') ?? undefined) : undefined;
  const scope: Scope = { period, province };
  const view = isMinistry && params.get('view') === 'overview' ? 'overview' : 'forms';
  const provinceOptions = useProvinceOptions();
  const status = useStatusList(scope);
  const items = status.data?.items ?? [];
  const code = (params.get('form') ?? items[0]?.code ?? null) as FormCode | null;
  const selected = items.find((i) => i.code === code) ?? null;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const form = useFormTable(code, scope, page);
  const isCountry = status.data?.scope.kind === 'country';
  const history = useHistory(code, scope, !isCountry && status.data !== undefined);
  const [pick, setPick] = useState<CellPick | null>(null);

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    // Another form, period or province starts at its first page.
    if (!('page' in changes)) next.delete('page');
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next);
  };

  if (!me) return <PageLoading />;
  const filters = (
    <Flex gap={12} wrap align="center">
      <Typography.Text>{t('stats.period')}:</Typography.Text>
      <PeriodPicker value={period} onChange={(p) => update({ period: p })} />
      {isMinistry && (
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 260 }}
          value={province ?? ''}
          options={[{ value: '', label: t('stats.country') }, ...provinceOptions]}
          onChange={(v: string) => update({ province: v || undefined })}
          data-testid="stats-province"
          aria-label={t('stats.province')}
        />
      )}
      {status.data?.scope.kind === 'province' && !isMinistry && <Tag color="blue">{status.data.scope.name}</Tag>}
    </Flex>
  );

  const formsView = (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={6}>
        <Card size="small" title={t('stats.list.title')} styles={{ body: { padding: 0 } }}>
          {status.error && <Alert type="error" showIcon title={errorText(status.error, lang)} />}
          <List
            size="small"
            loading={status.isFetching && !status.data}
            locale={{ emptyText: t('stats.list.empty') }}
            dataSource={items}
            data-testid="forms-list"
            renderItem={(item) => (
              <List.Item
                onClick={() => update({ form: item.code })}
                data-testid={`form-item-${item.code}`}
                style={{
                  cursor: 'pointer',
                  padding: '8px 12px',
                  background: item.code === code ? '#e6f0fa' : undefined,
                  borderLeft: item.code === code ? '3px solid #0b2f57' : '3px solid transparent',
                }}
              >
                <Flex vertical gap={2} style={{ width: '100%' }}>
                  <Flex justify="space-between" align="center" gap={6}>
                    <Typography.Text strong>{item.code}</Typography.Text>
                    {item.latest ? (
                      <StatusTag status={item.latest.status} />
                    ) : isCountry ? null : (
                      <Tag>{t('stats.list.notStarted')}</Tag>
                    )}
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: item.title[lang] }}>
                    {item.title[lang]}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} xl={18}>
        {code && (
          <Flex vertical gap={16}>
            <Card
              size="small"
              data-testid="form-viewer"
              title={
                <Flex vertical style={{ padding: '6px 0', whiteSpace: 'normal' }}>
                  <Typography.Text type="secondary">Biểu {selected?.fullCode ?? code}</Typography.Text>
                  <Typography.Text strong style={{ fontSize: 16 }}>
                    {selected?.title[lang]}
                  </Typography.Text>
                  {form.data && (
                    <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
                      {form.data.periodLabel[lang]} ·{' '}
                      {form.data.scope.kind === 'country' ? t('stats.country') : form.data.scope.name} ·{' '}
                      {t('stats.computedAt', { at: formatDateTime(form.data.computedAt) })}
                    </Typography.Text>
                  )}
                </Flex>
              }
              extra={
                <Flex gap={8} wrap align="center">
                  {selected?.landscape && <Tag color="purple">{t('stats.landscape')}</Tag>}
                  <Button
                    icon={<FileExcelOutlined />}
                    href={formFileUrl(code, scope, 'xlsx')}
                    data-testid="export-xlsx"
                  >
                    {t('stats.exportXlsx')}
                  </Button>
                  <Button icon={<FileWordOutlined />} href={formFileUrl(code, scope, 'docx')} data-testid="export-docx">
                    {t('stats.exportDocx')}
                  </Button>
                </Flex>
              }
            >
              {form.error && <Alert type="error" showIcon title={errorText(form.error, lang)} />}
              {form.isPending && !form.error && <PageLoading />}
              {form.data && form.data.code === code && (
                <FormTableView form={form.data} onPick={setPick} onPage={(p) => update({ page: String(p) })} />
              )}
            </Card>
            <WorkflowPanel
              code={code}
              period={period}
              latest={selected?.latest ?? null}
              canPrepare={selected?.canPrepare ?? false}
              country={isCountry}
              workflow={history.data?.items[0]?.workflow ?? history.data?.workflow ?? null}
            />
            {!isCountry && history.data && <VersionHistory items={history.data.items} />}
          </Flex>
        )}
      </Col>
      {code && <DrillDrawer code={code} scope={scope} pick={pick} onClose={() => setPick(null)} />}
    </Row>
  );

  return (
    <Flex vertical gap={16} data-testid="forms-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('stats.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {t('stats.intro')}
        </Typography.Paragraph>
      </div>
      {filters}
      {isMinistry ? (
        <Tabs
          activeKey={view}
          onChange={(k) => update({ view: k === 'overview' ? 'overview' : undefined })}
          items={[
            { key: 'forms', label: t('stats.tab.forms'), children: formsView },
            {
              key: 'overview',
              label: <span data-testid="tab-overview">{t('stats.tab.overview')}</span>,
              children: (
                <OverviewGrid period={period} onOpen={(p, c) => update({ view: undefined, province: p, form: c })} />
              ),
            },
          ]}
        />
      ) : (
        formsView
      )}
    </Flex>
  );
}
