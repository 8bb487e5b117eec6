import { Table, Tag, Typography } from 'antd';
import type { EventView, PublicFestival } from '../../../../src/modules/emulation/festivals/contract';
import { formatDate, formatNumber } from '../../app/format';
import type { MessageKey } from '../../app/i18n';
import { useLocale } from '../../app/locale';

type Standing = PublicFestival['standings'][number];

/** Medal table and overall team ranking (counting events only). */
export function StandingsTable({ standings }: { standings: Standing[] }) {
  const { t } = useLocale();
  return (
    <Table<Standing>
      rowKey={(s) => s.unit.id}
      size="small"
      pagination={false}
      dataSource={standings}
      data-testid="festival-standings"
      locale={{ emptyText: t('emulation.festival.noTeams') }}
      columns={[
        { title: t('emulation.festival.rank'), dataIndex: 'rank', width: 70 },
        { title: t('emulation.festival.team'), render: (_, s) => s.unit.name },
        { title: t('emulation.festival.gold'), align: 'right', render: (_, s) => formatNumber(s.gold) },
        { title: t('emulation.festival.silver'), align: 'right', render: (_, s) => formatNumber(s.silver) },
        { title: t('emulation.festival.bronze'), align: 'right', render: (_, s) => formatNumber(s.bronze) },
        {
          title: t('emulation.festival.points'),
          align: 'right',
          render: (_, s) => <strong>{formatNumber(s.points)}</strong>,
        },
      ]}
    />
  );
}

const placeLabel = (place: number) =>
  place === 1 ? 'Nhất' : place === 2 ? 'Nhì' : place === 3 ? 'Ba' : `Hạng ${place}`;

/** Every event with its class, whether it counts, and its places. */
export function EventsTable({ events, extra }: { events: EventView[]; extra?: (e: EventView) => React.ReactNode }) {
  const { t, lang } = useLocale();
  return (
    <Table<EventView>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={events}
      data-testid="festival-events"
      locale={{ emptyText: t('emulation.festival.noEvents') }}
      columns={[
        {
          title: t('emulation.festival.event'),
          render: (_, e) => (
            <>
              <Typography.Text strong>{e.name}</Typography.Text>
              <br />
              <Typography.Text type="secondary">
                {e.sport} · {t(`emulation.festival.gender.${e.gender}` as MessageKey)}
                {e.ageClass ? ` · ${e.ageClass}` : ''}
                {e.scheduledOn ? ` · ${formatDate(e.scheduledOn)}` : ''}
              </Typography.Text>
            </>
          ),
        },
        {
          title: t('emulation.festival.counts'),
          render: (_, e) =>
            e.counts ? (
              <Tag color="green">{e.pointsPerPlace.join(' / ')}</Tag>
            ) : (
              <Tag>{t('emulation.festival.notCounting')}</Tag>
            ),
        },
        {
          title: t('emulation.festival.results'),
          render: (_, e) =>
            e.results.length
              ? e.results
                  .map((r) => `${lang === 'vi' ? placeLabel(r.place) : `#${r.place}`}: ${r.unit.shortName}`)
                  .join(' · ')
              : '—',
        },
        ...(extra ? [{ title: '', render: (_: unknown, e: EventView) => extra(e) }] : []),
      ]}
    />
  );
}
