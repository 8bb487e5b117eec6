import {
  DeleteOutlined,
  EditOutlined,
  EyeOutlined,
  HistoryOutlined,
  InfoCircleOutlined,
  PlusOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { ProjectSummary } from '../../../../src/modules/investment/contract';
import type { PeriodView, ReportTypeId } from '../../../../src/modules/reporting/contract';
import { errorText } from '../../app/api';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { formatStamp, StatusTag } from './labels';
import { type Reopenings, type ReportList, useReportMutations } from './queries';

export type ProjectRow = {
  project: Pick<ProjectSummary, 'id' | 'projectCode' | 'name'>;
  report: ReportList['items'][number] | null;
  reopening: Reopenings['items'][number] | null;
};

export const newReportPath = (typeId: ReportTypeId, period: string, projectId: string) =>
  `${PATHS.reports}/lap?${new URLSearchParams({ typeId, period, projectId }).toString()}`;

/** The projects of one period: each report with the actions its status allows, or how to start one. */
export function PeriodProjects({
  period,
  typeId,
  rows,
  onLifecycle,
}: {
  period: PeriodView;
  typeId: ReportTypeId;
  rows: ProjectRow[];
  onLifecycle: (id: string, code: string) => void;
}) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { remove } = useReportMutations();

  const startable = (row: ProjectRow) => period.state === 'open' || row.reopening !== null;
  const columns: TableColumnsType<ProjectRow> = [
    {
      title: t('reporting.col.code'),
      key: 'code',
      width: 170,
      render: (_, row) =>
        row.report ? (
          <Typography.Text strong data-testid="report-code">
            {row.report.code}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      title: t('reporting.col.project'),
      key: 'project',
      render: (_, row) => (
        <Flex vertical gap={0}>
          <Typography.Text>{row.project.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('reporting.projectCode', { code: row.project.projectCode })}
            {row.report?.createdByName && (
              <Tooltip title={t('reporting.createdBy', { name: row.report.createdByName })}>
                <InfoCircleOutlined style={{ marginInlineStart: 6 }} />
              </Tooltip>
            )}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('reporting.col.updatedAt'),
      key: 'updatedAt',
      width: 150,
      render: (_, row) => (row.report ? formatStamp(row.report.updatedAt) : '—'),
    },
    {
      title: t('reporting.col.status'),
      key: 'status',
      width: 190,
      render: (_, row) => {
        if (!row.report) {
          const text =
            period.state === 'not_due'
              ? t('reporting.empty.notDue')
              : startable(row)
                ? t('reporting.empty.open')
                : t('reporting.empty.closed');
          return (
            <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="report-empty">
              {text}
            </Typography.Text>
          );
        }
        return (
          <Flex gap={4} wrap>
            <StatusTag status={row.report.status} testId="report-status" />
            {row.report.timeliness === 'late' && <Tag color="orange">{t('reporting.timeliness.late')}</Tag>}
          </Flex>
        );
      },
    },
    {
      title: t('reporting.col.actions'),
      key: 'actions',
      width: 300,
      render: (_, row) => {
        const r = row.report;
        if (!r) {
          if (!startable(row)) return null;
          return (
            <Flex vertical gap={2} align="flex-start">
              <Button
                type="primary"
                size="small"
                icon={<PlusOutlined />}
                onClick={() => navigate(newReportPath(typeId, period.period, row.project.id))}
                data-testid="report-create"
              >
                {t('reporting.action.create')}
              </Button>
              {row.reopening && (
                <Typography.Text type="warning" style={{ fontSize: 12 }}>
                  {t('reporting.reopenedUntil', { date: formatDate(row.reopening.openUntil) })}
                </Typography.Text>
              )}
            </Flex>
          );
        }
        const open = `${PATHS.reports}/${r.id}`;
        const editable = r.status === 'draft' || r.status === 'revision_requested';
        const deletable = r.status === 'draft' && r.firstSubmittedAt === null;
        return (
          <Flex gap={4} wrap>
            {editable ? (
              <>
                <Button size="small" icon={<EditOutlined />} onClick={() => navigate(open)} data-testid="report-edit">
                  {t('reporting.action.edit')}
                </Button>
                <Button
                  size="small"
                  type="primary"
                  icon={<SendOutlined />}
                  onClick={() => navigate(`${open}?nop=1`)}
                  data-testid="report-submit-from-list"
                >
                  {t('reporting.action.submit')}
                </Button>
              </>
            ) : (
              <Button size="small" icon={<EyeOutlined />} onClick={() => navigate(open)} data-testid="report-view">
                {t('reporting.action.view')}
              </Button>
            )}
            <Button
              size="small"
              icon={<HistoryOutlined />}
              onClick={() => onLifecycle(r.id, r.code)}
              data-testid="report-lifecycle-open"
            >
              {t('reporting.action.lifecycle')}
            </Button>
            {deletable && (
              <Popconfirm
                title={t('reporting.delete.title', { code: r.code })}
                description={t('reporting.delete.text')}
                okText={t('reporting.action.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('reporting.cancel')}
                onConfirm={() =>
                  remove
                    .mutateAsync(r.id)
                    .then(() => message.success(t('reporting.delete.done', { code: r.code })))
                    .catch((e: unknown) => message.error(errorText(e, lang)))
                }
              >
                <Button size="small" danger icon={<DeleteOutlined />} data-testid="report-delete">
                  {t('reporting.action.delete')}
                </Button>
              </Popconfirm>
            )}
          </Flex>
        );
      },
    },
  ];
  return (
    <Table
      size="small"
      rowKey={(row) => row.project.id}
      columns={columns}
      dataSource={rows}
      pagination={
        rows.length > 10 ? { pageSize: 10, showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100] } : false
      }
      data-testid="period-projects"
    />
  );
}
