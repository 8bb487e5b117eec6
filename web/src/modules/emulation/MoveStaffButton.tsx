import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { MovePersonBody, UnitList } from '../../../../src/modules/emulation/contract';
import { api, errorText, withQuery } from '../../app/api';
import { useLocale } from '../../app/locale';
import { EMULATION_KEY, useEmulationWrite } from './queries';

type Values = { unitId: string; title: string; validFrom: Dayjs };

/** A transfer or appointment: the current position ends the day before the new one (history kept). */
export function MoveStaffButton({
  personId,
  unitId,
  provinceCode,
}: {
  personId: string;
  unitId: string;
  provinceCode: string | null;
}) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  // Units of the same province (the Board and its departments): the ones this Board may move staff to.
  const units = useQuery({
    queryKey: [...EMULATION_KEY, 'units-of', provinceCode],
    queryFn: ({ signal }) => api.get<UnitList>(withQuery('/api/emulation/units', {}), { signal }),
    enabled: open,
  });
  const save = useEmulationWrite<MovePersonBody>('post', () => `/api/emulation/people/${personId}/positions`);
  const options = (units.data?.items ?? [])
    .filter((u) => u.provinceCode === provinceCode && u.validTo === null)
    .map((u) => ({ value: u.id, label: u.name }));
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t('emulation.unit.move')}
      </Button>
      <Modal
        open={open}
        title={t('emulation.unit.move')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        forceRender
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form
          form={form}
          layout="vertical"
          initialValues={{ unitId }}
          onFinish={async (v) => {
            try {
              await save.mutateAsync({ unitId: v.unitId, title: v.title, validFrom: v.validFrom.format('YYYY-MM-DD') });
              message.success(t('emulation.saved'));
              setOpen(false);
            } catch (e) {
              setError(errorText(e, lang));
            }
          }}
        >
          <Form.Item
            name="unitId"
            label={t('emulation.unit')}
            rules={[{ required: true, message: t('emulation.required') }]}
          >
            <Select options={options} loading={units.isLoading} showSearch optionFilterProp="label" />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('emulation.unit.position')}
            rules={[{ required: true, whitespace: true, message: t('emulation.required') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="validFrom"
            label={t('emulation.unit.from')}
            rules={[{ required: true, message: t('emulation.required') }]}
          >
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
