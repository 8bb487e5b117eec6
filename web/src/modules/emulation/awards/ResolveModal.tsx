import { App, Input, InputNumber, Modal, Table } from 'antd';
import { useState } from 'react';
import type { ScoreCardView, ScoreSheet } from '../../../../../src/modules/emulation/scoring/contract';
import { errorText } from '../../../app/api';
import { useLocale } from '../../../app/locale';
import { useAwardWrite } from './queries';
import { sheetRows } from './ScoreModal';

type Row = ScoreCardView['lines'][number];

/** The leader records, for each line where self- and cross-score differ, the agreed points and the reason. */
export function ResolveModal(props: {
  blockId: string;
  year: number;
  sheet: ScoreSheet;
  card: ScoreCardView;
  onClose: () => void;
}) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const names = new Map(sheetRows(props.sheet, lang).map((r) => [r.key, r.name]));
  const differing = props.card.lines.filter((l) => l.status === 'disputed' || l.status === 'resolved');
  const [values, setValues] = useState<Record<string, { points: number | null; reason: string }>>(
    Object.fromEntries(differing.map((l) => [l.line, { points: l.final ?? l.cross, reason: l.reason ?? '' }])),
  );
  const write = useAwardWrite<{ resolutions: { line: string; points: number; reason: string }[] }>(
    'put',
    `/api/emulation/blocks/${props.blockId}/years/${props.year}/scoring/cards/${props.card.unit.id}/resolutions`,
  );
  const save = async () => {
    try {
      await write.mutateAsync({
        resolutions: differing
          .filter((l) => values[l.line]?.points != null)
          .map((l) => ({ line: l.line, points: values[l.line]!.points!, reason: values[l.line]!.reason })),
      });
      message.success(t('emulation.score.saved'));
      props.onClose();
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };
  return (
    <Modal
      open
      width={860}
      title={`${t('emulation.score.resolve')} — ${props.card.unit.name}`}
      onCancel={props.onClose}
      onOk={save}
      confirmLoading={write.isPending}
    >
      <Table<Row>
        rowKey="line"
        size="small"
        pagination={false}
        dataSource={differing}
        columns={[
          { title: t('emulation.score.line'), render: (_, l) => names.get(l.line) ?? l.line },
          { title: t('emulation.score.self'), dataIndex: 'self', align: 'right', width: 70 },
          { title: t('emulation.score.cross'), dataIndex: 'cross', align: 'right', width: 80 },
          {
            title: t('emulation.score.final'),
            width: 100,
            render: (_, l) => (
              <InputNumber
                min={0}
                step={0.25}
                value={values[l.line]?.points ?? null}
                onChange={(v) =>
                  setValues({ ...values, [l.line]: { reason: values[l.line]?.reason ?? '', points: v } })
                }
              />
            ),
          },
          {
            title: t('emulation.score.reason'),
            render: (_, l) => (
              <Input
                value={values[l.line]?.reason ?? ''}
                onChange={(e) =>
                  setValues({ ...values, [l.line]: { points: values[l.line]?.points ?? null, reason: e.target.value } })
                }
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}
