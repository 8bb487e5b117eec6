import { Flex, InputNumber, Segmented, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { BlockKind, BlockListItem, UnitRef } from '../../../../src/modules/emulation/contract';
import { formatDate, formatNumber } from '../../app/format';
import type { MessageKey } from '../../app/i18n';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { LoadError } from '../../ui/LoadError';
import { useBlocks } from './queries';

const KINDS: (BlockKind | 'all')[] = ['all', 'block', 'cluster', 'club'];
const thisYear = () => new Date().getFullYear();

export const unitName = (u: UnitRef | null | undefined) => u?.shortName ?? '—';

/** "Khối, cụm thi đua": every block at a glance (the ministry: all; a Board: where its unit takes part). */
export function BlocksPage() {
  const { t } = useLocale();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('nam')) || thisYear();
  const kind = KINDS.find((k) => k === params.get('loai') && k !== 'all') as BlockKind | undefined;
  const list = useBlocks(year, kind);
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <Flex vertical gap={16} data-testid="emulation-blocks">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('emulation.blocks.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 900 }}>
        {t('emulation.blocks.intro')} <Link to={`${PATHS.emulation}/cau-lac-bo`}>{t('emulation.club.link')}</Link>
      </Typography.Paragraph>
      <Flex gap={12} wrap align="center">
        <span>{t('emulation.year')}</span>
        <InputNumber
          aria-label={t('emulation.year')}
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => set('nam', v ? String(v) : undefined)}
        />
        <Segmented
          value={kind ?? 'all'}
          options={KINDS.map((k) => ({ value: k, label: t(`emulation.kind.${k}` as MessageKey) }))}
          onChange={(v) => set('loai', v === 'all' ? undefined : String(v))}
        />
      </Flex>
      {list.error ? (
        <LoadError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Table<BlockListItem>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: t('emulation.empty') }}
          columns={[
            {
              title: t('emulation.name'),
              render: (_, b) => (
                <Flex vertical>
                  <Link
                    to={
                      b.kind === 'club'
                        ? `${PATHS.emulation}/cau-lac-bo`
                        : `${PATHS.emulation}/khoi/${b.id}?nam=${year}`
                    }
                  >
                    {b.name}
                  </Link>
                  <Typography.Text type="secondary">{t(`emulation.kind.${b.kind}` as MessageKey)}</Typography.Text>
                </Flex>
              ),
            },
            {
              title: t('emulation.organiser'),
              render: (_, b) => b.organiser?.shortName ?? t(`emulation.organiser.${b.organiserKind}` as MessageKey),
            },
            {
              title: t('emulation.members'),
              align: 'right',
              render: (_, b) =>
                b.latest ? (
                  <Typography.Text type="secondary">
                    {t('emulation.notOpened', { year: b.latest.year, count: formatNumber(b.latest.memberCount) })}
                  </Typography.Text>
                ) : (
                  formatNumber(b.memberCount)
                ),
            },
            {
              title: t('emulation.leader'),
              render: (_, b) => (
                <Flex gap={6} wrap>
                  {unitName(b.leader)}
                  {b.isLeader && <Tag color="gold">{t('emulation.yours')}</Tag>}
                </Flex>
              ),
            },
            { title: t('emulation.deputy'), render: (_, b) => unitName(b.deputy) },
            {
              title: t('emulation.tab.pact'),
              render: (_, b) =>
                !b.pact ? (
                  <Typography.Text type="secondary">{t('emulation.pact.notDrafted')}</Typography.Text>
                ) : b.pact.signedOn ? (
                  <Tag color="green">{t('emulation.pact.signedShort', { date: formatDate(b.pact.signedOn) })}</Tag>
                ) : (
                  <Tag color="orange">
                    {t('emulation.pact.progress', { registered: b.pact.registered, members: b.pact.members })}
                  </Tag>
                ),
            },
            {
              title: t('emulation.glance.scoring'),
              render: (_, b) =>
                !b.scoring ? (
                  <Typography.Text type="secondary">{t('emulation.glance.noSheet')}</Typography.Text>
                ) : b.scoring.first.length > 0 ? (
                  <Flex vertical gap={2}>
                    <Tag color="green">{t('emulation.glance.ranked')}</Tag>
                    <Typography.Text>
                      {t('emulation.glance.first', { units: b.scoring.first.map((u) => u.shortName).join(', ') })}
                    </Typography.Text>
                  </Flex>
                ) : (
                  <Tag color="blue">
                    {t('emulation.glance.progress', {
                      self: b.scoring.selfSubmitted,
                      cross: b.scoring.crossSubmitted,
                      final: b.scoring.final,
                      n: b.scoring.members,
                    })}
                  </Tag>
                ),
            },
          ]}
        />
      )}
    </Flex>
  );
}
