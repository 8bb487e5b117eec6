import { Alert, Button, Checkbox, DatePicker, Drawer, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { CONFIDENTIALITY, FREQUENCIES, LISTING_UNITS, RESOURCES } from '../../../../src/modules/eco/contract';
import { useLocale } from '../../app/locale';
import { useMe } from '../../app/session';
import { applyServerErrors } from '../../ui/formErrors';
import { EnterpriseSelect } from '../investment/pickers';
import { PartnerSelect } from './PartnerSelect';
import { useEnterpriseParks, useSaveListing, useWasteCodes } from './queries';

type Values = {
  enterpriseId?: string;
  parkId?: string;
  resource: (typeof RESOURCES)[number];
  title: string;
  ewcCode?: string;
  nationalCode?: string;
  description?: string;
  hazardous?: boolean;
  acceptsHazardous?: boolean;
  quantity: number;
  unit: (typeof LISTING_UNITS)[number];
  frequency: (typeof FREQUENCIES)[number];
  qualityNotes?: string;
  availableFrom: Dayjs;
  availableTo?: Dayjs | null;
  confidentiality: (typeof CONFIDENTIALITY)[number];
  partnerEnterpriseIds?: string[];
};
const FIELDS = [
  'enterpriseId',
  'parkId',
  'resource',
  'title',
  'ewcCode',
  'nationalCode',
  'description',
  'quantity',
  'unit',
  'frequency',
  'qualityNotes',
  'availableFrom',
  'availableTo',
  'confidentiality',
  'partnerEnterpriseIds',
];

/** Waste codes searched on the server by code or description. */
function WasteCodeSelect(props: { value?: string; onChange?: (v?: string) => void }) {
  const { t } = useLocale();
  const [q, setQ] = useState('');
  const found = useWasteCodes(q);
  const options = (found.data?.items ?? [])
    .slice(0, 50)
    .map((c) => ({ value: c.code, label: `${c.displayCode} · ${c.description}` }));
  if (props.value && !options.some((o) => o.value === props.value))
    options.unshift({ value: props.value, label: props.value });
  return (
    <Select
      {...props}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      options={options}
      loading={found.isFetching}
      placeholder={t('eco.form.ewcSearch')}
      notFoundContent={null}
      data-testid="ewc-select"
    />
  );
}

/** The drawer where an enterprise (or the Board for it) lists an offer or a need. */
export function ListingForm({ side, open, onClose }: { side: 'offer' | 'need'; open: boolean; onClose: () => void }) {
  const { t, lang } = useLocale();
  const { data: me } = useMe();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const save = useSaveListing();
  const own = me?.role === 'enterprise' || me?.role === 'developer' ? (me.scope.enterpriseId ?? undefined) : undefined;
  const chosen = Form.useWatch('enterpriseId', form) ?? own;
  const confidentiality = Form.useWatch('confidentiality', form);
  const parkId = Form.useWatch('parkId', form) as string | undefined;
  const parks = useEnterpriseParks(chosen);

  const submit = async (v: Values) => {
    setError(null);
    try {
      await save.mutateAsync({
        ...v,
        side,
        enterpriseId: own ?? v.enterpriseId,
        quantity: String(v.quantity),
        ewcCode: v.ewcCode ?? null,
        nationalCode: v.nationalCode || null,
        availableFrom: v.availableFrom.format('YYYY-MM-DD'),
        availableTo: v.availableTo ? v.availableTo.format('YYYY-MM-DD') : null,
        partnerEnterpriseIds: v.confidentiality === 'partners' ? (v.partnerEnterpriseIds ?? []) : [],
      });
      form.resetFields();
      onClose();
    } catch (e) {
      setError(applyServerErrors(form, FIELDS, e, lang));
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={560}
      title={side === 'offer' ? t('eco.new.offer') : t('eco.new.need')}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          resource: 'material',
          unit: 't',
          frequency: 'month',
          confidentiality: 'public',
          availableFrom: dayjs(),
        }}
        data-testid="listing-form"
      >
        {!own && (
          <Form.Item name="enterpriseId" label={t('eco.form.enterprise')} rules={[{ required: true }]}>
            <EnterpriseSelect testId="listing-enterprise" />
          </Form.Item>
        )}
        <Form.Item name="parkId" label={t('eco.form.park')} rules={[{ required: true }]}>
          <Select
            options={(parks.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            loading={parks.isFetching}
            data-testid="listing-park"
          />
        </Form.Item>
        <Form.Item name="resource" label={t('eco.form.resource')}>
          <Radio.Group options={RESOURCES.map((r) => ({ value: r, label: t(`eco.resource.${r}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('eco.form.title')} rules={[{ required: true }]}>
          <Input data-testid="listing-title" />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="ewcCode" label={t('eco.form.ewc')} style={{ flex: 2 }}>
            <WasteCodeSelect />
          </Form.Item>
          <Form.Item name="nationalCode" label={t('eco.form.national')} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="description" label={t('eco.form.description')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name={side === 'offer' ? 'hazardous' : 'acceptsHazardous'} valuePropName="checked">
          <Checkbox>{side === 'offer' ? t('eco.form.hazardous') : t('eco.acceptsHazardous')}</Checkbox>
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="quantity" label={t('eco.form.quantity')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <InputNumber min={0} style={{ width: '100%' }} decimalSeparator="," data-testid="listing-quantity" />
          </Form.Item>
          <Form.Item name="unit" label={t('eco.form.unit')} style={{ width: 100 }}>
            <Select options={LISTING_UNITS.map((u) => ({ value: u, label: u === 'm3' ? 'm³' : u }))} />
          </Form.Item>
          <Form.Item name="frequency" label={t('eco.form.frequency')} style={{ width: 130 }}>
            <Select options={FREQUENCIES.map((f) => ({ value: f, label: t(`eco.freq.${f}`) }))} />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="qualityNotes" label={t('eco.form.quality')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Space>
          <Form.Item name="availableFrom" label={t('eco.form.from')} rules={[{ required: true }]}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="availableTo" label={t('eco.form.to')}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        </Space>
        <Form.Item name="confidentiality" label={t('eco.form.confidentiality')}>
          <Radio.Group
            options={CONFIDENTIALITY.map((c) => ({ value: c, label: t(`eco.conf.${c}`) }))}
            data-testid="listing-confidentiality"
          />
        </Form.Item>
        {confidentiality === 'partners' && (
          <Form.Item name="partnerEnterpriseIds" label={t('eco.form.partners')} rules={[{ required: true }]}>
            <PartnerSelect parkId={parkId} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="listing-save">
          {t('eco.form.save')}
        </Button>
      </Form>
    </Drawer>
  );
}
