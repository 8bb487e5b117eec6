import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, List, Progress, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { errorText } from '../../app/api';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { useMe } from '../../app/session';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { CodeTag, decimal, quantityText, windowText } from './labels';
import { useCreateDeal, useSuggestions } from './queries';

const FACILITATORS = new Set(['board_officer', 'board_leader']);

/** One listing and its ranked counterparts, each with the reasons of its score. */
export function ListingPage() {
  const { id = '' } = useParams();
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const res = useSuggestions(id);
  const create = useCreateDeal();
  if (res.isPending) return <PageLoading />;
  if (res.isError) return <LoadError error={res.error} onRetry={() => res.refetch()} />;
  const { subject, items } = res.data;
  const facilitator = FACILITATORS.has(me?.role ?? '');

  const propose = async (counterpartId: string) => {
    const pair =
      subject.side === 'offer'
        ? { offerId: subject.id, needId: counterpartId }
        : { offerId: counterpartId, needId: subject.id };
    try {
      await create.mutateAsync(pair);
      message.success(t('eco.proposed'));
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };

  return (
    <Flex vertical gap={16} data-testid="listing-page">
      <Link to={PATHS.eco}>
        <ArrowLeftOutlined /> {t('eco.back')}
      </Link>
      <Card
        title={`${subject.side === 'offer' ? t('eco.tab.offers') : t('eco.tab.needs')}: ${subject.title}`}
        size="small"
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('eco.col.enterprise')}>{subject.enterpriseName}</Descriptions.Item>
          <Descriptions.Item label={t('eco.col.park')}>{subject.parkName}</Descriptions.Item>
          <Descriptions.Item label={t('eco.col.code')}>
            <CodeTag listing={subject} />
          </Descriptions.Item>
          <Descriptions.Item label={t('eco.col.quantity')}>{quantityText(subject, t)}</Descriptions.Item>
          <Descriptions.Item label={t('eco.col.window')}>{windowText(subject, t)}</Descriptions.Item>
          <Descriptions.Item label={t('eco.col.confidentiality')}>
            {t(`eco.conf.${subject.confidentiality}`)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('eco.matches')}
      </Typography.Title>
      <List
        dataSource={items}
        locale={{ emptyText: t('eco.noMatches') }}
        data-testid="suggestions"
        renderItem={(s, i) => (
          <Card size="small" style={{ marginBottom: 12 }} data-testid="suggestion">
            <Flex gap={16} align="flex-start" wrap>
              <Progress type="circle" size={64} percent={Math.round(s.score * 100)} format={(p) => `${p}`} />
              <Flex vertical gap={4} style={{ flex: 1, minWidth: 280 }}>
                <Typography.Text strong>
                  {i + 1}. {s.counterpart.title} — {s.counterpart.enterpriseName}
                </Typography.Text>
                <Space wrap size={4}>
                  <CodeTag listing={s.counterpart} />
                  <Tag>{s.counterpart.parkName}</Tag>
                  <Tag>{quantityText(s.counterpart, t)}</Tag>
                </Space>
                <Typography.Text type="secondary">{t('eco.reasons')}:</Typography.Text>
                <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="reasons">
                  {s.reasons.map((r) => (
                    <li key={r.factor}>
                      {lang === 'vi' ? r.vi : r.en}
                      {r.weight > 0 && (
                        <Typography.Text type="secondary">
                          {' '}
                          (+{decimal(Math.round(r.value * r.weight * 100))} {t('eco.score').toLowerCase()})
                        </Typography.Text>
                      )}
                    </li>
                  ))}
                </ul>
                <Typography.Text type="secondary">
                  {t('eco.estimate')}:{' '}
                  {[
                    s.impact.tonnesDiverted ? `${decimal(s.impact.tonnesDiverted)} t` : null,
                    s.impact.waterM3 ? `${decimal(s.impact.waterM3)} m³` : null,
                    s.impact.energyMwh ? `${decimal(s.impact.energyMwh)} MWh` : null,
                    `${decimal(Math.round(s.impact.tco2e * 10) / 10)} tCO₂e`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
              </Flex>
              {facilitator &&
                (s.dealId ? (
                  <Tag color="green">{t('eco.hasDeal')}</Tag>
                ) : (
                  <Button
                    type="primary"
                    loading={create.isPending}
                    onClick={() => propose(s.counterpart.id)}
                    data-testid="propose-deal"
                  >
                    {t('eco.propose')}
                  </Button>
                ))}
            </Flex>
          </Card>
        )}
      />
    </Flex>
  );
}
