import { App, Button, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ProposalView } from '../../../../../src/modules/emulation/awards/contract';
import { errorText } from '../../../app/api';
import { useLocale } from '../../../app/locale';
import { useAwardWrite } from './queries';

/** The organiser records the deciding authority's decision (number, date, signer); the award enters the register. */
export function DecisionButton({ proposal }: { proposal: ProposalView }) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [signedOn, setSignedOn] = useState<Dayjs | null>(null);
  const [form] = Form.useForm<{ number: string; authority: string; signerName: string; signerTitle: string }>();
  const write = useAwardWrite('post', `/api/emulation/proposals/${proposal.id}/decision`);
  const save = async () => {
    const v = await form.validateFields();
    try {
      await write.mutateAsync({ ...v, signedOn: signedOn?.format('YYYY-MM-DD'), kind: 'merit' });
      message.success(t('emulation.score.saved'));
      setOpen(false);
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };
  return (
    <>
      <Button size="small" type="primary" onClick={() => setOpen(true)} data-testid="decide">
        {t('emulation.award.decide')}
      </Button>
      <Modal
        open={open}
        title={`${t('emulation.award.decide')} — ${proposal.subjectName}`}
        onCancel={() => setOpen(false)}
        onOk={save}
        confirmLoading={write.isPending}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="number" label={t('emulation.award.decisionNo')} rules={[{ required: true }]}>
            <Input placeholder="215/QĐ-BTC" data-testid="decision-number" />
          </Form.Item>
          <Form.Item label={t('emulation.award.signedOn')} required>
            <DatePicker format="DD/MM/YYYY" value={signedOn} onChange={setSignedOn} data-testid="decision-date" />
          </Form.Item>
          <Form.Item name="authority" label={t('emulation.award.authority')} rules={[{ required: true }]}>
            <Input placeholder="Bộ trưởng Bộ Tài chính" data-testid="decision-authority" />
          </Form.Item>
          <Form.Item name="signerTitle" label={t('emulation.award.signerTitle')} rules={[{ required: true }]}>
            <Input data-testid="decision-signer-title" />
          </Form.Item>
          <Form.Item name="signerName" label={t('emulation.award.signerName')} rules={[{ required: true }]}>
            <Input data-testid="decision-signer" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** The organiser records that the authority did not grant the award, with the reason. */
export function RejectButton({ proposal }: { proposal: ProposalView }) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const write = useAwardWrite('post', `/api/emulation/proposals/${proposal.id}/reject`);
  const save = async () => {
    try {
      await write.mutateAsync({ reason });
      message.success(t('emulation.score.saved'));
      setOpen(false);
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };
  return (
    <>
      <Button size="small" danger onClick={() => setOpen(true)}>
        {t('emulation.award.reject')}
      </Button>
      <Modal
        open={open}
        title={`${t('emulation.award.reject')} — ${proposal.subjectName}`}
        onCancel={() => setOpen(false)}
        onOk={save}
        confirmLoading={write.isPending}
      >
        <Input.TextArea
          rows={3}
          placeholder={t('emulation.score.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}
