import { App, Form, Input, InputNumber, Modal } from 'antd';
import type { Deal } from '../../../../src/modules/eco/contract';
import { errorText } from '../../app/api';
import { useLocale } from '../../app/locale';
import { useDealImpact } from './queries';

const AMOUNTS = [
  ['tonnesDiverted', 'eco.impact.tonnes'],
  ['waterM3', 'eco.impact.water'],
  ['energyMwh', 'eco.impact.energy'],
  ['costSavedMillionVnd', 'eco.impact.cost'],
] as const;

/** The facilitator records what an operating deal achieved in a year (tCO₂e from the shipped factors). */
export function ImpactDialog({ deal, onClose }: { deal: Deal | null; onClose: () => void }) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const save = useDealImpact();
  const submit = async (v: Record<string, number | string | undefined>) => {
    if (!deal) return;
    try {
      const body: Record<string, unknown> = { year: v.year, source: v.source };
      for (const [key] of AMOUNTS) body[key] = String(v[key] ?? 0);
      await save.mutateAsync({ id: deal.id, ...body });
      message.success(t('eco.impact.saved'));
      form.resetFields();
      onClose();
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };
  return (
    <Modal
      open={deal !== null}
      title={t('eco.impact.record')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('eco.save')}
      cancelText={t('eco.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ year: new Date().getFullYear() }}>
        <Form.Item name="year" label={t('eco.impact.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        {AMOUNTS.map(([key, label]) => (
          <Form.Item key={key} name={key} label={t(label)}>
            <InputNumber min={0} style={{ width: '100%' }} decimalSeparator="," />
          </Form.Item>
        ))}
        <Form.Item name="source" label={t('eco.impact.source')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
