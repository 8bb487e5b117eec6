import { Alert, App, type ButtonProps, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import {
  type ParkDetail,
  PLANT_STATUS_LABELS,
  type PlantOut,
  type PlantStatusValue,
} from '../../../../src/modules/zones/contract';
import { todayInVietnam } from '../../app/format';
import { useLocale } from '../../app/locale';
import { placeServerErrors } from './formErrors';
import { DATE_FORMAT, decimalInput, optionsOf, toDay } from './labels';
import { useRegistryWrite } from './queries';

export type PlantAction = { mode: 'create' } | { mode: 'record' | 'edit'; plant: PlantOut };

interface Values {
  name?: string;
  investment?: { value?: string; currency?: 'VND' | 'USD' };
  record?: {
    date?: Dayjs;
    status?: PlantStatusValue;
    designCapacity?: string;
    operatingCapacity?: string;
    source?: string;
  };
}

const RECORD_FIELDS = ['date', 'status', 'designCapacity', 'operatingCapacity', 'source'];

/** Adds a wastewater plant, records its status and capacities from a day, or edits its name and investment. */
export function PlantModal({
  park,
  action,
  onClose,
}: {
  park: ParkDetail;
  action: PlantAction | null;
  onClose: () => void;
}) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const base = `/api/parks/${park.id}/wastewater-plants`;
  const plantId = action && action.mode !== 'create' ? action.plant.id : '';
  const create = useRegistryWrite<object, ParkDetail>('post', () => base);
  const record = useRegistryWrite<object, ParkDetail>('post', () => `${base}/${plantId}/records`);
  const edit = useRegistryWrite<object, ParkDetail>('patch', () => `${base}/${plantId}`);
  const status = Form.useWatch(['record', 'status'], form);

  useEffect(() => {
    if (!action) return;
    setError(null);
    form.resetFields();
    const plant = action.mode === 'create' ? null : action.plant;
    form.setFieldsValue({
      name: plant?.name ?? undefined,
      investment: plant?.investment ?? { currency: 'VND' },
      record: {
        date: dayjs(todayInVietnam()),
        status: plant?.asOf?.status ?? 'not_built',
        designCapacity: plant?.asOf?.designCapacity ?? undefined,
      },
    });
  }, [action, form]);

  const recordBody = (r: NonNullable<Values['record']>) => ({
    date: toDay(r.date) ?? '',
    status: r.status,
    designCapacity: decimalInput(r.designCapacity) ?? null,
    operatingCapacity: r.status === 'operating' ? (decimalInput(r.operatingCapacity) ?? null) : null,
    source: r.source?.trim() ?? '',
  });
  const investmentBody = (i: Values['investment']) =>
    decimalInput(i?.value) ? { value: decimalInput(i?.value), currency: i?.currency ?? 'VND' } : null;

  const submit = async (v: Values) => {
    if (!action) return;
    setError(null);
    try {
      if (action.mode === 'create') {
        await create.mutateAsync({
          name: v.name?.trim() || null,
          investment: investmentBody(v.investment),
          record: recordBody(v.record ?? {}),
        });
      } else if (action.mode === 'record') {
        await record.mutateAsync(recordBody(v.record ?? {}));
      } else {
        await edit.mutateAsync({
          updatedAt: action.plant.updatedAt,
          name: v.name?.trim() || null,
          investment: investmentBody(v.investment),
        });
      }
      message.success(t('wastewater.saved'));
      onClose();
    } catch (e) {
      const prefix = action.mode === 'create' ? ['record'] : [];
      const paths = [
        ['name'],
        ['investment', 'value'],
        ['investment', 'currency'],
        ...RECORD_FIELDS.map((f) => [...prefix, f]),
      ];
      setError(
        action.mode === 'record'
          ? placeServerErrors(
              form,
              RECORD_FIELDS.map((f) => [f]),
              e,
              lang,
              ['record'],
            )
          : placeServerErrors(form, paths, e, lang),
      );
    }
  };

  // The record's fields live under `record` in the form (the record endpoint's errors have no prefix).
  const rec = (f: string) => ['record', f];
  const title =
    action?.mode === 'create'
      ? t('wastewater.add')
      : action?.mode === 'record'
        ? t('wastewater.recordTitle', { name: action.plant.name ?? t('wastewater.unnamed') })
        : t('wastewater.edit');

  return (
    <Modal
      open={action !== null}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('parkEvent.save')}
      cancelText={t('zones.cancel')}
      confirmLoading={create.isPending || record.isPending || edit.isPending}
      okButtonProps={{ 'data-testid': 'plant-submit' } as ButtonProps}
      width={620}
      forceRender
      data-testid="plant-modal"
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="plant-error" />}
      <Form form={form} layout="vertical" onFinish={submit}>
        {action?.mode !== 'record' && (
          <>
            <Form.Item name="name" label={t('wastewater.name')}>
              <Input maxLength={300} data-testid="plant-name" />
            </Form.Item>
            <Row gutter={12}>
              <Col span={16}>
                <Form.Item name={['investment', 'value']} label={t('wastewater.investment')}>
                  <Input inputMode="decimal" data-testid="plant-investment" />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name={['investment', 'currency']} label={t('wastewater.currency')}>
                  <Select
                    options={[
                      { value: 'VND', label: 'VND' },
                      { value: 'USD', label: 'USD' },
                    ]}
                  />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
        {action?.mode !== 'edit' && (
          <>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item
                  name={rec('date')}
                  label={t('wastewater.date')}
                  rules={[{ required: true, message: t('parkEvent.dateRequired') }]}
                >
                  <DatePicker
                    format={DATE_FORMAT}
                    allowClear={false}
                    disabledDate={(d) => d.isAfter(dayjs(todayInVietnam()), 'day')}
                    style={{ width: '100%' }}
                    data-testid="plant-date"
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name={rec('status')} label={t('wastewater.status')}>
                  <Select options={optionsOf(PLANT_STATUS_LABELS, lang)} data-testid="plant-status" />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name={rec('designCapacity')} label={t('wastewater.design')}>
                  <Input suffix="m³/ngày đêm" inputMode="decimal" data-testid="plant-design" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name={rec('operatingCapacity')} label={t('wastewater.operating')}>
                  <Input
                    suffix="m³/ngày đêm"
                    inputMode="decimal"
                    disabled={status !== 'operating'}
                    data-testid="plant-operating"
                  />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name={rec('source')}
              label={t('parkLand.source')}
              rules={[{ required: true, whitespace: true, message: t('parkLand.sourceRequired') }]}
            >
              <Input maxLength={300} data-testid="plant-source" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
