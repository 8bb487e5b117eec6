import { Alert, App, type ButtonProps, Form, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { ParkDetail, ParkEventBody, ParkEventKind } from '../../../../src/modules/zones/contract';
import { PARK_EVENT_LABELS } from '../../../../src/modules/zones/contract';
import { useLocale } from '../../app/locale';
import { EventFields, type EventValues, eventBody, eventFieldPaths } from './EventFields';
import { placeServerErrors } from './formErrors';
import { useRegistryWrite } from './queries';

/** "Ghi sự kiện": the next lifecycle event of the park, from the events its history allows. */
export function ParkEventModal({ park, open, onClose }: { park: ParkDetail; open: boolean; onClose: () => void }) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<EventValues & { kind: ParkEventKind }>();
  const [error, setError] = useState<string | null>(null);
  const save = useRegistryWrite<ParkEventBody, ParkDetail>('post', () => `/api/parks/${park.id}/events`);
  const kind = Form.useWatch('kind', form);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ kind: park.availableActions[0] });
  }, [open, park.availableActions, form]);

  const submit = async (v: EventValues & { kind: ParkEventKind }) => {
    setError(null);
    try {
      await save.mutateAsync(eventBody(v.kind, v));
      message.success(t('parkEvent.recorded', { kind: PARK_EVENT_LABELS[v.kind][lang] }));
      onClose();
    } catch (e) {
      setError(placeServerErrors(form, [['kind'], ...eventFieldPaths([])], e, lang));
    }
  };

  return (
    <Modal
      open={open}
      title={t('parkEvent.title', { name: park.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('parkEvent.save')}
      cancelText={t('zones.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'event-submit' } as ButtonProps}
      width={640}
      forceRender
      data-testid="event-modal"
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="event-error" />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="kind" label={t('parkEvent.kind')} rules={[{ required: true }]}>
          <Select
            options={park.availableActions.map((k) => ({ value: k, label: PARK_EVENT_LABELS[k][lang] }))}
            data-testid="event-kind"
          />
        </Form.Item>
        {kind && <EventFields kind={kind} />}
      </Form>
    </Modal>
  );
}
