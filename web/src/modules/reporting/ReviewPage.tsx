import { CheckOutlined, EditOutlined, FormOutlined, WarningFilled } from '@ant-design/icons';
import type { ButtonProps } from 'antd';
import { App, Button, Card, Col, Flex, Popconfirm, Row, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import type { ReportFieldView, ReportTypeVersionView } from '../../../../src/modules/reporting/contract';
import { errorText } from '../../app/api';
import { useLocale } from '../../app/locale';
import { BoardEditDialog } from './BoardEditDialog';
import { fromApiDecimal } from './numbers';
import { PrintButton } from './PrintButton';
import { type Report, useReportMutations } from './queries';
import { SECTIONS, unitText } from './ReportFields';
import { type HeaderFacts, ReportHeader, RevisionBanner } from './ReportHeader';
import { ReportSide } from './ReportSide';
import { RevisionDialog } from './RevisionDialog';

type FigureRow = { field: ReportFieldView; section: boolean };

/**
 * A received report as the Board (or the ministry) reads it: every figure with its unit, the
 * plausibility warnings the enterprise confirmed highlighted in red with their reasons, the
 * lifecycle; the Board accepts it or asks for a revision (reason required, per field optional),
 * and may later edit an accepted report with a reason. Anyone who sees it can print it as PDF.
 */
export function ReviewPage({
  report,
  version,
  facts,
}: {
  report: Report;
  version: ReportTypeVersionView;
  facts: HeaderFacts;
}) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const { accept } = useReportMutations();
  const [revising, setRevising] = useState(false);
  const [editing, setEditing] = useState(false);
  const confirmed = new Map(report.confirmations.map((c) => [c.field, c]));
  const fieldReasons = report.status === 'revision_requested' ? (report.revision?.fieldReasons ?? {}) : {};

  const yes = t('reporting.yes');
  const no = t('reporting.no');
  const rows: FigureRow[] = SECTIONS.flatMap((s) => {
    const own = version.fields.filter((f) => f.section === s);
    return own.length === 0
      ? []
      : [{ field: { ...own[0]!, key: `§${s}` }, section: true }, ...own.map((f) => ({ field: f, section: false }))];
  });
  const sectionOf = (key: string) => key.slice(1) as (typeof SECTIONS)[number];

  const columns: TableColumnsType<FigureRow> = [
    {
      title: t('reporting.review.field'),
      key: 'label',
      onCell: (row) => (row.section ? { colSpan: 4 } : {}),
      render: (_, row) =>
        row.section ? (
          <Typography.Text strong>{t(`reporting.section.${sectionOf(row.field.key)}`)}</Typography.Text>
        ) : (
          row.field.label[lang]
        ),
    },
    {
      title: t('reporting.review.value'),
      key: 'value',
      align: 'right',
      width: 150,
      onCell: (row) => (row.section ? { colSpan: 0 } : {}),
      render: (_, row) => {
        const v = report.values[row.field.key];
        const text =
          v === null || v === undefined || v === '' ? '—' : typeof v === 'boolean' ? (v ? yes : no) : fromApiDecimal(v);
        const flagged = confirmed.has(row.field.key);
        return (
          <Typography.Text
            strong={flagged}
            type={flagged ? 'danger' : undefined}
            data-testid={`value-${row.field.key}`}
          >
            {flagged && <WarningFilled style={{ marginInlineEnd: 6 }} />}
            {text}
          </Typography.Text>
        );
      },
    },
    {
      title: t('reporting.review.unit'),
      key: 'unit',
      width: 110,
      onCell: (row) => (row.section ? { colSpan: 0 } : {}),
      render: (_, row) => (row.field.kind === 'flag' ? '' : unitText(row.field, report.currency, lang)),
    },
    {
      title: t('reporting.review.note'),
      key: 'note',
      width: '32%',
      onCell: (row) => (row.section ? { colSpan: 0 } : {}),
      render: (_, row) => {
        const c = confirmed.get(row.field.key);
        const asked = fieldReasons[row.field.key];
        return (
          <Flex vertical gap={2}>
            {c && (
              <Typography.Text type="danger" data-testid={`review-confirmation-${row.field.key}`}>
                {t(`reporting.warningCode.${c.code}`)} — {t('reporting.confirmations.reason', { reason: c.reason })}
              </Typography.Text>
            )}
            {asked && (
              <Typography.Text type="warning">{t('reporting.revision.onField', { reason: asked })}</Typography.Text>
            )}
          </Flex>
        );
      },
    },
  ];

  const doAccept = () =>
    accept
      .mutateAsync({ id: report.id, updatedAt: report.updatedAt })
      .then(() => message.success(t('reporting.review.accepted', { code: report.code })))
      .catch((e: unknown) => message.error(errorText(e, lang)));

  const boardEdit = report.status === 'accepted' && report.actions.edit;
  const actions = (
    <Flex gap={8} wrap>
      <PrintButton reportId={report.id} />
      {boardEdit && (
        <Button icon={<FormOutlined />} onClick={() => setEditing(true)} data-testid="review-board-edit">
          {t('reporting.boardEdit.action')}
        </Button>
      )}
      {report.actions.requestRevision && (
        <Button danger icon={<EditOutlined />} onClick={() => setRevising(true)} data-testid="review-revision">
          {t('reporting.action.requestRevision')}
        </Button>
      )}
      {report.actions.accept && (
        <Popconfirm
          title={t('reporting.review.acceptTitle', { code: report.code })}
          description={t('reporting.review.acceptText')}
          okText={t('reporting.action.accept')}
          cancelText={t('reporting.cancel')}
          okButtonProps={{ 'data-testid': 'review-accept-ok' } as ButtonProps}
          onConfirm={doAccept}
        >
          <Button type="primary" icon={<CheckOutlined />} loading={accept.isPending} data-testid="review-accept">
            {t('reporting.action.accept')}
          </Button>
        </Popconfirm>
      )}
    </Flex>
  );

  return (
    <Flex vertical gap={16} data-testid="review-page">
      <ReportHeader facts={facts} extra={actions} />
      {report.status === 'revision_requested' && report.revision && (
        <RevisionBanner revision={report.revision} fields={version.fields} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card size="small" title={t('reporting.review.figures')}>
            <Table
              size="small"
              rowKey={(row) => row.field.key}
              columns={columns}
              dataSource={rows}
              pagination={false}
              rowClassName={(row) => (row.section ? 'reporting-section-row' : '')}
              onRow={(row) =>
                confirmed.has(row.field.key)
                  ? { style: { background: '#fff1f0' } }
                  : row.section
                    ? { style: { background: '#fafafa' } }
                    : {}
              }
              data-testid="review-values"
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <ReportSide report={report} fields={version.fields} />
        </Col>
      </Row>
      {boardEdit && (
        <BoardEditDialog
          report={report}
          version={version}
          open={editing}
          onClose={(done) => {
            setEditing(false);
            if (done) message.success(t('reporting.boardEdit.done', { code: report.code }));
          }}
        />
      )}
      <RevisionDialog
        report={report}
        fields={version.fields}
        open={revising}
        onClose={(done) => {
          setRevising(false);
          if (done) message.success(t('reporting.revision.sent', { code: report.code }));
        }}
      />
    </Flex>
  );
}
