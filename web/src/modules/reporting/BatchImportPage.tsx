import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Flex,
  Progress,
  Select,
  Table,
  type TableColumnsType,
  Typography,
  Upload,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ReportTypeId } from '../../../../src/modules/reporting/contract';
import { withQuery } from '../../app/api';
import { formatNumber } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { ParkSelect } from '../investment/pickers';
import { ImportFailure } from './ImportOutcome';
import { PeriodStateTag, StatusTag } from './labels';
import { type ImportResult, URLS, useImportWorkbook, usePeriods } from './queries';
import { ReceiverNav } from './ReceiverNav';

const TYPES: readonly ReportTypeId[] = ['quarterly_implementation', 'annual_implementation'];
type Item = ImportResult['items'][number];

/**
 * A Board files many projects' reports of one period from one workbook: the period's template
 * (one row per project that must report, in the Board's province or one park), then the upload,
 * all or nothing, with every problem by sheet, row and column.
 */
export function BatchImportPage() {
  const { lang, t } = useLocale();
  const [search, setSearch] = useSearchParams();
  const typeId: ReportTypeId =
    search.get('typeId') === 'annual_implementation' ? 'annual_implementation' : 'quarterly_implementation';
  const periods = usePeriods(typeId, undefined);
  const previous = usePeriods(
    typeId,
    periods.data ? Number(periods.data.items[0]?.period.slice(0, 4)) - 1 : undefined,
    Boolean(periods.data),
  );
  const choices = useMemo(
    () =>
      [...(periods.data?.items ?? []), ...(previous.data?.items ?? [])]
        .filter((p) => p.state !== 'not_due')
        .sort((a, b) => b.opensOn.localeCompare(a.opensOn)),
    [periods.data, previous.data],
  );
  const periodCode = search.get('period') ?? choices.find((p) => p.state === 'open')?.period ?? choices[0]?.period;
  const period = choices.find((p) => p.period === periodCode);
  const parkId = search.get('parkId') ?? undefined;
  const [submit, setSubmit] = useState(false);
  const [fileName, setFileName] = useState('');
  const upload = useImportWorkbook();
  const set = (next: Record<string, string | undefined>) => {
    upload.reset();
    const merged: Record<string, string | undefined> = { typeId, period: periodCode, parkId, ...next };
    setSearch(Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => Boolean(e[1]))), {
      replace: true,
    });
  };

  const columns: TableColumnsType<Item> = [
    { title: t('reporting.batch.col.row'), dataIndex: 'row', width: 80, align: 'right' },
    { title: t('reporting.batch.col.project'), dataIndex: 'projectCode', width: 160 },
    {
      title: t('reporting.col.code'),
      key: 'code',
      render: (_, i) => <Link to={`${PATHS.reports}/${i.reportId}`}>{i.code}</Link>,
    },
    { title: t('reporting.col.status'), key: 'status', width: 180, render: (_, i) => <StatusTag status={i.status} /> },
    {
      title: '',
      key: 'created',
      width: 180,
      render: (_, i) => t(i.created ? 'reporting.batch.created' : 'reporting.batch.updated'),
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="batch-page" style={{ maxWidth: 1200 }}>
      <ReceiverNav />
      <Typography.Paragraph style={{ margin: 0 }}>{t('reporting.batch.intro')}</Typography.Paragraph>
      <Card size="small" title={t('reporting.batch.step1')}>
        <Flex gap={12} wrap align="center">
          <Select
            value={typeId}
            onChange={(next) => set({ typeId: next, period: undefined })}
            options={TYPES.map((id) => ({ value: id, label: t(`reporting.type.short.${id}`) }))}
            style={{ width: 160 }}
            data-testid="batch-type"
          />
          <Select
            value={periodCode}
            onChange={(next) => set({ period: next })}
            options={choices.map((p) => ({ value: p.period, label: p.label[lang] }))}
            style={{ width: 180 }}
            data-testid="batch-period"
          />
          {period && <PeriodStateTag state={period.state} />}
          <ParkSelect
            value={parkId}
            onChange={(next) => set({ parkId: next })}
            placeholder={t('reporting.filter.parkAll')}
            style={{ width: 300 }}
            testId="batch-park"
          />
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            href={withQuery(URLS.template, { typeId, period: periodCode, parkId })}
            download
            disabled={!periodCode}
            data-testid="batch-template"
          >
            {t('reporting.batch.template')}
          </Button>
        </Flex>
      </Card>
      <Card size="small" title={t('reporting.batch.step2')}>
        <Flex vertical gap={12}>
          <Checkbox checked={submit} onChange={(e) => setSubmit(e.target.checked)} data-testid="batch-submit">
            {t('reporting.batch.submit')}
          </Checkbox>
          {upload.isPending ? (
            <Flex vertical gap={8} data-testid="batch-running">
              <Typography.Text strong>{t('reporting.batch.running', { file: fileName })}</Typography.Text>
              <Progress percent={99} status="active" showInfo={false} />
            </Flex>
          ) : upload.data ? (
            <Flex vertical gap={12}>
              <Alert
                type="success"
                showIcon
                data-testid="batch-done"
                title={t('reporting.batch.done', {
                  count: formatNumber(upload.data.items.length),
                  period: period?.label[lang] ?? upload.data.period,
                })}
                action={<Button onClick={() => upload.reset()}>{t('reporting.batch.again')}</Button>}
              />
              <Table
                size="small"
                rowKey="reportId"
                columns={columns}
                dataSource={upload.data.items}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                data-testid="batch-result"
              />
            </Flex>
          ) : (
            <>
              <Upload.Dragger
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                multiple={false}
                showUploadList={false}
                beforeUpload={(file) => {
                  setFileName(file.name);
                  upload.mutate({ file, submit });
                  return Upload.LIST_IGNORE;
                }}
                data-testid="batch-upload"
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{t('reporting.batch.drop')}</p>
              </Upload.Dragger>
              {upload.error && <ImportFailure error={upload.error} />}
            </>
          )}
        </Flex>
      </Card>
    </Flex>
  );
}
