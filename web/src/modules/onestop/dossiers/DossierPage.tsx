import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Descriptions, Flex, List, Row, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { BOARD_UNIT_LABELS } from '../../../../../src/modules/onestop/dossiers/contract';
import { formatDate, formatDateTime } from '../../../app/format';
import { useLocale } from '../../../app/locale';
import { PATHS } from '../../../app/paths';
import { LoadError } from '../../../ui/LoadError';
import { PageLoading } from '../../../ui/PageLoading';
import { ActionPanel } from './ActionPanel';
import { DocumentsCard } from './DocumentsCard';
import { EventTimeline } from './EventTimeline';
import { ClockFlags, clockColor, StateTag, timeLeft } from './labels';
import { useDossier } from './queries';

/** One dossier: its clock, applicant, the actions the reader may take, documents and history. */
export function DossierPage() {
  const { id = '' } = useParams();
  const { t, lang } = useLocale();
  const dossier = useDossier(id);
  if (dossier.isPending) return <PageLoading />;
  if (dossier.isError) return <LoadError error={dossier.error} onRetry={() => dossier.refetch()} />;
  const d = dossier.data;
  const registry = d.resultRef as {
    kind?: string;
    projectId?: string;
    projectCode?: string;
    parkId?: string | null;
    enterpriseId?: string | null;
    certifiedOn?: string;
  } | null;
  // An eco certificate opens the park's scorecard, or the enterprise's page.
  const ecoLink =
    registry?.kind === 'eco_certification'
      ? registry.parkId && !registry.enterpriseId
        ? `${PATHS.eco}/danh-gia?park=${registry.parkId}`
        : `${PATHS.enterprises}/${registry.enterpriseId}`
      : null;

  return (
    <Flex vertical gap={16} data-testid="dossier-page">
      <Link to={PATHS.dossiers}>
        <ArrowLeftOutlined /> {t('dossier.back')}
      </Link>
      <Flex vertical gap={4}>
        <Flex gap={8} align="center" wrap>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="dossier-title">
            {d.code}
          </Typography.Title>
          <StateTag d={d} lang={lang} />
          <Tag>{t('dossier.portal', { code: d.portal.code, label: lang === 'vi' ? d.portal.vi : d.portal.en })}</Tag>
        </Flex>
        <Typography.Text>{d.subject}</Typography.Text>
        <Typography.Text type="secondary">
          {d.procedureCode} · {d.procedureName} · {t(`dossier.channel.${d.channel}`)} ·{' '}
          {BOARD_UNIT_LABELS[d.unit][lang]}
          {d.officerName ? ` · ${d.officerName}` : ''}
        </Typography.Text>
      </Flex>
      {registry?.projectId && (
        <Alert
          type="success"
          showIcon
          data-testid="dossier-registry"
          message={
            <Link to={`${PATHS.projects}/${registry.projectId}`}>
              {t('dossier.result.registry', { project: registry.projectCode ?? '' })}
            </Link>
          }
        />
      )}
      {ecoLink && (
        <Alert
          type="success"
          showIcon
          data-testid="dossier-registry"
          message={
            <Link to={ecoLink}>{t('dossier.result.eco', { date: formatDate(registry?.certifiedOn ?? null) })}</Link>
          }
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={16}>
            <Card size="small" title={t('dossier.section.clock')} data-testid="dossier-clock">
              {d.receivedAt ? (
                <Descriptions size="small" column={2}>
                  <Descriptions.Item label={t('dossier.clock.received')}>
                    {formatDateTime(d.receivedAt)}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('dossier.clock.due')}>
                    <Typography.Text strong>{formatDateTime(d.clock.dueAt)}</Typography.Text>
                  </Descriptions.Item>
                  {d.clock.originalDueAt !== d.clock.dueAt && (
                    <Descriptions.Item label={t('dossier.clock.originalDue')}>
                      {formatDateTime(d.clock.originalDueAt)}
                    </Descriptions.Item>
                  )}
                  {d.finishedAt ? (
                    <Descriptions.Item label={t('dossier.clock.finished')}>
                      {formatDateTime(d.finishedAt)}
                    </Descriptions.Item>
                  ) : (
                    <Descriptions.Item label={t('dossier.clock.left')}>
                      <Typography.Text strong style={{ color: clockColor(d.clock) }}>
                        {timeLeft(d.clock, t)}
                      </Typography.Text>
                    </Descriptions.Item>
                  )}
                  <Descriptions.Item span={2}>
                    <ClockFlags clock={d.clock} t={t} />
                  </Descriptions.Item>
                </Descriptions>
              ) : (
                <Typography.Text type="secondary">{t('dossier.clock.notStarted')}</Typography.Text>
              )}
            </Card>
            {d.consultations.length > 0 && (
              <Card size="small" title={t('dossier.section.consultations')}>
                <List
                  size="small"
                  dataSource={d.consultations}
                  renderItem={(c) => (
                    <List.Item>
                      <span>{c.body}</span>
                      <Tag color={c.late ? 'red' : undefined}>{formatDate(c.deadline)}</Tag>
                    </List.Item>
                  )}
                />
              </Card>
            )}
            <Card size="small" title={t('dossier.section.timeline')}>
              <EventTimeline events={d.events} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            <Card size="small" title={t('dossier.section.actions')}>
              <ActionPanel dossier={d} />
            </Card>
            <Card size="small" title={t('dossier.section.applicant')}>
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('dossier.field.applicantName')}>{d.applicant.name}</Descriptions.Item>
                <Descriptions.Item label={t('dossier.field.idNumber')}>{d.applicant.idNumber ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('dossier.field.phone')}>{d.applicant.phone ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('dossier.field.email')}>{d.applicant.email ?? '—'}</Descriptions.Item>
              </Descriptions>
            </Card>
            <DocumentsCard dossier={d} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
