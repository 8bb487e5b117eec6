import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Table, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import type { ImportJob, ImportKind, ImportProblem } from '../../../../src/modules/registry-io/contract';
import { formatNumber } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { problemsUrl } from './queries';

/** Where the imported records are listed. */
const LIST_OF: Record<ImportKind, string> = {
  zones: PATHS.zones,
  parks: PATHS.parks,
  enterprises: PATHS.enterprises,
  investors: `${PATHS.enterprises}/nha-dau-tu`,
  projects: PATHS.projects,
  'certificate-events': PATHS.projects,
};

function percentOf(job: ImportJob): number {
  if (job.phase === 'done') return 100;
  if (job.phase === 'queued' || job.phase === 'reading' || job.total === 0) return 2;
  // Checking is quick; writing through the services is where the time goes.
  const share = job.done / job.total;
  return Math.round(job.phase === 'checking' ? 5 + share * 15 : 20 + share * 79);
}

function Running({ job }: { job: ImportJob }) {
  const { t } = useLocale();
  const vars = { done: formatNumber(job.done), total: formatNumber(job.total) };
  return (
    <Card data-testid="import-running">
      <Flex vertical gap={8}>
        <Typography.Text strong>{t('imports.running', { file: job.fileName ?? '' })}</Typography.Text>
        <Progress percent={percentOf(job)} status="active" data-testid="import-progress" />
        <Typography.Text data-testid="import-phase">{t(`imports.phase.${job.phase}`, vars)}</Typography.Text>
        <Typography.Text type="secondary">{t('imports.runningHint')}</Typography.Text>
      </Flex>
    </Card>
  );
}

function Problems({ job }: { job: ImportJob }) {
  const { lang, t } = useLocale();
  const columns: TableColumnsType<ImportProblem> = [
    { title: t('imports.col.sheet'), dataIndex: 'sheet', width: 190 },
    {
      title: t('imports.col.row'),
      dataIndex: 'row',
      width: 80,
      align: 'right',
      render: (row: number | null) => (row === null ? t('imports.wholeFile') : formatNumber(row)),
    },
    {
      title: t('imports.col.column'),
      dataIndex: 'column',
      width: 80,
      align: 'center',
      render: (column: string | null) => column ?? '—',
    },
    {
      title: t('imports.col.header'),
      key: 'header',
      width: 240,
      render: (_, p) => (lang === 'vi' ? p.header : p.headerEn) ?? t('imports.wholeRow'),
    },
    { title: t('imports.col.message'), key: 'message', render: (_, p) => (lang === 'vi' ? p.message : p.messageEn) },
  ];
  return (
    <Card
      title={t('imports.problems', {
        count: formatNumber(job.problemsTotal),
        rows: formatNumber(job.rowsWithProblems),
      })}
      extra={
        <Button icon={<DownloadOutlined />} href={problemsUrl(job.id)} download data-testid="import-problems-download">
          {t('imports.downloadProblems')}
        </Button>
      }
    >
      {job.problemsTotal > job.problems.length && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('imports.problemsCut', {
            shown: formatNumber(job.problems.length),
            count: formatNumber(job.problemsTotal),
          })}
        />
      )}
      <Table
        size="small"
        rowKey={(p) => `${p.sheet}|${p.row}|${p.column}|${p.message}`}
        columns={columns}
        dataSource={job.problems}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        data-testid="import-problems"
      />
    </Card>
  );
}

/** A job's progress while it runs, then what came of it: the counts, or every problem to fix. */
export function ImportJobPanel({ job, onAgain }: { job: ImportJob; onAgain: () => void }) {
  const { lang, t } = useLocale();
  if (job.status === 'running') return <Running job={job} />;
  const again = (
    <Button icon={<FileExcelOutlined />} onClick={onAgain} data-testid="import-again">
      {t('imports.again')}
    </Button>
  );
  const file = job.fileName ?? '';
  if (job.status === 'succeeded') {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="import-succeeded"
        title={t('imports.succeeded', { file })}
        description={t('imports.succeededDetail', {
          count: formatNumber(job.created ?? 0),
          rate: formatNumber(job.rowsPerSecond ?? 0),
        })}
        action={
          <Flex vertical gap={8}>
            <Link to={LIST_OF[job.kind]}>
              <Button type="primary" block>
                {t('imports.openList')}
              </Button>
            </Link>
            {again}
          </Flex>
        }
      />
    );
  }
  const message = job.message ? (lang === 'vi' ? job.message.vi : job.message.en) : '';
  return (
    <Flex vertical gap={16}>
      <Alert
        type="error"
        showIcon
        data-testid="import-rejected"
        title={job.status === 'failed' ? t('imports.failed') : t('imports.rejected', { file })}
        description={message}
        action={again}
      />
      {job.problems.length > 0 && <Problems job={job} />}
    </Flex>
  );
}
