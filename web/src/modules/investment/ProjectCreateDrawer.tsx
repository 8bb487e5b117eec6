import { Alert, App, Button, Col, DatePicker, Divider, Drawer, Flex, Form, Input, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { PROJECT_TYPE_LABELS, ProjectType } from '../../../../src/modules/investment/contract';
import { useLocale } from '../../app/locale';
import { parseAmountInput } from './amounts';
import { InvestorSharesField, OriginPreviewBox, type ShareValue } from './InvestorShares';
import { EnterpriseSelect, ParkSelect, ZoneSelect } from './pickers';
import { useRegistryMutations } from './queries';
import { showServerErrors } from './serverErrors';

type Values = {
  projectCode: string;
  name: string;
  type: 'infrastructure' | 'production_business';
  location: { kind: 'park' | 'zone' | 'special_zone'; parkId?: string; zoneId?: string };
  enterpriseId?: string;
  sectors?: string[];
  landAreaHa: string;
  investors: ShareValue[];
  certificate: {
    date?: Dayjs;
    certificateNo?: string;
    documentNo?: string;
    registeredCapital: { value: string; currency?: 'USD' | 'VND' };
    charterCapital?: { value?: string };
    objectives?: string;
    schedule?: string;
  };
};
const FIELDS = [
  'projectCode',
  'name',
  'type',
  'location',
  'enterpriseId',
  'sectors',
  'landAreaHa',
  'investors',
  'certificate',
];

export const linesOf = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * Registers a project together with its certificate's issue. The FDI/DDI the investors imply is
 * shown (and its currency chosen) before saving; the server's field errors land on the fields.
 */
export function ProjectCreateDrawer({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const { createProject } = useRegistryMutations();
  const kind = Form.useWatch(['location', 'kind'], form);
  const investors = Form.useWatch('investors', form);
  const date = Form.useWatch(['certificate', 'date'], form) as Dayjs | undefined;
  const onCurrency = useCallback(
    (currency: 'USD' | 'VND' | undefined) => {
      if (currency) form.setFieldValue(['certificate', 'registeredCapital', 'currency'], currency);
    },
    [form],
  );

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
  }, [open, form]);

  const submit = async (v: Values) => {
    setError(null);
    const c = v.certificate;
    try {
      const created = await createProject.mutateAsync({
        projectCode: v.projectCode.trim(),
        name: v.name.trim(),
        type: v.type,
        location:
          v.location.kind === 'park'
            ? { kind: 'park', parkId: v.location.parkId ?? '' }
            : { kind: v.location.kind, zoneId: v.location.zoneId ?? '' },
        enterpriseId: v.enterpriseId ?? null,
        sectors: v.sectors ?? [],
        landAreaHa: parseAmountInput(v.landAreaHa ?? ''),
        investors: (v.investors ?? []).map((s) => ({
          investorId: s.investorId ?? '',
          share: (s.share ?? '').trim().replace(',', '.'),
        })),
        certificate: {
          date: c.date?.format('YYYY-MM-DD') ?? '',
          certificateNo: c.certificateNo?.trim() || null,
          documentNo: c.documentNo?.trim() || null,
          registeredCapital: {
            value: parseAmountInput(c.registeredCapital.value ?? ''),
            currency: c.registeredCapital.currency ?? 'VND',
          },
          charterCapital: c.charterCapital?.value?.trim()
            ? { value: parseAmountInput(c.charterCapital.value), currency: c.registeredCapital.currency ?? 'VND' }
            : null,
          objectives: linesOf(c.objectives),
          schedule: c.schedule?.trim() || null,
        },
      });
      message.success(t('inv.project.created', { code: created.projectCode }));
      onCreated(created.id);
    } catch (e) {
      setError(
        showServerErrors(form, FIELDS, e, lang, {
          'certificate.charterCapital': ['certificate', 'charterCapital', 'value'],
          'certificate.charterCapital.currency': ['certificate', 'charterCapital', 'value'],
        }),
      );
    }
  };

  return (
    <Drawer
      open={open}
      title={t('inv.projects.add')}
      size={760}
      onClose={onClose}
      forceRender
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('inv.cancel')}</Button>
          <Button
            type="primary"
            loading={createProject.isPending}
            onClick={() => form.submit()}
            data-testid="project-submit"
          >
            {t('inv.project.register')}
          </Button>
        </Flex>
      }
      data-testid="project-drawer"
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark="optional"
        initialValues={{ type: 'production_business', location: { kind: 'park' }, investors: [{ share: '100' }] }}
      >
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="projectCode"
              label={t('inv.project.code')}
              rules={[{ required: true, message: t('inv.required') }]}
            >
              <Input data-testid="project-code" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              name="name"
              label={t('inv.project.name')}
              rules={[{ required: true, message: t('inv.required') }]}
            >
              <Input data-testid="project-name" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="type" label={t('inv.project.type')}>
          <Select options={ProjectType.options.map((v) => ({ value: v, label: PROJECT_TYPE_LABELS[v][lang] }))} />
        </Form.Item>
        <Form.Item name={['location', 'kind']} label={t('inv.project.place')}>
          <Radio.Group
            options={[
              { value: 'park', label: t('inv.place.park') },
              { value: 'zone', label: t('inv.place.zone') },
              { value: 'special_zone', label: t('inv.place.specialZone') },
            ]}
          />
        </Form.Item>
        {kind === 'park' ? (
          <Form.Item name={['location', 'parkId']} rules={[{ required: true, message: t('inv.place.choosePark') }]}>
            <ParkSelect placeholder={t('inv.place.choosePark')} testId="project-park" />
          </Form.Item>
        ) : (
          <Form.Item name={['location', 'zoneId']} rules={[{ required: true, message: t('inv.place.chooseZone') }]}>
            <ZoneSelect placeholder={t('inv.place.chooseZone')} testId="project-zone" />
          </Form.Item>
        )}
        <Form.Item name="enterpriseId" label={t('inv.project.enterprise')} extra={t('inv.project.enterpriseHelp')}>
          <EnterpriseSelect placeholder={t('inv.filter.enterprise')} testId="project-enterprise" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item name="sectors" label={t('inv.project.sectors')}>
              <Select mode="tags" tokenSeparators={[',', ' ']} placeholder="2610, 2640" data-testid="project-sectors" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="landAreaHa"
              label={t('inv.project.land')}
              rules={[{ required: true, message: t('inv.required') }]}
            >
              <Input suffix="ha" data-testid="project-land" />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('inv.project.investors')}</Divider>
        <InvestorSharesField name="investors" form={form} />
        <Divider titlePlacement="start">{t('inv.certificate.issue')}</Divider>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name={['certificate', 'date']}
              label={t('inv.certificate.date')}
              rules={[{ required: true, message: t('inv.required') }]}
            >
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid="certificate-date" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name={['certificate', 'certificateNo']} label={t('inv.certificate.no')}>
              <Input data-testid="certificate-no" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name={['certificate', 'documentNo']} label={t('inv.certificate.documentNo')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('inv.origin.title')}>
          <OriginPreviewBox investors={investors} date={date?.format('YYYY-MM-DD')} onCurrency={onCurrency} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item
              name={['certificate', 'registeredCapital', 'value']}
              label={t('inv.certificate.capital')}
              rules={[{ required: true, message: t('inv.required') }]}
            >
              <Input data-testid="certificate-capital" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name={['certificate', 'registeredCapital', 'currency']}
              label={t('inv.currency')}
              rules={[{ required: true, message: t('inv.currency.choose') }]}
            >
              <Select options={[{ value: 'USD' }, { value: 'VND' }]} data-testid="certificate-currency" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name={['certificate', 'charterCapital', 'value']}
          label={t('inv.certificate.charter')}
          extra={t('inv.certificate.charterHelp')}
        >
          <Input data-testid="certificate-charter" />
        </Form.Item>
        <Form.Item
          name={['certificate', 'objectives']}
          label={t('inv.certificate.objectives')}
          extra={t('inv.onePerLine')}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name={['certificate', 'schedule']} label={t('inv.certificate.schedule')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
