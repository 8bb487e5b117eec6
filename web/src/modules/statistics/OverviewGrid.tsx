import { Alert, Card, Flex, Table, Tag, Typography } from 'antd';
import {
  type Overview,
  SUBMISSION_STATUS_LABELS,
  SUBMISSION_STATUSES,
} from '../../../../src/modules/statistics/contract-workflow';
import { errorText } from '../../app/api';
import { useLocale } from '../../app/locale';
import { splitPeriod } from './cells';
import { useOverview } from './queries';
import { STATUS_COLOURS } from './WorkflowPanel';

type ProvinceRow = Overview['provinces'][number];

/**
 * The ministry's view of a period at a glance: the 34 provinces × the forms, each cell the
 * newest version's status (or "not started"), with the counts per status; a cell opens that
 * province's form.
 */
export function OverviewGrid({ period, onOpen }: { period: string; onOpen: (province: string, code: string) => void }) {
  const { lang, t } = useLocale();
  const overview = useOverview(period, true);
  const data = overview.data;
  const { year, quarter } = splitPeriod(period);
  const periodText = quarter
    ? lang === 'vi'
      ? `Quý ${['I', 'II', 'III', 'IV'][quarter - 1]}/${year}`
      : `Q${quarter} ${year}`
    : `${t('stats.year')} ${year}`;
  if (overview.error) return <Alert type="error" showIcon title={errorText(overview.error, lang)} />;
  return (
    <Card
      size="small"
      title={t('stats.overview.title', { period: periodText })}
      data-testid="overview-grid"
      extra={<Typography.Text type="secondary">{t('stats.overview.open')}</Typography.Text>}
    >
      {data && (
        <Flex gap={8} wrap style={{ marginBottom: 12 }} data-testid="overview-counts">
          <Typography.Text>{t('stats.overview.legend')}:</Typography.Text>
          <Tag>
            {t('stats.overview.notStarted')}: {data.counts.notStarted}
          </Tag>
          {SUBMISSION_STATUSES.map((s) => (
            <Tag key={s} color={STATUS_COLOURS[s]}>
              {SUBMISSION_STATUS_LABELS[s][lang]}: {data.counts[s]}
            </Tag>
          ))}
        </Flex>
      )}
      <Table<ProvinceRow>
        size="small"
        bordered
        sticky
        loading={overview.isFetching && !data}
        rowKey="code"
        dataSource={data?.provinces ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'province',
            title: t('stats.overview.provinceCol'),
            fixed: 'left',
            width: 220,
            render: (_, p) => `${p.code} · ${p.name}`,
          },
          ...(data?.forms ?? []).map((code) => ({
            key: code,
            title: code,
            align: 'center' as const,
            render: (_: unknown, p: ProvinceRow) => {
              const s = p.statuses[code];
              return (
                <Typography.Link onClick={() => onOpen(p.code, code)} data-testid={`overview-${p.code}-${code}`}>
                  {s ? (
                    <Tag color={STATUS_COLOURS[s.status]} style={{ marginInlineEnd: 0 }}>
                      {SUBMISSION_STATUS_LABELS[s.status][lang]}
                      {s.version > 1 ? ` (v${s.version})` : ''}
                    </Tag>
                  ) : (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('stats.overview.notStarted')}
                    </Typography.Text>
                  )}
                </Typography.Link>
              );
            },
          })),
        ]}
      />
    </Card>
  );
}
