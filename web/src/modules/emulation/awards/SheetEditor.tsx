import { App, Button, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { ScoreSheet } from '../../../../../src/modules/emulation/scoring/contract';
import { errorText } from '../../../app/api';
import { useLocale } from '../../../app/locale';
import { useAwardWrite } from './queries';

/** The shape to fill in when a block has no sheet yet: one group with one criterion, nothing else. */
const SKELETON: ScoreSheet = {
  groups: [
    {
      key: 'nhom_1',
      nameVi: '',
      nameEn: '',
      criteria: [{ key: 'tieu_chi_1', nameVi: '', nameEn: '', maxPoints: 10, evidenceRequired: true }],
    },
  ],
  bonuses: [],
  bonusCap: null,
  penalties: [],
  crossScoring: 'leader',
  tieBreaks: [],
};

/** The organiser issues the year's sheet (a new version while nobody has submitted a self-score). */
export function SheetEditor(props: {
  blockId: string;
  year: number;
  current: ScoreSheet | null;
  basis: string | null;
}) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [json, setJson] = useState(JSON.stringify(props.current ?? SKELETON, null, 2));
  const [basis, setBasis] = useState(props.basis ?? '');
  const write = useAwardWrite<{ definition: unknown; basis: string }>(
    'put',
    `/api/emulation/blocks/${props.blockId}/years/${props.year}/scoring/sheet`,
  );
  const save = async () => {
    let definition: unknown;
    try {
      definition = JSON.parse(json);
    } catch (e) {
      message.error(String(e));
      return;
    }
    try {
      await write.mutateAsync({ definition, basis });
      message.success(t('emulation.score.saved'));
      setOpen(false);
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="edit-sheet">
        {t('emulation.score.editSheet')}
      </Button>
      <Modal
        open={open}
        width={820}
        title={t('emulation.score.editSheet')}
        onCancel={() => setOpen(false)}
        onOk={save}
        confirmLoading={write.isPending}
      >
        <Typography.Paragraph type="secondary">{t('emulation.score.sheetJson')}</Typography.Paragraph>
        <Input.TextArea
          rows={18}
          value={json}
          onChange={(e) => setJson(e.target.value)}
          style={{ fontFamily: 'monospace' }}
        />
        <Input
          style={{ marginTop: 8 }}
          placeholder={t('emulation.basis')}
          value={basis}
          onChange={(e) => setBasis(e.target.value)}
        />
      </Modal>
    </>
  );
}
