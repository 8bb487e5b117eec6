import { App, Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { NewStaffBody } from '../../../../src/modules/emulation/contract';
import { errorText } from '../../app/api';
import { useLocale } from '../../app/locale';
import { useEmulationWrite } from './queries';

type Values = { fullName: string; gender?: 'female' | 'male'; title: string; validFrom: Dayjs };

/** Adds a staff member with the position held from a day (transfers keep the old position as history). */
export function StaffForm({ unitId }: { unitId: string }) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useEmulationWrite<NewStaffBody>('post', () => `/api/emulation/units/${unitId}/staff`);
  const required = [{ required: true, whitespace: true, message: t('emulation.required') }];
  return (
    <Form<Values>
      form={form}
      layout="inline"
      onFinish={async (v) => {
        try {
          await save.mutateAsync({
            fullName: v.fullName,
            gender: v.gender ?? null,
            title: v.title,
            validFrom: v.validFrom.format('YYYY-MM-DD'),
          });
          message.success(t('emulation.saved'));
          form.resetFields();
        } catch (e) {
          message.error(errorText(e, lang));
        }
      }}
    >
      <Form.Item name="fullName" rules={required}>
        <Input placeholder={t('emulation.unit.person')} maxLength={200} />
      </Form.Item>
      <Form.Item name="gender">
        <Select
          placeholder={t('emulation.unit.gender')}
          style={{ width: 110 }}
          allowClear
          options={[
            { value: 'female', label: t('emulation.unit.female') },
            { value: 'male', label: t('emulation.unit.male') },
          ]}
        />
      </Form.Item>
      <Form.Item name="title" rules={required}>
        <Input placeholder={t('emulation.unit.position')} maxLength={200} />
      </Form.Item>
      <Form.Item name="validFrom" rules={[{ required: true, message: t('emulation.required') }]}>
        <DatePicker format="DD/MM/YYYY" placeholder={t('emulation.unit.from')} data-testid="staff-from" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('emulation.unit.addStaff')}
      </Button>
    </Form>
  );
}
