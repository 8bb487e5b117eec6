import { LinkOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Popconfirm,
  Progress,
  Row,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { STATUS_LABELS } from '../../../../src/modules/investment/contract';
import type { LandValueOut, ParkDetail, ParkInfrastructureProjectBody } from '../../../../src/modules/zones/contract';
import { errorText } from '../../app/api';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { EChart, viNumber } from './EChart';
import { InfrastructureProgressModal } from './InfrastructureProgressModal';
import { InfrastructureProjectModal } from './InfrastructureProjectModal';
import { formatDecimal } from './labels';
import { useProjectDetail, useRegistryWrite } from './queries';

/** 48.000.000.000 VND: a registered capital as the certificate states it. */
const formatMoney = (m: { value: string; currency: string } | null) =>
  m ? `${formatDecimal(m.value)} ${m.currency}` : '—';

/** The completion series as a step line up to the page's date (a value holds until the next). */
function ProgressChart({ values, asOf }: { values: LandValueOut[]; asOf: string }) {
  const { t } = useLocale();
  const option = useMemo(() => {
    const at = (d: string) => new Date(`${d}T00:00:00+07:00`).getTime();
    const shown = values.filter((v) => v.date <= asOf);
    const last = shown.at(-1);
    const rows = last && last.date < asOf ? [...shown, { ...last, date: asOf }] : shown;
    return {
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${viNumber(v)} %` },
      grid: { left: 48, right: 24, top: 24, bottom: 32 },
      xAxis: { type: 'time', axisLabel: { formatter: (v: number) => String(new Date(v).getUTCFullYear()) } },
      yAxis: { type: 'value', min: 0, max: 100, name: '%', axisLabel: { formatter: viNumber } },
      series: [
        {
          name: t('infra.colValue'),
          type: 'line',
          step: 'end',
          areaStyle: { opacity: 0.15 },
          data: rows.map((v) => [at(v.date), Number(v.value)]),
        },
      ],
    };
  }, [values, asOf, t]);
  return <EChart option={option} style={{ height: 220 }} testId="progress-chart" />;
}

function ProjectCard({ park, onLink }: { park: ParkDetail; onLink: () => void }) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const project = useProjectDetail(park.infrastructureProjectId);
  const unlink = useRegistryWrite<ParkInfrastructureProjectBody, ParkDetail>(
    'put',
    () => `/api/parks/${park.id}/infrastructure-project`,
  );
  const can = park.permissions.update;
  const p = project.data;
  const remove = async () => {
    try {
      await unlink.mutateAsync({ updatedAt: park.updatedAt, projectId: null });
      message.success(t('infra.projectRemoved'));
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };
  return (
    <Card
      size="small"
      title={t('infra.projectTitle')}
      data-testid="infra-project-card"
      extra={
        can && (
          <Flex gap={4}>
            {park.infrastructureProjectId && (
              <Popconfirm title={t('infra.projectUnlinkConfirm')} onConfirm={remove}>
                <Button size="small" danger loading={unlink.isPending} data-testid="infra-project-unlink">
                  {t('infra.projectUnlink')}
                </Button>
              </Popconfirm>
            )}
            <Button size="small" icon={<LinkOutlined />} onClick={onLink} data-testid="infra-project-link">
              {t(park.infrastructureProjectId ? 'infra.projectChange' : 'infra.projectLink')}
            </Button>
          </Flex>
        )
      }
    >
      {!park.infrastructureProjectId ? (
        <Empty description={t('infra.projectNone')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : p ? (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('placeInvest.projectName')}>
            <Link to={`${PATHS.projects}/${p.id}`} data-testid="infra-project-name">
              {p.projectCode} · {p.name}
            </Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('parks.developer')}>{p.enterprise?.nameVi ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('infra.projectStatus')}>
            <Tag>{STATUS_LABELS[p.certificate.status][lang]}</Tag>
            {p.certificate.issuedOn ? formatDate(p.certificate.issuedOn) : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('infra.projectCapital')}>
            {formatMoney(p.certificate.registeredCapital)}
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Link to={`${PATHS.projects}/${park.infrastructureProjectId}`}>{t('infra.projectOpen')}</Link>
      )}
    </Card>
  );
}

/** The park's infrastructure: the project that builds it and its completion over time (Biểu 2103 cols 3–9, 14). */
export function InfrastructurePanel({ park }: { park: ParkDetail }) {
  const { t } = useLocale();
  const [dialog, setDialog] = useState<'progress' | 'project' | null>(null);
  const history = park.infrastructure;
  const current = [...history].reverse().find((v) => v.date <= park.asOf) ?? null;
  return (
    <Row gutter={[16, 16]} data-testid="infra-panel">
      <Col xs={24} xl={10}>
        <ProjectCard park={park} onLink={() => setDialog('project')} />
      </Col>
      <Col xs={24} xl={14}>
        <Card
          size="small"
          title={t('infra.progressTitle')}
          extra={
            park.permissions.updateLand && (
              <Button
                size="small"
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setDialog('progress')}
                data-testid="progress-add"
              >
                {t('infra.progressAdd')}
              </Button>
            )
          }
        >
          {current ? (
            <Flex vertical gap={4} data-testid="progress-now">
              <Progress percent={Number(current.value)} format={() => `${formatDecimal(current.value)} %`} />
              <Typography.Text type="secondary">
                {t('infra.progressNow', { date: formatDate(current.date), value: `${formatDecimal(current.value)} %` })}{' '}
                · {current.source}
              </Typography.Text>
            </Flex>
          ) : (
            <Typography.Text type="secondary">{t('infra.progressNone')}</Typography.Text>
          )}
          {history.length > 1 && <ProgressChart values={history} asOf={park.asOf} />}
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title={t('infra.progressHistory')}>
          <Table<LandValueOut>
            rowKey="date"
            size="small"
            pagination={false}
            dataSource={[...history].reverse()}
            data-testid="progress-table"
            locale={{ emptyText: t('infra.progressNone') }}
            columns={[
              {
                title: t('infra.colDate'),
                dataIndex: 'date',
                width: 160,
                render: (d: string) => (
                  <span>
                    {formatDate(d)} {d > park.asOf && <Tag>{t('infra.later')}</Tag>}
                  </span>
                ),
              },
              {
                title: t('infra.colValue'),
                dataIndex: 'value',
                width: 120,
                align: 'right',
                render: (v: string) => `${formatDecimal(v)} %`,
              },
              { title: t('infra.colSource'), dataIndex: 'source' },
            ]}
          />
        </Card>
      </Col>
      <InfrastructureProgressModal park={park} open={dialog === 'progress'} onClose={() => setDialog(null)} />
      <InfrastructureProjectModal park={park} open={dialog === 'project'} onClose={() => setDialog(null)} />
    </Row>
  );
}
