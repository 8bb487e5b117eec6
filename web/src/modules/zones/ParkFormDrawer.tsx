import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, Divider, Drawer, Flex, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import {
  type CreateParkBody,
  PARK_KIND_LABELS,
  type ParkDetail,
  type UpdateParkBody,
} from '../../../../src/modules/zones/contract';
import { ApiError } from '../../app/api';
import { searchKey } from '../../app/format';
import { useLocale } from '../../app/locale';
import { useMe } from '../../app/session';
import { CoordinateFields } from './CoordinateFields';
import { EnterpriseSelect } from './EnterpriseSelect';
import { EventFields, type EventValues, eventBody, eventFieldPaths } from './EventFields';
import { placeServerErrors } from './formErrors';
import { optionsOf } from './labels';
import { PARKS, useRegistryWrite, useZones } from './queries';
import { UnitSelect } from './UnitSelect';

interface Values {
  code: string;
  name: string;
  kinds: string[];
  specialisedSector?: string;
  parentZoneId?: string | null;
  adminUnitId?: string;
  commune?: string;
  developerEnterpriseId?: string | null;
  landLeaseTermYears?: number | null;
  lon?: number | null;
  lat?: number | null;
  first: 'none' | 'planned' | 'established';
  firstEvent?: EventValues;
}

const FIELDS = [
  'code',
  'name',
  'kinds',
  'specialisedSector',
  'parentZoneId',
  'adminUnitId',
  'commune',
  'developerEnterpriseId',
  'landLeaseTermYears',
  'lon',
  'lat',
].map((f) => [f]);

const toValues = (p: ParkDetail | null, provinceCode: string | null | undefined): Values =>
  p
    ? {
        code: p.code,
        name: p.name,
        kinds: p.kinds,
        specialisedSector: p.specialisedSector ?? undefined,
        parentZoneId: p.parentZoneId,
        adminUnitId: p.adminUnitId,
        commune: p.commune ?? undefined,
        developerEnterpriseId: p.developerEnterpriseId,
        landLeaseTermYears: p.landLeaseTermYears,
        lon: p.lon,
        lat: p.lat,
        first: 'none',
      }
    : { code: '', name: '', kinds: [], first: 'none', ...(provinceCode ? { adminUnitId: `34:${provinceCode}` } : {}) };

const orNull = (s: string | undefined | null) => s?.trim() || null;

interface Props {
  open: boolean;
  /** The park to edit, or null to add one. */
  park: ParkDetail | null;
  onClose: () => void;
  onSaved?: (park: ParkDetail) => void;
}

/** "Thêm KCN" / "Sửa KCN": identity, place, developer, lease term, point; a new park may come with its first event. */
export function ParkFormDrawer({ open, park, onClose, onSaved }: Props) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const client = useQueryClient();
  const zones = useZones();
  const create = useRegistryWrite<z.input<typeof CreateParkBody>, ParkDetail>('post', () => '/api/parks');
  const update = useRegistryWrite<z.input<typeof UpdateParkBody>, ParkDetail>('patch', () => `/api/parks/${park?.id}`);
  const kinds = Form.useWatch('kinds', form) ?? [];
  const first = Form.useWatch('first', form) ?? 'none';

  // The error stays while the form reloads the record someone else saved (409), and goes on reopening.
  useEffect(() => {
    if (open) setError(null);
  }, [open]);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(toValues(park, me?.scope.provinceCode));
  }, [open, park, form, me?.scope.provinceCode]);

  const submit = async (v: Values) => {
    setError(null);
    const fields = {
      name: v.name.trim(),
      kinds: v.kinds as CreateParkBody['kinds'],
      specialisedSector: v.kinds.includes('specialised') ? orNull(v.specialisedSector) : null,
      parentZoneId: v.parentZoneId ?? null,
      adminUnitId: v.adminUnitId ?? '',
      commune: orNull(v.commune),
      developerEnterpriseId: v.developerEnterpriseId ?? null,
      landLeaseTermYears: v.landLeaseTermYears ?? null,
      lon: v.lon ?? null,
      lat: v.lat ?? null,
    };
    try {
      const saved = park
        ? await update.mutateAsync({ updatedAt: park.updatedAt, code: v.code.trim(), ...fields })
        : await create.mutateAsync({
            code: v.code.trim(),
            ...fields,
            ...(v.first !== 'none' ? { firstEvent: eventBody(v.first, v.firstEvent ?? {}) } : {}),
          });
      message.success(t(park ? 'parks.saved' : 'parks.created', { name: saved.name }));
      onClose();
      onSaved?.(saved);
    } catch (e) {
      if (park && e instanceof ApiError && e.code === 'CONFLICT' && !e.fields['body.code']) {
        setError(`${e.text(lang)} ${t('parks.reloadHint')}`);
        await client.invalidateQueries({ queryKey: PARKS });
        return;
      }
      setError(placeServerErrors(form, [...FIELDS, ...eventFieldPaths(['firstEvent'])], e, lang));
    }
  };

  return (
    <Drawer
      open={open}
      title={park ? `${t('parks.edit')}: ${park.name}` : t('parks.add')}
      size={640}
      onClose={onClose}
      forceRender
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('zones.cancel')}</Button>
          <Button
            type="primary"
            loading={create.isPending || update.isPending}
            onClick={() => form.submit()}
            data-testid="park-submit"
          >
            {park ? t('zones.save') : t('parks.create')}
          </Button>
        </Flex>
      }
      data-testid="park-drawer"
    >
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="park-form-error" />
      )}
      <Form form={form} layout="vertical" onFinish={submit} data-testid="park-form">
        <Row gutter={12}>
          <Col span={9}>
            <Form.Item
              name="code"
              label={t('parks.code')}
              rules={[{ required: true, whitespace: true, message: t('parks.codeRequired') }]}
            >
              <Input maxLength={50} data-testid="park-code" />
            </Form.Item>
          </Col>
          <Col span={15}>
            <Form.Item
              name="name"
              label={t('parks.name')}
              rules={[{ required: true, whitespace: true, message: t('parks.nameRequired') }]}
            >
              <Input maxLength={300} data-testid="park-name" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="kinds" label={t('parks.kinds')} extra={t('parks.kindsHint')}>
          <Select mode="multiple" options={optionsOf(PARK_KIND_LABELS, lang)} data-testid="park-kinds" />
        </Form.Item>
        {kinds.includes('specialised') && (
          <Form.Item
            name="specialisedSector"
            label={t('parks.sector')}
            rules={[{ required: true, whitespace: true, message: t('parks.sectorRequired') }]}
          >
            <Input maxLength={300} />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="adminUnitId"
              label={t('parks.unit')}
              extra={t('parks.unitHint')}
              rules={[{ required: true, message: t('parks.unitRequired') }]}
            >
              <UnitSelect testId="park-unit" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="commune" label={t('parks.commune')}>
              <Input maxLength={300} data-testid="park-commune" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="parentZoneId" label={t('parks.parentZone')} extra={t('parks.parentZoneHint')}>
          <Select<string>
            allowClear
            showSearch={{ filterOption: (i, o) => searchKey(String(o?.label ?? '')).includes(searchKey(i)) }}
            options={(zones.data?.items ?? []).map((z) => ({ value: z.id, label: z.name }))}
            data-testid="park-zone"
          />
        </Form.Item>
        <Form.Item name="developerEnterpriseId" label={t('parks.developer')}>
          <EnterpriseSelect testId="park-developer" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="landLeaseTermYears" label={t('parks.leaseTerm')}>
              <InputNumber
                min={1}
                max={99}
                suffix={t('parks.years')}
                style={{ width: '100%' }}
                data-testid="park-lease"
              />
            </Form.Item>
          </Col>
          <CoordinateFields span={8} testId="park" />
        </Row>
        {!park && (
          <>
            <Divider titlePlacement="start">{t('parks.firstEvent')}</Divider>
            <Form.Item name="first">
              <Radio.Group
                options={[
                  { value: 'none', label: t('parks.firstNone') },
                  { value: 'planned', label: t('parks.firstPlanned') },
                  { value: 'established', label: t('parks.firstEstablished') },
                ]}
                data-testid="park-first"
              />
            </Form.Item>
            {first !== 'none' && <EventFields kind={first} prefix={['firstEvent']} />}
          </>
        )}
      </Form>
    </Drawer>
  );
}
