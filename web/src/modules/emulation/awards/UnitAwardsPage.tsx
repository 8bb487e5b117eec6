import { Col, Flex, Row, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { UnitHistory } from '../../../../../src/modules/emulation/awards/contract';
import { formatDate, formatNumber } from '../../../app/format';
import type { MessageKey } from '../../../app/i18n';
import { useLocale } from '../../../app/locale';
import { PATHS } from '../../../app/paths';
import { LoadError } from '../../../ui/LoadError';
import { PageLoading } from '../../../ui/PageLoading';
import { AssessmentForm } from './AssessmentForm';
import { EligibilityCard } from './EligibilityCard';
import { useUnitHistory } from './queries';

type Year = UnitHistory['years'][number];

/** A unit's scores, ranks, titles and awards year by year, and its eligibility for the collective titles. */
export function UnitAwardsPage() {
  const { id } = useParams();
  const { t } = useLocale();
  const history = useUnitHistory(id);
  if (history.error) return <LoadError error={history.error} onRetry={() => history.refetch()} />;
  if (!history.data) return <PageLoading />;
  const h = history.data;
  return (
    <Flex vertical gap={16} data-testid="unit-awards">
      <Typography.Link>
        <Link to={`${PATHS.emulation}/don-vi/${h.unit.id}`}>← {h.unit.name}</Link>
      </Typography.Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('emulation.award.history')} — {h.unit.name}
      </Typography.Title>
      <Table<Year>
        rowKey="year"
        size="small"
        pagination={false}
        dataSource={h.years}
        data-testid="unit-years"
        locale={{ emptyText: t('emulation.award.historyEmpty') }}
        columns={[
          { title: t('emulation.year'), dataIndex: 'year', width: 80 },
          {
            title: t('emulation.award.rating'),
            width: 220,
            render: (_, y) =>
              y.rating ? (
                t(`emulation.award.rating.${y.rating}` as MessageKey)
              ) : (
                <Typography.Text type="secondary">{t('emulation.award.notAssessed')}</Typography.Text>
              ),
          },
          {
            title: t('emulation.score.tab'),
            render: (_, y) => (
              <Flex vertical gap={2}>
                {y.scores.map((s) => (
                  <Link key={s.blockId} to={`${PATHS.emulation}/khoi/${s.blockId}?nam=${y.year}&tab=scoring`}>
                    {t('emulation.award.score', {
                      total: formatNumber(s.total),
                      max: formatNumber(s.maximum),
                      rank: s.rank ?? '—',
                      n: s.members,
                      block: s.blockName,
                    })}
                  </Link>
                ))}
              </Flex>
            ),
          },
          {
            title: t('emulation.award.title'),
            render: (_, y) => (
              <Flex vertical gap={2}>
                {y.awards.map((a) => (
                  <span key={a.id}>
                    <Tag color="gold">{a.titleVi}</Tag>
                    {a.decisionNumber}, {formatDate(a.decisionDate)} ·{' '}
                    <a href={`/api/emulation/awards/${a.id}/certificate.pdf`} target="_blank" rel="noreferrer">
                      {t('emulation.award.certificate')}
                    </a>
                  </span>
                ))}
              </Flex>
            ),
          },
        ]}
      />
      {h.canAssess && (
        <>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('emulation.award.assessment')}
          </Typography.Title>
          <AssessmentForm history={h} />
        </>
      )}
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('emulation.award.eligibilityYear', { year: h.eligibilityYear })}
      </Typography.Title>
      <Row gutter={[12, 12]}>
        {h.eligibility.map((e) => (
          <Col key={e.titleKey} xs={24} lg={12}>
            <EligibilityCard e={e} />
          </Col>
        ))}
      </Row>
    </Flex>
  );
}
