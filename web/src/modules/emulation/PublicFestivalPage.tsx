import { Flex, Typography } from 'antd';
import { useParams } from 'react-router';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { PrizesTable } from './FestivalPrizes';
import { EventsTable, StandingsTable } from './FestivalTables';
import { usePublicFestival } from './festival-queries';

/** The public results of a sports festival (no sign-in): the overall ranking, the medals and every event. */
export function PublicFestivalPage() {
  const { id } = useParams();
  const { t } = useLocale();
  const festival = usePublicFestival(id);
  if (festival.error) return <LoadError error={festival.error} onRetry={() => festival.refetch()} />;
  if (!festival.data) return <PageLoading />;
  const f = festival.data;
  return (
    <Flex vertical gap={16} data-testid="festival-public">
      <Typography.Text type="secondary">{f.blockName}</Typography.Text>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {f.name}
      </Typography.Title>
      <Typography.Text type="secondary">
        {t('emulation.festival.editionN', { n: f.edition })} · {formatDate(f.startsOn)} – {formatDate(f.endsOn)}
        {f.place ? ` · ${f.place}` : ''} · {t('emulation.host')}: {f.host.name}
      </Typography.Text>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('emulation.festival.standings')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('emulation.festival.standingsNote')}</Typography.Text>
      <StandingsTable standings={f.standings} />
      {f.prizes.length > 0 && (
        <>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('emulation.prize.title')}
          </Typography.Title>
          <PrizesTable prizes={f.prizes} />
        </>
      )}
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('emulation.festival.events')}
      </Typography.Title>
      <EventsTable events={f.events} />
      {f.nextHost && (
        <Typography.Text>{t('emulation.festival.nextEdition', { unit: f.nextHost.name })}</Typography.Text>
      )}
    </Flex>
  );
}
