import { DownloadOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Flex, InputNumber, Popconfirm, Table, Tabs, Tag, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import type { BlockYearView, MemberView } from '../../../../src/modules/emulation/contract';
import { errorText } from '../../app/api';
import { formatDate, formatNumber } from '../../app/format';
import type { MessageKey } from '../../app/i18n';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { emulationAwardTabs } from './awards/pages';
import { ConferenceDayButton } from './ConferenceDayButton';
import { FestivalsPanel } from './FestivalsPanel';
import { MembersEditor } from './MembersEditor';
import { MovementsPanel } from './MovementsPanel';
import { PactPanel } from './PactPanel';
import { RoleTag, UnitLink } from './parts';
import { useBlock, useEmulationWrite } from './queries';

/** "Khối thi đua": members and roles of a year, the rotation history, the pact and the movements. */
export function BlockPage() {
  const { id } = useParams();
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('nam')) || new Date().getFullYear();
  const tab = params.get('tab') ?? 'members';
  const block = useBlock(id, year);
  // Opens the proposal's year from the year before it (this one, or the last one when this is empty).
  const rotate = useEmulationWrite<number>('post', (to) => `/api/emulation/blocks/${id}/years/${to - 1}/rotate`, false);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };

  if (block.error) return <LoadError error={block.error} onRetry={() => block.refetch()} />;
  if (!block.data) return <PageLoading />;
  const b = block.data;

  const doRotate = async (to: number) => {
    try {
      await rotate.mutateAsync(to);
      message.success(t('emulation.rotated', { year: to }));
      set('nam', String(to));
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };

  return (
    <Flex vertical gap={16} data-testid="emulation-block">
      <Typography.Link>
        <Link to={PATHS.emulation}>← {t('emulation.blocks.title')}</Link>
      </Typography.Link>
      <Flex justify="space-between" align="start" wrap gap={12}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {b.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t(`emulation.kind.${b.kind}` as MessageKey)} ·{' '}
            {b.organiser?.name ?? t(`emulation.organiser.${b.organiserKind}` as MessageKey)}
          </Typography.Text>
        </div>
        <Flex gap={8} align="center">
          <span>{t('emulation.year')}</span>
          <InputNumber
            aria-label={t('emulation.year')}
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => v && set('nam', String(v))}
            data-testid="block-year"
          />
          <Button icon={<DownloadOutlined />} href={`/api/emulation/blocks/${b.id}/members.xlsx`}>
            {t('emulation.export')}
          </Button>
        </Flex>
      </Flex>
      {b.basis && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {b.basis}
        </Typography.Paragraph>
      )}
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label={t('emulation.leader')}>
          <span data-testid="block-leader">{b.leader ? <UnitLink unit={b.leader} /> : t('emulation.notDecided')}</span>
          {b.isLeader && (
            <Tag color="gold" style={{ marginLeft: 8 }}>
              {t('emulation.yours')}
            </Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('emulation.deputy')}>
          {b.deputy ? <UnitLink unit={b.deputy} /> : t('emulation.notDecided')}
        </Descriptions.Item>
        <Descriptions.Item label={t('emulation.members')}>{formatNumber(b.memberCount)}</Descriptions.Item>
      </Descriptions>
      {b.proposal && (
        <Alert
          type="info"
          showIcon
          data-testid="rotation-proposal"
          title={t('emulation.proposal', {
            year: b.proposal.year,
            leader: b.proposal.leader?.shortName ?? '—',
            deputy: b.proposal.deputy?.shortName ?? '—',
          })}
          action={
            <Popconfirm
              title={t('emulation.rotateConfirm', { year: b.proposal.year })}
              onConfirm={() => b.proposal && doRotate(b.proposal.year)}
            >
              <Button icon={<SwapOutlined />} loading={rotate.isPending} data-testid="rotate">
                {t('emulation.rotate')}
              </Button>
            </Popconfirm>
          }
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={(k) => set('tab', k)}
        items={[
          {
            key: 'members',
            label: t('emulation.tab.members'),
            children: (
              <Flex vertical gap={8}>
                {b.canManage && <MembersEditor blockId={b.id} year={year} members={b.members} />}
                <MembersTable members={b.members} />
              </Flex>
            ),
          },
          {
            key: 'history',
            label: t('emulation.tab.history'),
            children: (
              <HistoryTable history={b.history} blockId={b.id} year={year} canEdit={b.canManage || b.isLeader} />
            ),
          },
          { key: 'pact', label: t('emulation.tab.pact'), children: <PactPanel blockId={b.id} year={year} /> },
          { key: 'movements', label: t('emulation.tab.movements'), children: <MovementsPanel blockId={b.id} /> },
          ...emulationAwardTabs(b.id, year, t),
          {
            key: 'festivals',
            label: t('emulation.tab.festivals'),
            children: <FestivalsPanel blockId={b.id} members={b.members} />,
          },
        ]}
      />
    </Flex>
  );
}

function MembersTable({ members }: { members: MemberView[] }) {
  const { t } = useLocale();
  return (
    <Table<MemberView>
      rowKey={(m) => m.unit.id}
      dataSource={members}
      pagination={false}
      size="small"
      data-testid="block-members"
      locale={{ emptyText: t('emulation.noMembers') }}
      columns={[
        { title: t('emulation.unit'), render: (_, m) => <UnitLink unit={m.unit} /> },
        { title: t('emulation.role'), render: (_, m) => <RoleTag role={m.role} /> },
        { title: t('emulation.joined'), render: (_, m) => (m.joinedOn ? formatDate(m.joinedOn) : '') },
        { title: t('emulation.left'), render: (_, m) => (m.leftOn ? formatDate(m.leftOn) : '') },
      ]}
    />
  );
}

function HistoryTable(props: { history: BlockYearView[]; blockId: string; year: number; canEdit: boolean }) {
  const { t } = useLocale();
  return (
    <Flex vertical gap={8}>
      {props.canEdit && <ConferenceDayButton blockId={props.blockId} year={props.year} />}
      <Table<BlockYearView>
        rowKey="year"
        dataSource={props.history}
        pagination={false}
        size="small"
        data-testid="rotation-history"
        columns={[
          { title: t('emulation.year'), dataIndex: 'year' },
          { title: t('emulation.leader'), render: (_, y) => (y.leader ? <UnitLink unit={y.leader} /> : '—') },
          { title: t('emulation.deputy'), render: (_, y) => (y.deputy ? <UnitLink unit={y.deputy} /> : '—') },
          { title: t('emulation.members'), align: 'right', render: (_, y) => formatNumber(y.memberCount) },
          { title: t('emulation.host'), render: (_, y) => y.conferenceHost?.shortName ?? '—' },
          {
            title: t('emulation.conference'),
            render: (_, y) =>
              y.conferenceOn
                ? `${formatDate(y.conferenceOn)}${y.conferencePlace ? `, ${y.conferencePlace}` : ''}`
                : '—',
          },
          {
            title: t('emulation.basis'),
            render: (_, y) => <Typography.Text type="secondary">{y.rotationBasis ?? ''}</Typography.Text>,
          },
        ]}
      />
    </Flex>
  );
}
