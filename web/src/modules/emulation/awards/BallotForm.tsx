import { App, Button, Checkbox, DatePicker, Flex, Form, InputNumber, Modal, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AwardsView } from '../../../../../src/modules/emulation/awards/contract';
import { errorText } from '../../../app/api';
import { useLocale } from '../../../app/locale';
import { useAwardWrite } from './queries';

type Member = { id: string; name: string };

/** The leader records a secret ballot: which members voted, the invalid ballots, and per candidate the totals only. */
export function BallotForm(props: { blockId: string; year: number; titles: AwardsView['titles']; members: Member[] }) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [titleKey, setTitleKey] = useState<string | undefined>(props.titles[0]?.key);
  const [heldOn, setHeldOn] = useState<Dayjs | null>(null);
  const [voters, setVoters] = useState<string[]>(props.members.map((m) => m.id));
  const [invalid, setInvalid] = useState(0);
  const [counts, setCounts] = useState<Record<string, { yes: number; no: number; on: boolean }>>({});
  const write = useAwardWrite('post', `/api/emulation/blocks/${props.blockId}/years/${props.year}/ballots`);
  const save = async () => {
    try {
      await write.mutateAsync({
        titleKey,
        heldOn: heldOn?.format('YYYY-MM-DD'),
        voters,
        invalid,
        counts: Object.entries(counts)
          .filter(([, c]) => c.on)
          .map(([candidateId, c]) => ({ candidateId, yes: c.yes, no: c.no })),
      });
      message.success(t('emulation.score.saved'));
      setOpen(false);
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };
  const at = (id: string) => counts[id] ?? { yes: 0, no: 0, on: false };
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="new-ballot">
        {t('emulation.award.newBallot')}
      </Button>
      <Modal
        open={open}
        width={820}
        title={t('emulation.award.newBallot')}
        onCancel={() => setOpen(false)}
        onOk={save}
        confirmLoading={write.isPending}
      >
        <Typography.Paragraph type="secondary">{t('emulation.award.secretNote')}</Typography.Paragraph>
        <Form layout="vertical">
          <Flex gap={12} wrap>
            <Form.Item label={t('emulation.award.title')} style={{ minWidth: 320 }}>
              <Select
                value={titleKey}
                onChange={setTitleKey}
                options={props.titles.map((x) => ({ value: x.key, label: lang === 'vi' ? x.nameVi : x.nameEn }))}
                data-testid="ballot-title"
              />
            </Form.Item>
            <Form.Item label={t('emulation.award.heldOn')}>
              <DatePicker format="DD/MM/YYYY" value={heldOn} onChange={setHeldOn} data-testid="ballot-date" />
            </Form.Item>
            <Form.Item label={t('emulation.award.invalid')}>
              <InputNumber min={0} value={invalid} onChange={(v) => setInvalid(v ?? 0)} />
            </Form.Item>
          </Flex>
          <Form.Item label={t('emulation.award.voters')}>
            <Checkbox.Group
              value={voters}
              onChange={(v) => setVoters(v as string[])}
              options={props.members.map((m) => ({ value: m.id, label: m.name }))}
            />
          </Form.Item>
        </Form>
        <Table<Member>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={props.members}
          columns={[
            {
              title: t('emulation.award.candidates'),
              render: (_, m) => (
                <Checkbox
                  checked={at(m.id).on}
                  onChange={(e) => setCounts({ ...counts, [m.id]: { ...at(m.id), on: e.target.checked } })}
                >
                  {m.name}
                </Checkbox>
              ),
            },
            {
              title: t('emulation.award.yes'),
              width: 110,
              render: (_, m) => (
                <InputNumber
                  min={0}
                  disabled={!at(m.id).on}
                  value={at(m.id).yes}
                  onChange={(v) => setCounts({ ...counts, [m.id]: { ...at(m.id), yes: v ?? 0 } })}
                  data-testid={`yes-${m.id}`}
                />
              ),
            },
            {
              title: t('emulation.award.no'),
              width: 110,
              render: (_, m) => (
                <InputNumber
                  min={0}
                  disabled={!at(m.id).on}
                  value={at(m.id).no}
                  onChange={(v) => setCounts({ ...counts, [m.id]: { ...at(m.id), no: v ?? 0 } })}
                />
              ),
            },
          ]}
        />
      </Modal>
    </>
  );
}
