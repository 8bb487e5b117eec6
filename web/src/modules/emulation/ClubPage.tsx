import { FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Collapse, Descriptions, Empty, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ConferenceView } from '../../../../src/modules/emulation/contract-cycle';
import { formatDate } from '../../app/format';
import type { MessageKey } from '../../app/i18n';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { ConferenceModal } from './ConferenceModal';
import { UnitLink } from './parts';
import { useBlock, useBlocks, useConferences } from './queries';

/** "Câu lạc bộ": the Club of the northern Boards, its members and its numbered annual conferences. */
export function ClubPage() {
  const { t } = useLocale();
  const year = new Date().getFullYear();
  const clubs = useBlocks(year, 'club');
  const club = clubs.data?.items[0];
  const detail = useBlock(club?.id, year);
  // The Club's latest year with members (the current one is empty until the ministry sets it).
  const latestYear = detail.data?.history.find((h) => h.year <= year)?.year ?? year;
  const shown = useBlock(club?.id, latestYear);
  const conferences = useConferences(club?.id);
  const [editing, setEditing] = useState<ConferenceView | 'new' | null>(null);

  if (clubs.error) return <LoadError error={clubs.error} onRetry={() => clubs.refetch()} />;
  if (clubs.isLoading) return <PageLoading />;
  if (!club) return <Empty description={t('emulation.club.none')} />;
  const items = conferences.data?.items ?? [];
  const latestMembers = shown.data ?? null;

  return (
    <Flex vertical gap={16} data-testid="emulation-club">
      <Typography.Link>
        <Link to={PATHS.emulation}>← {t('emulation.blocks.title')}</Link>
      </Typography.Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {club.name}
      </Typography.Title>
      {club.basis && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {club.basis}
        </Typography.Paragraph>
      )}
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('emulation.club.conferences')}
        </Typography.Title>
        {club.canManage && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="conference-new">
            {t('emulation.club.newConference')}
          </Button>
        )}
      </Flex>
      {conferences.error && <LoadError error={conferences.error} onRetry={() => conferences.refetch()} />}
      {items.length > 0 && (
        <Collapse
          data-testid="conference-list"
          items={items.map((c) => ({
            key: c.id,
            label: `${c.edition ? t('emulation.club.edition', { n: c.edition }) : c.title} · ${formatDate(c.heldOn)}${c.host ? ` · ${c.host.shortName}` : ''}`,
            extra: (
              <Flex gap={8} onClick={(e) => e.stopPropagation()}>
                <Button
                  size="small"
                  icon={<FilePdfOutlined />}
                  href={`/api/emulation/conferences/${c.id}/conclusions.pdf`}
                >
                  {t('emulation.club.conclusionsPdf')}
                </Button>
                {c.canEdit && (
                  <Button size="small" onClick={() => setEditing(c)}>
                    {t('emulation.edit')}
                  </Button>
                )}
              </Flex>
            ),
            children: <ConferenceDetails c={c} />,
          }))}
        />
      )}
      {items.length === 0 && !conferences.isLoading && <Empty description={t('emulation.club.noConferences')} />}
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('emulation.club.members', { year: latestMembers?.year ?? year })}
      </Typography.Title>
      <Table
        rowKey={(m) => m.unit.id}
        size="small"
        pagination={false}
        dataSource={latestMembers?.members ?? []}
        locale={{ emptyText: t('emulation.noMembers') }}
        columns={[{ title: t('emulation.unit'), render: (_, m) => <UnitLink unit={m.unit} /> }]}
      />
      {editing && (
        <ConferenceModal
          blockId={club.id}
          conference={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          next={Math.max(0, ...items.map((c) => c.edition ?? 0)) + 1}
        />
      )}
    </Flex>
  );
}

function ConferenceDetails({ c }: { c: ConferenceView }) {
  const { t } = useLocale();
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('emulation.club.title')}>{c.title}</Descriptions.Item>
      <Descriptions.Item label={t('emulation.place')}>{c.place ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('emulation.host')}>{c.host ? <UnitLink unit={c.host} /> : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('emulation.club.agenda')}>
        <ol style={{ margin: 0, paddingLeft: 18 }}>
          {c.agenda.map((a) => (
            <li key={`${a.time}-${a.item}`}>{a.time ? `${a.time} – ${a.item}` : a.item}</li>
          ))}
        </ol>
      </Descriptions.Item>
      <Descriptions.Item label={t('emulation.club.attendees')}>
        {c.attendees.map((a) => `${a.name}${a.position ? ` (${a.position})` : ''}, ${a.organisation}`).join('; ')}
      </Descriptions.Item>
      <Descriptions.Item label={t('emulation.club.documents')}>
        {c.documents.length === 0 ? (
          '—'
        ) : (
          <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="conference-document-list">
            {c.documents.map((d, i) => {
              const label = [d.number, d.date ? formatDate(d.date) : null, d.title].filter(Boolean).join(' – ');
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: documents have no identity beyond their place in the list.
                <li key={i}>
                  {t(`emulation.doc.kind.${d.kind}` as MessageKey)}:{' '}
                  {d.url ? (
                    <a href={d.url} target="_blank" rel="noreferrer">
                      {label}
                    </a>
                  ) : (
                    label
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('emulation.club.conclusions')}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{c.conclusions ?? '—'}</span>
      </Descriptions.Item>
    </Descriptions>
  );
}
