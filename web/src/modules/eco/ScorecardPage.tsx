import { Alert, Card, Flex, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { RequirementOut } from '../../../../src/modules/eco/contract';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { LoadError } from '../../ui/LoadError';
import { ParkSelect } from '../investment/pickers';
import { EcoCertificates } from './certification/EcoCertificates';
import { decimal } from './labels';
import { useScorecard } from './queries';
import { ActionList, DeclareButtons, type Editing, RequirementDialog } from './ScorecardActions';

const STATUS_COLOR = { met: 'green', not_met: 'red', unknown: 'default' } as const;
const THIS_YEAR = new Date().getFullYear();

/** The park scorecard (`?park=&bo=&nam=`): each requirement met / not met / unknown, its gap, trend and actions. */
export function ScorecardPage() {
  const { t, lang } = useLocale();
  const [params, setParams] = useSearchParams();
  const parkId = params.get('park') ?? undefined;
  const ruleSet = params.get('bo') === 'eip-framework' ? 'eip-framework' : 'vn-eco-park';
  const year = Number(params.get('nam')) || THIS_YEAR;
  const card = useScorecard(parkId, ruleSet, year);
  const [editing, setEditing] = useState<Editing>(null);
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const valueText = (r: RequirementOut) =>
    r.value === null
      ? '—'
      : typeof r.value === 'boolean'
        ? r.value
          ? t('eco.sc.yes')
          : t('eco.sc.no')
        : `${decimal(r.value)}${r.unit === 'percent' ? '%' : ''}`;
  const thresholdText = (r: RequirementOut) =>
    r.threshold === null
      ? t('eco.sc.yes')
      : `${r.comparator} ${decimal(r.threshold)}${r.unit === 'percent' ? '%' : ''}`;
  const data = card.data;

  return (
    <Flex vertical gap={16} data-testid="eco-scorecard">
      <Link to={PATHS.eco}>{t('eco.back')}</Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('eco.sc.title')}
      </Typography.Title>
      <Space wrap>
        <ParkSelect
          value={parkId ?? null}
          onChange={(v) => set('park', v)}
          placeholder={t('eco.sc.pickPark')}
          style={{ width: 360 }}
          testId="scorecard-park"
        />
        <Select
          value={ruleSet}
          style={{ width: 360 }}
          onChange={(v) => set('bo', v)}
          options={[
            { value: 'vn-eco-park', label: t('eco.sc.vn') },
            { value: 'eip-framework', label: t('eco.sc.eip') },
          ]}
        />
        <Select
          value={year}
          style={{ width: 100 }}
          onChange={(v) => set('nam', String(v))}
          options={[0, 1, 2, 3, 4].map((i) => ({ value: THIS_YEAR - i, label: String(THIS_YEAR - i) }))}
        />
      </Space>
      {card.isError && <LoadError error={card.error} onRetry={() => card.refetch()} />}
      {parkId && <EcoCertificates subject={{ parkId }} />}
      {data && (
        <>
          <Card size="small">
            <Space direction="vertical" size={4}>
              <Typography.Text strong>
                {data.park.name} · {lang === 'vi' ? data.ruleSet.nameVi : data.ruleSet.nameEn}
              </Typography.Text>
              <Typography.Text type="secondary">
                {t('eco.sc.version', { version: data.ruleSet.version, from: formatDate(data.ruleSet.effectiveFrom) })}
              </Typography.Text>
              <Typography.Text data-testid="scorecard-summary">
                {t('eco.sc.summary', {
                  met: data.met,
                  notMet: data.notMet,
                  unknown: data.unknown,
                  total: data.requirements.length,
                })}
              </Typography.Text>
              <Alert
                type={data.qualifies ? 'success' : 'warning'}
                showIcon
                title={
                  data.qualifies
                    ? t('eco.sc.qualifies')
                    : data.prerequisitesMet
                      ? t('eco.sc.notYet')
                      : t('eco.sc.prereqMissing')
                }
              />
            </Space>
          </Card>
          <Table<RequirementOut>
            rowKey="id"
            size="middle"
            dataSource={data.requirements}
            pagination={false}
            loading={card.isFetching}
            data-testid="scorecard-table"
            columns={[
              {
                title: t('eco.sc.requirement'),
                render: (_, r) => (
                  <Space direction="vertical" size={0}>
                    <span>
                      <Tag>{r.id}</Tag>
                      {lang === 'vi' ? r.labelVi : r.labelEn}{' '}
                      {r.prerequisite && <Tag color="purple">{t('eco.sc.prerequisite')}</Tag>}
                    </span>
                    <Tooltip title={r.citation.note}>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('eco.sc.basis')}: {r.citation.source} [{r.citation.confidence}]
                      </Typography.Text>
                    </Tooltip>
                  </Space>
                ),
              },
              {
                title: t('eco.sc.status'),
                render: (_, r) => (
                  <Tag color={STATUS_COLOR[r.status]} data-testid={`status-${r.id}`}>
                    {t(`eco.sc.status.${r.status}`)}
                  </Tag>
                ),
              },
              {
                title: t('eco.sc.value'),
                render: (_, r) => (
                  <Tooltip title={lang === 'vi' ? r.detailVi : r.detailEn}>
                    <span data-testid={`value-${r.id}`}>{valueText(r)}</span>
                    {r.source && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {' '}
                        · {t(`eco.sc.source.${r.source}`)}
                      </Typography.Text>
                    )}
                  </Tooltip>
                ),
              },
              { title: t('eco.sc.threshold'), render: (_, r) => thresholdText(r) },
              { title: t('eco.sc.gap'), render: (_, r) => (lang === 'vi' ? r.gapVi : r.gapEn) ?? '—' },
              {
                title: t('eco.sc.trend'),
                render: (_, r) =>
                  r.trend.map((x) => (
                    <Tooltip key={x.year} title={x.year}>
                      <Tag color={STATUS_COLOR[x.status]}>{String(x.year).slice(2)}</Tag>
                    </Tooltip>
                  )),
              },
              {
                title: t('eco.sc.actions'),
                render: (_, r) => (
                  <>
                    <ActionList actions={r.actions} />
                    {data.permissions.declare && <DeclareButtons r={r} onEdit={setEditing} />}
                  </>
                ),
              },
            ]}
          />
          <RequirementDialog
            parkId={data.park.id}
            ruleSet={ruleSet}
            year={year}
            editing={editing}
            onClose={() => setEditing(null)}
          />
        </>
      )}
    </Flex>
  );
}
