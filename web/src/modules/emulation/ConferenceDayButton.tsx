import { CalendarOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ConferenceDayBody } from '../../../../src/modules/emulation/contract';
import { errorText } from '../../app/api';
import { useLocale } from '../../app/locale';
import { useEmulationWrite } from './queries';

/** The year's leader records the year-end conference it hosts (date and place). */
export function ConferenceDayButton({ blockId, year }: { blockId: string; year: number }) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ on: Dayjs; place: string }>();
  const save = useEmulationWrite<ConferenceDayBody>(
    'put',
    () => `/api/emulation/blocks/${blockId}/years/${year}/conference`,
  );
  const submit = async (v: { on: Dayjs; place: string }) => {
    try {
      await save.mutateAsync({ conferenceOn: v.on.format('YYYY-MM-DD'), conferencePlace: v.place });
      message.success(t('emulation.saved'));
      setOpen(false);
    } catch (e) {
      setError(errorText(e, lang));
    }
  };
  return (
    <>
      <Button icon={<CalendarOutlined />} onClick={() => setOpen(true)} style={{ alignSelf: 'start' }}>
        {t('emulation.conferenceDay', { year })}
      </Button>
      <Modal
        open={open}
        title={t('emulation.conferenceDay', { year })}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        forceRender
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="on"
            label={t('emulation.date')}
            rules={[{ required: true, message: t('emulation.required') }]}
          >
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="place"
            label={t('emulation.place')}
            rules={[{ required: true, whitespace: true, message: t('emulation.required') }]}
          >
            <Input maxLength={300} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
