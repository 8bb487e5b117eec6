import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ScoreCardView } from '../../../../../src/modules/emulation/scoring/contract';
import { formatNumber } from '../../../app/format';
import type { MessageKey } from '../../../app/i18n';
import { useLocale } from '../../../app/locale';
import { PATHS } from '../../../app/paths';
import { LoadError } from '../../../ui/LoadError';
import { PageLoading } from '../../../ui/PageLoading';
import { RoleTag } from '../parts';
import { useScoring } from './queries';
import { ResolveModal } from './ResolveModal';
import { ScoreModal, sheetRows } from './ScoreModal';
import { SheetEditor } from './SheetEditor';

const STATUS_COLOURS = {
  awaiting_self: 'default',
  awaiting_cross: 'default',
  agreed: 'green',
  disputed: 'red',
  resolved: 'blue',
} as const;

/** A block's year: the sheet, scoring progress, the ranking with ties, and the reader's own scoring actions. */
export function ScoringPanel({ blockId, year }: { blockId: string; year: number }) {
  const { t, lang } = useLocale();
  const scoring = useScoring(blockId, year);
  const [open, setOpen] = useState<{ card: ScoreCardView; side: 'self' | 'cross' | 'resolve' } | null>(null);
  if (scoring.error) return <LoadError error={scoring.error} onRetry={() => scoring.refetch()} />;
  if (!scoring.data) return <PageLoading />;
  const v = scoring.data;
  const names = new Map(v.sheet ? sheetRows(v.sheet.definition, lang).map((r) => [r.key, r.name]) : []);
  const p = v.progress;
  return (
    <Flex vertical gap={12} data-testid="scoring-panel">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text>
          {v.sheet
            ? t('emulation.score.sheet', {
                version: v.sheet.version,
                max: formatNumber(v.sheet.maximum),
                basis: v.sheet.basis,
              })
            : t('emulation.score.noSheet')}
        </Typography.Text>
        <Flex gap={8}>
          {v.canEditSheet && (
            <SheetEditor
              blockId={blockId}
              year={year}
              current={v.sheet?.definition ?? null}
              basis={v.sheet?.basis ?? null}
            />
          )}
          <Button icon={<DownloadOutlined />} href={`/api/emulation/blocks/${blockId}/years/${year}/ranking.xlsx`}>
            {t('emulation.score.export')}
          </Button>
        </Flex>
      </Flex>
      {p.members > 0 && (
        <Flex vertical gap={2}>
          <Typography.Text type="secondary" data-testid="scoring-progress">
            {t('emulation.score.progress', {
              self: p.selfSubmitted,
              cross: p.crossSubmitted,
              final: p.final,
              n: p.members,
            })}
          </Typography.Text>
          <Progress
            percent={Math.round((p.final / p.members) * 100)}
            success={{ percent: Math.round((p.final / p.members) * 100) }}
            size="small"
          />
        </Flex>
      )}
      {!v.sheet && <Alert type="info" title={t('emulation.score.noSheet')} />}
      <Table<ScoreCardView>
        rowKey={(c) => c.unit.id}
        size="small"
        pagination={false}
        dataSource={v.cards}
        data-testid="ranking"
        expandable={{
          rowExpandable: (c) => c.lines.length > 0,
          expandedRowRender: (c) => (
            <Table
              rowKey="line"
              size="small"
              pagination={false}
              dataSource={c.lines}
              columns={[
                { title: t('emulation.score.line'), render: (_, l) => names.get(l.line) ?? l.line },
                { title: t('emulation.score.self'), dataIndex: 'self', align: 'right', width: 80 },
                { title: t('emulation.score.cross'), dataIndex: 'cross', align: 'right', width: 90 },
                { title: t('emulation.score.final'), dataIndex: 'final', align: 'right', width: 90 },
                {
                  title: '',
                  width: 130,
                  render: (_, l) => (
                    <Tag color={STATUS_COLOURS[l.status]}>{t(`emulation.score.status.${l.status}` as MessageKey)}</Tag>
                  ),
                },
                { title: t('emulation.score.reason'), dataIndex: 'reason' },
              ]}
            />
          ),
        }}
        columns={[
          {
            title: t('emulation.score.rank'),
            width: 70,
            render: (_, c) => (c.rank === null ? '—' : <strong>{c.rank}</strong>),
          },
          {
            title: t('emulation.score.unit'),
            render: (_, c) => (
              <Flex vertical>
                <Link to={`${PATHS.emulation}/don-vi/${c.unit.id}/khen-thuong`}>{c.unit.name}</Link>
                {c.tiedWith.length > 0 && (
                  <Typography.Text type="warning" style={{ fontSize: 12 }}>
                    {t('emulation.score.tie', {
                      units: c.tiedWith
                        .map((id) => v.cards.find((x) => x.unit.id === id)?.unit.shortName ?? id)
                        .join(', '),
                    })}
                  </Typography.Text>
                )}
                {c.decidedByVi && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('emulation.score.decidedBy', { rule: (lang === 'vi' ? c.decidedByVi : c.decidedByEn) ?? '' })}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          { title: '', width: 110, render: (_, c) => <RoleTag role={c.role} /> },
          {
            title: t('emulation.score.self'),
            align: 'right',
            width: 90,
            render: (_, c) => (c.selfSubmittedAt ? formatNumber(c.selfTotal) : '—'),
          },
          {
            title: t('emulation.score.final'),
            align: 'right',
            width: 100,
            render: (_, c) => (c.complete ? <strong>{formatNumber(c.total)}</strong> : '—'),
          },
          { title: t('emulation.score.crossBy'), width: 140, render: (_, c) => c.crossScorer?.shortName ?? '—' },
          {
            title: '',
            width: 110,
            render: (_, c) => (
              <Tag color={c.complete ? 'green' : 'default'}>
                {t(c.complete ? 'emulation.score.complete' : 'emulation.score.pending')}
              </Tag>
            ),
          },
          {
            title: '',
            width: 260,
            render: (_, c) => (
              <Flex gap={6} wrap>
                {c.canSelfScore && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setOpen({ card: c, side: 'self' })}
                    data-testid={`self-${c.unit.shortName}`}
                  >
                    {t('emulation.score.selfScore')}
                  </Button>
                )}
                {c.canCrossScore && (
                  <Button
                    size="small"
                    onClick={() => setOpen({ card: c, side: 'cross' })}
                    data-testid={`cross-${c.unit.shortName}`}
                  >
                    {t('emulation.score.crossScore')}
                  </Button>
                )}
                {c.canResolve && (
                  <Button
                    size="small"
                    danger
                    onClick={() => setOpen({ card: c, side: 'resolve' })}
                    data-testid={`resolve-${c.unit.shortName}`}
                  >
                    {t('emulation.score.resolve')}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {open && v.sheet && open.side !== 'resolve' && (
        <ScoreModal
          blockId={blockId}
          year={year}
          sheet={v.sheet.definition}
          card={open.card}
          side={open.side}
          onClose={() => setOpen(null)}
        />
      )}
      {open && v.sheet && open.side === 'resolve' && (
        <ResolveModal
          blockId={blockId}
          year={year}
          sheet={v.sheet.definition}
          card={open.card}
          onClose={() => setOpen(null)}
        />
      )}
    </Flex>
  );
}
