import { Alert, Table, type TableColumnsType } from 'antd';
import { errorText } from '../../app/api';
import { formatNumber } from '../../app/format';
import { useLocale } from '../../app/locale';
import { type ImportProblem, ImportRejected } from './queries';

/** Why a workbook was refused: the server's sentence, then every problem by sheet, row and column. */
export function ImportFailure({ error, compact = false }: { error: unknown; compact?: boolean }) {
  const { lang, t } = useLocale();
  const problems = error instanceof ImportRejected ? error.problems : [];
  const columns: TableColumnsType<ImportProblem> = [
    ...(compact ? [] : [{ title: t('reporting.import.sheet'), dataIndex: 'sheet', width: 160 }]),
    {
      title: t('reporting.import.row'),
      dataIndex: 'row',
      width: 70,
      align: 'right',
      render: (row: number | null) => (row === null ? t('reporting.import.wholeFile') : formatNumber(row)),
    },
    {
      title: t('reporting.import.column'),
      dataIndex: 'column',
      width: compact ? 150 : 260,
      render: (c: string | null) => c ?? '—',
    },
    { title: t('reporting.import.message'), key: 'm', render: (_, p) => (lang === 'vi' ? p.message : p.messageEn) },
  ];
  return (
    <Alert
      type="error"
      showIcon
      data-testid="import-rejected"
      title={errorText(error, lang)}
      description={
        problems.length > 0 && (
          <Table
            size="small"
            rowKey={(p) => `${p.sheet}|${p.row}|${p.column}|${p.message}`}
            columns={columns}
            dataSource={problems}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            style={{ marginTop: 8 }}
            data-testid="import-problems"
          />
        )
      }
    />
  );
}
