import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Flex, Space, Table, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type {
  Citation,
  ProcedureCase,
  ProcedureDetail,
  ProcedureStep,
  RequiredDocument,
} from '../../../../src/modules/onestop/contract';
import { formatDate, formatDateTime } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { formatFee, formatTimeLimit, inLang } from './format';

import { useAppointments, useProcedure } from './queries';

const CONFIDENCE_COLOR: Record<Citation['confidence'], string> = {
  V: 'green',
  Q: 'cyan',
  S: 'default',
  I: 'purple',
  U: 'gold',
};

/** "Thủ tục …": one procedure as in force today, public. */
export function ProcedurePage() {
  const { code = '' } = useParams();
  const { t } = useLocale();
  const procedure = useProcedure(code);

  return (
    <Flex vertical gap={16} data-testid="procedure-page">
      <Link to={PATHS.procedures}>
        <ArrowLeftOutlined /> {t('onestop.back')}
      </Link>
      {procedure.isPending && <PageLoading />}
      {procedure.isError && <LoadError error={procedure.error} onRetry={() => procedure.refetch()} />}
      {procedure.data && <ProcedureView p={procedure.data} />}
    </Flex>
  );
}

function CitationTag({ c }: { c: Citation }) {
  const { t } = useLocale();
  const tag = <Tag color={CONFIDENCE_COLOR[c.confidence]}>{t(`onestop.confidence.${c.confidence}`)}</Tag>;
  return (
    <Typography.Text style={{ fontSize: 12 }}>
      {tag}
      {c.url ? (
        <a href={c.url} target="_blank" rel="noreferrer">
          {c.source}
        </a>
      ) : (
        c.source
      )}
      {c.note ? <Typography.Text type="secondary"> — {c.note}</Typography.Text> : null}
    </Typography.Text>
  );
}

/**
 * The steps to show: the version's steps for the cases that use them, then each case with its own
 * (a refusal is shorter). The case names are shown only when there is more than one group.
 */
function stepGroups(p: ProcedureDetail): { key: string; cases: ProcedureCase[] | null; steps: ProcedureStep[] }[] {
  const shared = p.cases.filter((c) => !c.steps);
  const own = p.cases.filter((c) => c.steps);
  const groups = [
    ...(shared.length > 0 ? [{ key: 'shared', cases: shared, steps: p.steps }] : []),
    ...own.map((c) => ({ key: c.key, cases: [c], steps: c.steps ?? [] })),
  ];
  return groups.length === 1 ? groups.map((g) => ({ ...g, cases: null })) : groups;
}

/** `dd/mm/yyyy HH:mm` in Hà Nội time. */
const minuteOf = (iso: string) => formatDateTime(iso).slice(0, 16);

function ProcedureView({ p }: { p: ProcedureDetail }) {
  const { t, lang } = useLocale();
  const text = (vi: string, en: string) => inLang(lang, vi, en);
  const appointments = useAppointments(p.code);
  const dueOf = new Map((appointments.data?.items ?? []).map((a) => [a.caseKey, a]));
  const first = p.cases[0];
  return (
    <>
      <Flex vertical gap={4}>
        <Space wrap>
          <Typography.Text code data-testid="procedure-code">
            {p.nationalCode ?? p.code}
          </Typography.Text>
          <Tag>{t(`onestop.field.${p.field}`)}</Tag>
          <Typography.Text type="secondary">
            {t('onestop.version', { version: p.version, from: formatDate(p.effectiveFrom) })}
            {p.effectiveTo ? ` ${t('onestop.versionTo', { to: formatDate(p.effectiveTo) })}` : ''}
          </Typography.Text>
        </Space>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="procedure-name">
          {text(p.nameVi, p.nameEn)}
        </Typography.Title>
        <Typography.Text type="secondary">{text(p.nameEn, p.nameVi)}</Typography.Text>
      </Flex>

      <Descriptions column={{ xs: 1, lg: 2 }} size="small" bordered styles={{ label: { width: 180 } }}>
        <Descriptions.Item label={t('onestop.limit')}>
          <Typography.Text strong data-testid="procedure-limit">
            {first ? formatTimeLimit(first.limit, t) : '—'}
          </Typography.Text>
          {first?.onlineLimit && ` · ${t('onestop.onlineLimit')}: ${formatTimeLimit(first.onlineLimit, t)}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('onestop.fee')}>{formatFee(p.fee.amountVnd, t)}</Descriptions.Item>
        <Descriptions.Item label={t('onestop.authority')}>{text(p.authorityVi, p.authorityEn)}</Descriptions.Item>
        <Descriptions.Item label={t('onestop.result')}>{text(p.resultVi, p.resultEn)}</Descriptions.Item>
        <Descriptions.Item label={t('onestop.channels')} span={2}>
          <Space size={[4, 4]} wrap>
            {p.channels.map((c) => (
              <Tag key={c}>{t(`onestop.channel.${c}`)}</Tag>
            ))}
          </Space>
        </Descriptions.Item>
      </Descriptions>

      {p.unverified.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('onestop.unverified')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {p.unverified.map((u) => (
                <li key={u}>{u}</li>
              ))}
            </ul>
          }
          data-testid="procedure-unverified"
        />
      )}

      <Card title={t('onestop.cases')} size="small">
        <Table<ProcedureCase>
          rowKey="key"
          dataSource={p.cases}
          pagination={false}
          size="small"
          data-testid="procedure-cases"
          columns={[
            { title: t('onestop.case'), render: (_, c) => text(c.nameVi, c.nameEn) },
            { title: t('onestop.limit'), width: 200, render: (_, c) => <b>{formatTimeLimit(c.limit, t)}</b> },
            {
              title: appointments.data
                ? t('onestop.appointment', { time: minuteOf(appointments.data.receivedAt) })
                : t('onestop.appointment', { time: '…' }),
              width: 250,
              render: (_, c) => {
                const due = dueOf.get(c.key);
                if (!due) return '—';
                return (
                  <Flex vertical data-testid={`appointment-${c.key}`}>
                    <span>
                      {t('onestop.appointment.paper')}: <b>{minuteOf(due.dueAt)}</b>
                    </span>
                    {due.onlineDueAt && (
                      <span>
                        {t('onestop.appointment.online')}: <b>{minuteOf(due.onlineDueAt)}</b>
                      </span>
                    )}
                  </Flex>
                );
              },
            },
            { title: t('onestop.citation'), render: (_, c) => <CitationTag c={c.citation} /> },
          ]}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('onestop.appointment.note')}
        </Typography.Text>
      </Card>

      <Card title={t('onestop.steps')} size="small" data-testid="procedure-steps">
        {stepGroups(p).map((group) => (
          <Flex vertical key={group.key} gap={8}>
            {group.cases && (
              <Typography.Text type="secondary">
                {t('onestop.case')}: {group.cases.map((c) => text(c.nameVi, c.nameEn)).join('; ')}
              </Typography.Text>
            )}
            <Timeline
              items={group.steps.map((s, i) => ({
                key: s.key,
                content: (
                  <Flex vertical gap={2}>
                    <Typography.Text strong>
                      {t('onestop.step')} {i + 1}: {text(s.nameVi, s.nameEn)}
                    </Typography.Text>
                    <Typography.Text>
                      {text(s.actorVi, s.actorEn)} · <b>{formatTimeLimit(s.budget, t)}</b>
                    </Typography.Text>
                    <CitationTag c={s.citation} />
                  </Flex>
                ),
              }))}
            />
          </Flex>
        ))}
      </Card>

      <Card title={t('onestop.documents')} size="small">
        <Table<RequiredDocument>
          rowKey="nameVi"
          dataSource={p.documents}
          pagination={false}
          size="small"
          data-testid="procedure-documents"
          columns={[
            {
              title: t('onestop.document'),
              render: (_, d) => (
                <Flex vertical>
                  <span>{text(d.nameVi, d.nameEn)}</span>
                  {d.templateVi && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('onestop.template')}: {d.templateVi}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            { title: t('onestop.copies'), dataIndex: 'copies', width: 90, align: 'right' },
            {
              title: t('onestop.required'),
              width: 130,
              render: (_, d) => (d.required ? <Tag color="blue">{t('onestop.required')}</Tag> : t('onestop.optional')),
            },
          ]}
        />
      </Card>

      <Card title={t('onestop.legalBasis')} size="small" data-testid="procedure-legal-basis">
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {p.legalBasis.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
        {p.history.length > 1 && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('onestop.history')}:{' '}
            {p.history
              .map(
                (h) =>
                  `${t('onestop.version', { version: h.version, from: formatDate(h.effectiveFrom) })}${h.effectiveTo ? ` ${t('onestop.versionTo', { to: formatDate(h.effectiveTo) })}` : ''}`,
              )
              .join('; ')}
          </Typography.Paragraph>
        )}
      </Card>
    </>
  );
}
