import { Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { type DossierDetail, REGISTRY_KIND_OF } from '../../../../../src/modules/onestop/dossiers/contract';
import { useLocale } from '../../../app/locale';
import { EnterpriseSelect, InvestorSelect, ParkSelect } from '../../investment/pickers';
import { ProjectSelect } from './ProjectSelect';

export { decideBody } from './decide-body';

const number = (testId: string, width = 220) => (
  <InputNumber decimalSeparator="," style={{ width }} data-testid={testId} />
);

/**
 * The decision: grant or refuse, and for a grant what the registry records — the new project of
 * an IRC issue, the changes of an adjustment, the certificate re-issued (its reason is the note),
 * or the park / enterprise of an eco certificate. Without details from the applicant the fields
 * the registry needs are required.
 */
export function DecideFields({ dossier: d }: { dossier: DossierDetail }) {
  const { t } = useLocale();
  const result = Form.useWatch('result', Form.useFormInstance());
  const kind = REGISTRY_KIND_OF[d.procedureCode];
  const granted = result !== 'refused';
  const needs = granted && !d.registry;
  const reissue = kind === 'reissue';
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
      <Form.Item
        name="note"
        label={reissue && granted ? t('dossier.form.reissueReason') : t('dossier.form.note')}
        rules={[{ required: !granted || reissue }]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid="decide-note" />
      </Form.Item>
      {kind && granted && (
        <Form.Item
          name="certificateNo"
          label={kind.startsWith('eco_') ? t('dossier.form.ecoCertificateNo') : t('dossier.form.certificateNo')}
        >
          <Input maxLength={100} data-testid="decide-certificate-no" />
        </Form.Item>
      )}
      {kind === 'issue' && needs && <IssueFields />}
      {(kind === 'adjust' || kind === 'reissue') && granted && (
        <>
          <Typography.Text strong>
            {t(kind === 'adjust' ? 'dossier.form.adjust' : 'dossier.form.reissue')}
          </Typography.Text>
          {d.registry && <Typography.Paragraph type="secondary">{t('dossier.form.givenDetails')}</Typography.Paragraph>}
          <Form.Item name="projectId" label={t('dossier.form.project')} rules={[{ required: needs }]}>
            <ProjectSelect enterpriseId={d.applicantEnterpriseId} testId="decide-project" />
          </Form.Item>
          {kind === 'adjust' && <AdjustFields />}
        </>
      )}
      {kind === 'eco_park' && granted && (
        <Form.Item name="parkId" label={t('dossier.form.ecoPark')} rules={[{ required: needs }]}>
          <ParkSelect province={d.provinceCode} testId="decide-eco-park" />
        </Form.Item>
      )}
      {kind === 'eco_enterprise' && granted && (
        <>
          {!d.applicantEnterpriseId && (
            <Form.Item name="enterpriseId" label={t('dossier.form.ecoEnterprise')} rules={[{ required: needs }]}>
              <EnterpriseSelect testId="decide-eco-enterprise" />
            </Form.Item>
          )}
          <Form.Item name="parkId" label={t('dossier.form.park')}>
            <ParkSelect province={d.provinceCode} testId="decide-eco-park" />
          </Form.Item>
        </>
      )}
    </>
  );
}

/** The changes an IRC adjustment records (the investment service's `adjusted` event); empty ones stay as they are. */
function AdjustFields() {
  const { t } = useLocale();
  return (
    <>
      <Form.Item label={t('dossier.form.capitalDelta')}>
        <Space.Compact>
          <Form.Item name="capitalDelta" noStyle>
            {number('decide-capital-delta')}
          </Form.Item>
          <Form.Item name="currency" noStyle initialValue="USD">
            <Select style={{ width: 90 }} options={[{ value: 'USD' }, { value: 'VND' }]} />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item name="charterCapitalDelta" label={t('dossier.form.charterDelta')}>
        {number('decide-charter-delta')}
      </Form.Item>
      <Form.Item name="landAreaDeltaHa" label={t('dossier.form.landDelta')}>
        {number('decide-land-delta', 160)}
      </Form.Item>
      <Form.Item name="schedule" label={t('dossier.form.schedule')}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="decide-schedule" />
      </Form.Item>
      <Form.Item name="objectives" label={t('dossier.form.objectives')}>
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
      <Form.Item name="investorId" label={t('dossier.form.newInvestor')}>
        <InvestorSelect testId="decide-new-investor" />
      </Form.Item>
    </>
  );
}

/** The contents of a new IRC (issue without details from the applicant). */
function IssueFields() {
  const { t } = useLocale();
  return (
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
  );
}
