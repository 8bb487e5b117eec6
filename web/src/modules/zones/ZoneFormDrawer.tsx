import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, DatePicker, Drawer, Flex, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { KKT_TYPE_LABELS, type KktType, type ZoneDetail } from '../../../../src/modules/zones/contract';
import { ApiError } from '../../app/api';
import { useLocale } from '../../app/locale';
import { useMe } from '../../app/session';
import { CoordinateFields } from './CoordinateFields';
import { placeServerErrors } from './formErrors';
import { DATE_FORMAT, decimalInput, fromDay, optionsOf, toDay } from './labels';
import { useRegistryWrite, ZONES } from './queries';
import { UnitSelect } from './UnitSelect';

interface Values {
  code: string;
  name: string;
  type?: KktType;
  adminUnitId?: string;
  commune?: string;
  decisionNo?: string;
  decisionDate?: Dayjs;
  decisionAuthority?: string;
  generalPlanDecisionNo?: string;
  generalPlanDecisionDate?: Dayjs;
  establishedLandHa?: string;
  establishedWaterHa?: string;
  lon?: number | null;
  lat?: number | null;
}
const FIELDS = [
  'code',
  'name',
  'type',
  'adminUnitId',
  'commune',
  'decisionNo',
  'decisionDate',
  'decisionAuthority',
  'generalPlanDecisionNo',
  'generalPlanDecisionDate',
  'establishedLandHa',
  'establishedWaterHa',
  'lon',
  'lat',
];

const toValues = (z: ZoneDetail | null, provinceCode: string | null | undefined): Partial<Values> =>
  z
    ? {
        code: z.code,
        name: z.name,
        type: z.type,
        adminUnitId: z.adminUnitId,
        commune: z.commune ?? undefined,
        decisionNo: z.decisionNo ?? undefined,
        decisionDate: fromDay(z.decisionDate),
        decisionAuthority: z.decisionAuthority ?? undefined,
        generalPlanDecisionNo: z.generalPlanDecisionNo ?? undefined,
        generalPlanDecisionDate: fromDay(z.generalPlanDecisionDate),
        establishedLandHa: z.establishedLandHa ?? undefined,
        establishedWaterHa: z.establishedWaterHa ?? undefined,
        lon: z.lon,
        lat: z.lat,
      }
    : provinceCode
      ? { adminUnitId: `34:${provinceCode}` }
      : {};

const orNull = (s?: string) => s?.trim() || null;

/** "Thêm KKT" / "Sửa KKT": type, province, decisions, established land and water, map point. */
export function ZoneFormDrawer({
  open,
  zone,
  onClose,
  onSaved,
}: {
  open: boolean;
  zone: ZoneDetail | null;
  onClose: () => void;
  onSaved?: (z: ZoneDetail) => void;
}) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const client = useQueryClient();
  const create = useRegistryWrite<object, ZoneDetail>('post', () => '/api/zones');
  const update = useRegistryWrite<object, ZoneDetail>('patch', () => `/api/zones/${zone?.id}`);

  // The error stays while the form reloads the record someone else saved (409), and goes on reopening.
  useEffect(() => {
    if (open) setError(null);
  }, [open]);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(toValues(zone, me?.scope.provinceCode));
  }, [open, zone, form, me?.scope.provinceCode]);

  const submit = async (v: Values) => {
    setError(null);
    const body = {
      code: v.code.trim(),
      name: v.name.trim(),
      type: v.type,
      adminUnitId: v.adminUnitId,
      commune: orNull(v.commune),
      decisionNo: orNull(v.decisionNo),
      decisionDate: toDay(v.decisionDate) ?? null,
      decisionAuthority: orNull(v.decisionAuthority),
      generalPlanDecisionNo: orNull(v.generalPlanDecisionNo),
      generalPlanDecisionDate: toDay(v.generalPlanDecisionDate) ?? null,
      establishedLandHa: decimalInput(v.establishedLandHa) ?? null,
      establishedWaterHa: decimalInput(v.establishedWaterHa) ?? null,
      lon: v.lon ?? null,
      lat: v.lat ?? null,
    };
    try {
      const saved = zone
        ? await update.mutateAsync({ updatedAt: zone.updatedAt, ...body })
        : await create.mutateAsync(body);
      message.success(t(zone ? 'parks.saved' : 'parks.created', { name: saved.name }));
      onClose();
      onSaved?.(saved);
    } catch (e) {
      if (zone && e instanceof ApiError && e.code === 'CONFLICT' && !e.fields['body.code']) {
        setError(`${e.text(lang)} ${t('parks.reloadHint')}`);
        await client.invalidateQueries({ queryKey: ZONES });
        return;
      }
      setError(
        placeServerErrors(
          form,
          FIELDS.map((f) => [f]),
          e,
          lang,
        ),
      );
    }
  };

  const date = <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />;
  return (
    <Drawer
      open={open}
      title={zone ? `${t('zones.edit')}: ${zone.name}` : t('zones.add')}
      size={620}
      onClose={onClose}
      forceRender
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('zones.cancel')}</Button>
          <Button
            type="primary"
            loading={create.isPending || update.isPending}
            onClick={() => form.submit()}
            data-testid="zone-submit"
          >
            {zone ? t('zones.save') : t('zones.create')}
          </Button>
        </Flex>
      }
      data-testid="zone-drawer"
    >
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="zone-form-error" />
      )}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Row gutter={12}>
          <Col span={9}>
            <Form.Item
              name="code"
              label={t('parks.code')}
              rules={[{ required: true, whitespace: true, message: t('parks.codeRequired') }]}
            >
              <Input maxLength={50} data-testid="zone-code" />
            </Form.Item>
          </Col>
          <Col span={15}>
            <Form.Item
              name="name"
              label={t('zones.name')}
              rules={[{ required: true, whitespace: true, message: t('parks.nameRequired') }]}
            >
              <Input maxLength={300} data-testid="zone-name" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="type"
              label={t('zones.type')}
              rules={[{ required: true, message: t('zones.typeRequired') }]}
            >
              <Select options={optionsOf(KKT_TYPE_LABELS, lang)} data-testid="zone-type" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="adminUnitId"
              label={t('parks.unit')}
              rules={[{ required: true, message: t('parks.unitRequired') }]}
            >
              <UnitSelect testId="zone-unit" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="commune" label={t('parks.commune')}>
          <Input maxLength={300} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="decisionNo" label={t('zones.decisionNo')}>
              <Input maxLength={100} data-testid="zone-decision-no" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="decisionDate" label={t('parkEvent.decisionDate')}>
              {date}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="decisionAuthority" label={t('parkEvent.issuer')}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="generalPlanDecisionNo" label={t('zones.planDecisionNo')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="generalPlanDecisionDate" label={t('parkEvent.decisionDate')}>
              {date}
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="establishedLandHa" label={t('zones.landHa')}>
              <Input suffix="ha" inputMode="decimal" placeholder="1.250,5" data-testid="zone-land" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="establishedWaterHa" label={t('zones.waterHa')}>
              <Input suffix="ha" inputMode="decimal" placeholder="1.250,5" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <CoordinateFields span={12} testId="zone" />
        </Row>
      </Form>
    </Drawer>
  );
}
