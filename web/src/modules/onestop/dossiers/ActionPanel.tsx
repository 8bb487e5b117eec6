import { App, Button, DatePicker, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  BOARD_UNIT_LABELS,
  BOARD_UNITS,
  DOSSIER_ACTION_LABELS,
  type DossierAction,
  type DossierDetail,
} from '../../../../../src/modules/onestop/dossiers/contract';
import { ApiError, errorText } from '../../../app/api';
import { useLocale } from '../../../app/locale';
import { useMe } from '../../../app/session';
import { DecideFields, decideBody } from './DecideFields';
import { useDossierMutations, useOfficers } from './queries';

const REASONED: DossierAction[] = [
  'request_supplement_at_receipt',
  'refuse_at_receipt',
  'request_supplement',
  'stop',
  'withdraw',
];
const DANGER: DossierAction[] = ['refuse_at_receipt', 'stop', 'withdraw'];
const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** The actions the server allows the reader now, each with the fields it needs. */
export function ActionPanel({ dossier: d }: { dossier: DossierDetail }) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const [open, setOpen] = useState<DossierAction | null>(null);
  const [form] = Form.useForm();
  const { act } = useDossierMutations();
  const officers = useOfficers(me?.role === 'board_leader');
  const nextStep = d.steps.find((s) => !d.events.some((e) => e.type === 'finish_step' && e.payload.step === s.key));

  if (d.actions.length === 0) return <Typography.Text type="secondary">{t('dossier.noActions')}</Typography.Text>;

  const bodyOf = (action: DossierAction, v: Record<string, unknown>): Record<string, unknown> => {
    switch (action) {
      case 'consult':
        return { action, body: v.body, question: v.question, deadline: day(v.deadline as Dayjs) };
      case 'extend':
        return { action, reason: v.reason, newDueAt: `${day(v.newDueAt as Dayjs)}T17:00:00+07:00` };
      case 'finish_step':
        return { action, step: d.currentStep };
      case 'decide':
        return decideBody(d, v);
      default:
        return { action, ...v };
    }
  };

  const send = async () => {
    if (!open) return;
    // A form the user must complete shows its own field messages; nothing is sent.
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      await act.mutateAsync({ id: d.id, body: bodyOf(open, values) as never });
      message.success(t('dossier.done'));
      setOpen(null);
      form.resetFields();
    } catch (e) {
      if (e instanceof ApiError) form.setFields(e.fieldErrors(lang));
      message.error(errorText(e, lang));
    }
  };

  const fields = (action: DossierAction) => {
    if (REASONED.includes(action)) {
      return (
        <Form.Item name="reason" label={t('dossier.field.reason')} rules={[{ required: true }]}>
          <Input.TextArea rows={4} maxLength={2000} data-testid="action-reason" />
        </Form.Item>
      );
    }
    switch (action) {
      case 'supply':
        return (
          <Form.Item name="note" label={t('dossier.form.note')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        );
      case 'transfer':
        return (
          <Form.Item name="unit" label={t('dossier.form.unit')} rules={[{ required: true }]}>
            <Select
              options={BOARD_UNITS.filter((u) => u !== d.unit).map((u) => ({
                value: u,
                label: BOARD_UNIT_LABELS[u][lang],
              }))}
            />
          </Form.Item>
        );
      case 'assign':
        return (
          <Form.Item name="officerId" label={t('dossier.form.officer')} rules={[{ required: true }]}>
            <Select
              options={(officers.data?.items ?? []).map((o) => ({ value: o.id, label: o.displayName }))}
              loading={officers.isLoading}
              data-testid="action-officer"
            />
          </Form.Item>
        );
      case 'start_step':
        return (
          <Form.Item
            name="step"
            label={t('dossier.form.step')}
            rules={[{ required: true }]}
            initialValue={nextStep?.key}
          >
            <Select options={d.steps.map((s) => ({ value: s.key, label: lang === 'vi' ? s.nameVi : s.nameEn }))} />
          </Form.Item>
        );
      case 'consult':
        return (
          <>
            <Form.Item name="body" label={t('dossier.form.body')} rules={[{ required: true }]}>
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item name="deadline" label={t('dossier.form.deadline')} rules={[{ required: true }]}>
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
            <Form.Item name="question" label={t('dossier.form.question')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </>
        );
      case 'consultation_answered':
        return (
          <>
            <Form.Item name="consultationSeq" label={t('dossier.form.consultation')} rules={[{ required: true }]}>
              <Select options={d.consultations.map((c) => ({ value: c.seq, label: c.body }))} />
            </Form.Item>
            <Form.Item name="answer" label={t('dossier.form.answer')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </>
        );
      case 'extend':
        return (
          <>
            <Form.Item name="newDueAt" label={t('dossier.form.newDueAt')} rules={[{ required: true }]}>
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
            <Form.Item name="reason" label={t('dossier.form.apology')} rules={[{ required: true }]}>
              <Input.TextArea rows={4} maxLength={2000} />
            </Form.Item>
          </>
        );
      case 'decide':
        return <DecideFields dossier={d} />;
      default:
        return null;
    }
  };

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap>
        {d.actions.map((a) => (
          <Button
            key={a}
            danger={DANGER.includes(a)}
            type={a === 'decide' || a === 'receive' ? 'primary' : 'default'}
            onClick={() => {
              form.resetFields();
              setOpen(a);
            }}
            data-testid={`action-${a}`}
          >
            {DOSSIER_ACTION_LABELS[a][lang]}
          </Button>
        ))}
      </Flex>
      <Modal
        open={open !== null}
        title={open ? DOSSIER_ACTION_LABELS[open][lang] : ''}
        onCancel={() => setOpen(null)}
        onOk={send}
        okText={t('dossier.form.confirm')}
        okButtonProps={{ id: 'action-confirm' }}
        confirmLoading={act.isPending}
        destroyOnHidden
        width={open === 'decide' ? 640 : 520}
      >
        <Form form={form} layout="vertical" preserve={false}>
          {open && fields(open)}
        </Form>
      </Modal>
    </Flex>
  );
}
