import { Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import type { DossierDetail } from '../../../../../src/modules/onestop/dossiers/contract';
import { useLocale } from '../../../app/locale';
import { InvestorSelect, ParkSelect } from '../../investment/pickers';

/** The IRC issue procedure: the certificate's contents are decided by the Board and go to the registry. */
const ISSUE = 'BQL-DT-01';

/** The decision: grant or refuse, and for an IRC issue without details the certificate's contents. */
export function DecideFields({ dossier: d }: { dossier: DossierDetail }) {
  const { t } = useLocale();
  const result = Form.useWatch('result', Form.useFormInstance());
  const irc = d.procedureCode.startsWith('BQL-DT-0') && d.procedureCode !== 'BQL-DT-04';
  const needsIssue = d.procedureCode === ISSUE && !d.registry && result !== 'refused';
  return (
    <>
      <Form.Item name="result" label={t('dossier.form.result')} initialValue="granted">
        <Radio.Group
          options={[
            { value: 'granted', label: t('dossier.result.granted') },
            { value: 'refused', label: t('dossier.result.refused') },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={t('dossier.form.note')} rules={[{ required: result === 'refused' }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      {irc && result !== 'refused' && (
        <Form.Item name="certificateNo" label={t('dossier.form.certificateNo')}>
          <Input maxLength={100} data-testid="decide-certificate-no" />
        </Form.Item>
      )}
      {needsIssue && (
        <>
          <Typography.Text strong>{t('dossier.form.irc')}</Typography.Text>
          <Form.Item name="projectCode" label={t('dossier.form.projectCode')} rules={[{ required: true }]}>
            <Input maxLength={50} data-testid="decide-project-code" />
          </Form.Item>
          <Form.Item name="projectName" label={t('dossier.form.projectName')} rules={[{ required: true }]}>
            <Input maxLength={500} data-testid="decide-project-name" />
          </Form.Item>
          <Form.Item name="parkId" label={t('dossier.form.park')} rules={[{ required: true }]}>
            <ParkSelect testId="decide-park" />
          </Form.Item>
          <Form.Item name="investorId" label={t('dossier.form.investor')} rules={[{ required: true }]}>
            <InvestorSelect testId="decide-investor" />
          </Form.Item>
          <Form.Item name="landAreaHa" label={t('dossier.form.landArea')} rules={[{ required: true }]}>
            <InputNumber min={0} decimalSeparator="," style={{ width: 200 }} data-testid="decide-land" />
          </Form.Item>
          <Form.Item label={t('dossier.form.capital')} required>
            <Space.Compact>
              <Form.Item name="capital" noStyle rules={[{ required: true }]}>
                <InputNumber min={0} style={{ width: 220 }} data-testid="decide-capital" />
              </Form.Item>
              <Form.Item name="currency" noStyle initialValue="USD">
                <Select style={{ width: 90 }} options={[{ value: 'USD' }, { value: 'VND' }]} />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
        </>
      )}
    </>
  );
}

/** The decide request: the certificate's contents built from the form when the dossier has none. */
export function decideBody(d: DossierDetail, v: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {
    action: 'decide',
    result: v.result ?? 'granted',
    note: v.note ?? '',
    ...(v.certificateNo ? { certificateNo: v.certificateNo } : {}),
  };
  if (d.procedureCode === ISSUE && !d.registry && v.projectCode) {
    body.registry = {
      kind: 'issue',
      project: {
        projectCode: v.projectCode,
        name: v.projectName,
        enterpriseId: d.applicantEnterpriseId,
        location: { kind: 'park', parkId: v.parkId },
        type: 'production_business',
        landAreaHa: String(v.landAreaHa),
        investors: [{ investorId: v.investorId, share: '100' }],
        certificate: { registeredCapital: { value: String(v.capital), currency: v.currency ?? 'USD' } },
      },
    };
  }
  return body;
}
