import { App, Button, Form, Select } from 'antd';
import { useState } from 'react';
import type { UnitRef } from '../../../../src/modules/emulation/contract';
import { INDIVIDUAL_TITLES, type RegistrationBody, TitleCode } from '../../../../src/modules/emulation/contract-cycle';
import { errorText } from '../../app/api';
import type { MessageKey } from '../../app/i18n';
import { useLocale } from '../../app/locale';
import { useEmulationWrite, useUnit } from './queries';

type Values = { subjectKind: 'individual' | 'collective'; personId?: string; title: RegistrationBody['title'] };

/** A member registers one of its staff (or itself as a collective) for a title in the pact year. */
export function RegistrationForm({ blockId, year, unit }: { blockId: string; year: number; unit: UnitRef }) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [kind, setKind] = useState<Values['subjectKind']>('individual');
  const staff = useUnit(unit.id);
  const save = useEmulationWrite<RegistrationBody>(
    'post',
    () => `/api/emulation/blocks/${blockId}/years/${year}/pact/registrations`,
  );
  const titles = TitleCode.options.filter((c) => (kind === 'individual') === INDIVIDUAL_TITLES.includes(c));
  return (
    <Form<Values>
      form={form}
      layout="inline"
      initialValues={{ subjectKind: 'individual' }}
      data-testid="registration-form"
      onValuesChange={(changed) => {
        if (changed.subjectKind) {
          setKind(changed.subjectKind);
          form.setFieldsValue({ title: undefined, personId: undefined });
        }
      }}
      onFinish={async (v) => {
        try {
          await save.mutateAsync({
            unitId: unit.id,
            subjectKind: v.subjectKind,
            personId: v.subjectKind === 'individual' ? (v.personId ?? null) : null,
            collectiveUnitId: v.subjectKind === 'collective' ? unit.id : null,
            title: v.title,
          });
          message.success(t('emulation.saved'));
          form.resetFields(['personId', 'title']);
        } catch (e) {
          message.error(errorText(e, lang));
        }
      }}
    >
      <Form.Item name="subjectKind">
        <Select
          style={{ width: 130 }}
          options={[
            { value: 'individual', label: t('emulation.registration.individual') },
            { value: 'collective', label: t('emulation.registration.collective') },
          ]}
        />
      </Form.Item>
      {kind === 'individual' && (
        <Form.Item name="personId" rules={[{ required: true, message: t('emulation.required') }]}>
          <Select
            style={{ width: 220 }}
            placeholder={t('emulation.unit.person')}
            loading={staff.isLoading}
            options={(staff.data?.staff ?? [])
              .filter((s) => s.validTo === null || s.validTo >= `${year}-01-01`)
              .map((s) => ({ value: s.personId, label: `${s.fullName} (${s.title})` }))}
          />
        </Form.Item>
      )}
      <Form.Item name="title" rules={[{ required: true, message: t('emulation.required') }]}>
        <Select
          style={{ width: 240 }}
          placeholder={t('emulation.pact.title')}
          options={titles.map((c) => ({ value: c, label: t(`emulation.title.${c}` as MessageKey) }))}
        />
      </Form.Item>
      <Button htmlType="submit" loading={save.isPending}>
        {t('emulation.registration.add', { unit: unit.shortName })}
      </Button>
    </Form>
  );
}
