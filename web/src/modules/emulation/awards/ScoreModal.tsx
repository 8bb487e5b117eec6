import { App, Button, Flex, Input, InputNumber, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import type { ScoreCardView, ScoreEntry, ScoreSheet } from '../../../../../src/modules/emulation/scoring/contract';
import { errorText } from '../../../app/api';
import { useLocale } from '../../../app/locale';
import { useAwardWrite } from './queries';

type Line = { key: string; name: string; max: number; evidenceRequired: boolean; kind: string };

export function sheetRows(sheet: ScoreSheet, lang: string): Line[] {
  const name = (l: { nameVi: string; nameEn: string }) => (lang === 'vi' ? l.nameVi : l.nameEn);
  return [
    ...sheet.groups.flatMap((g) =>
      g.criteria.map((c) => ({
        key: c.key,
        name: `${name(g)} › ${name(c)}`,
        max: c.maxPoints,
        evidenceRequired: c.evidenceRequired,
        kind: 'criterion',
      })),
    ),
    ...sheet.bonuses.map((b) => ({
      key: b.key,
      name: name(b),
      max: b.maxPoints,
      evidenceRequired: b.evidenceRequired,
      kind: 'bonus',
    })),
    ...sheet.penalties.map((p) => ({
      key: p.key,
      name: name(p),
      max: p.maxPoints,
      evidenceRequired: p.evidenceRequired,
      kind: 'penalty',
    })),
  ];
}

/** Self- or cross-scoring one member's card against the sheet: points per line with evidence; save or submit. */
export function ScoreModal(props: {
  blockId: string;
  year: number;
  sheet: ScoreSheet;
  card: ScoreCardView;
  side: 'self' | 'cross';
  onClose: () => void;
}) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const start = props.side === 'self' ? props.card.selfEntries : props.card.crossEntries;
  const seed = props.side === 'cross' && start.length === 0 ? props.card.selfEntries : start;
  const [values, setValues] = useState<Record<string, { points: number | null; evidence: string }>>(
    Object.fromEntries(seed.map((e) => [e.line, { points: e.points, evidence: e.evidence.join('; ') }])),
  );
  const write = useAwardWrite<{ entries: ScoreEntry[]; submit: boolean }>(
    'put',
    `/api/emulation/blocks/${props.blockId}/years/${props.year}/scoring/cards/${props.card.unit.id}/${props.side}`,
  );
  const rows = sheetRows(props.sheet, lang);
  const save = async (submit: boolean) => {
    const entries = rows
      .filter((r) => values[r.key]?.points != null)
      .map((r) => ({
        line: r.key,
        points: values[r.key]!.points!,
        evidence: (values[r.key]?.evidence ?? '')
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean),
      }));
    try {
      await write.mutateAsync({ entries, submit });
      message.success(t('emulation.score.saved'));
      props.onClose();
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };
  return (
    <Modal
      open
      width={900}
      title={`${props.side === 'self' ? t('emulation.score.selfScore') : t('emulation.score.crossScore')} — ${props.card.unit.name}`}
      onCancel={props.onClose}
      footer={
        <Flex gap={8} justify="end">
          <Button onClick={() => save(false)} loading={write.isPending}>
            {t('emulation.score.saveDraft')}
          </Button>
          <Button type="primary" onClick={() => save(true)} loading={write.isPending} data-testid="score-submit">
            {t('emulation.score.submit')}
          </Button>
        </Flex>
      }
    >
      <Table<Line>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          {
            title: t('emulation.score.line'),
            render: (_, r) => (
              <Flex gap={4} wrap>
                {r.name}
                {r.kind !== 'criterion' && (
                  <Tag>{t(r.kind === 'bonus' ? 'emulation.score.kind.bonus' : 'emulation.score.kind.penalty')}</Tag>
                )}
                {r.evidenceRequired && <Tag color="blue">{t('emulation.score.evidenceRequired')}</Tag>}
              </Flex>
            ),
          },
          { title: t('emulation.score.max'), dataIndex: 'max', width: 70, align: 'right' },
          ...(props.side === 'cross'
            ? [
                {
                  title: t('emulation.score.self'),
                  width: 70,
                  align: 'right' as const,
                  render: (_: unknown, r: Line) => props.card.selfEntries.find((e) => e.line === r.key)?.points ?? 0,
                },
              ]
            : []),
          {
            title: t('emulation.score.points'),
            width: 110,
            render: (_, r) => (
              <InputNumber
                data-testid={`points-${r.key}`}
                min={0}
                max={r.max}
                step={0.25}
                value={values[r.key]?.points ?? null}
                onChange={(v) =>
                  setValues({ ...values, [r.key]: { evidence: values[r.key]?.evidence ?? '', points: v } })
                }
              />
            ),
          },
          {
            title: t('emulation.score.evidence'),
            render: (_, r) => (
              <Input
                data-testid={`evidence-${r.key}`}
                value={values[r.key]?.evidence ?? ''}
                onChange={(e) =>
                  setValues({ ...values, [r.key]: { points: values[r.key]?.points ?? null, evidence: e.target.value } })
                }
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}
