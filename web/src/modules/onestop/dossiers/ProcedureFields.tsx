import { Form, Input, Select } from 'antd';
import { searchKey } from '../../../app/format';
import { useLocale } from '../../../app/locale';
import { inLang } from '../format';
import { useProcedure, useProcedures } from '../queries';

/** The procedure (from the public catalogue) and its case, then what is asked and who asks. */
export function ProcedureFields({ onlineOnly }: { onlineOnly: boolean }) {
  const { t, lang } = useLocale();
  const form = Form.useFormInstance();
  const code = Form.useWatch('procedureCode', form) as string | undefined;
  const catalogue = useProcedures('', undefined);
  const procedure = useProcedure(code ?? '');
  const options = (catalogue.data?.items ?? [])
    .filter((p) => !onlineOnly || p.channels.some((c) => c.startsWith('online')))
    .map((p) => ({ value: p.code, label: `${p.code} · ${inLang(lang, p.nameVi, p.nameEn)}` }));
  const cases = code && procedure.data ? procedure.data.cases : [];
  return (
    <>
      <Form.Item name="procedureCode" label={t('dossier.field.procedure')} rules={[{ required: true }]}>
        <Select
          showSearch={{ filterOption: (input, o) => searchKey(String(o?.label ?? '')).includes(searchKey(input)) }}
          options={options}
          loading={catalogue.isLoading}
          onChange={() => form.setFieldValue('caseKey', undefined)}
          data-testid="dossier-procedure"
        />
      </Form.Item>
      <Form.Item name="caseKey" label={t('dossier.field.case')} rules={[{ required: true }]}>
        <Select
          options={cases.map((c) => ({ value: c.key, label: inLang(lang, c.nameVi, c.nameEn) }))}
          loading={procedure.isFetching}
          data-testid="dossier-case"
        />
      </Form.Item>
      <Form.Item name="subject" label={t('dossier.field.subject')} rules={[{ required: true }]}>
        <Input.TextArea rows={2} maxLength={500} data-testid="dossier-subject" />
      </Form.Item>
      <Form.Item name={['applicant', 'name']} label={t('dossier.field.applicantName')} rules={[{ required: true }]}>
        <Input maxLength={300} data-testid="dossier-applicant" />
      </Form.Item>
      <Form.Item name={['applicant', 'idNumber']} label={t('dossier.field.idNumber')}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name={['applicant', 'phone']} label={t('dossier.field.phone')}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name={['applicant', 'email']} label={t('dossier.field.email')}>
        <Input maxLength={200} />
      </Form.Item>
    </>
  );
}
