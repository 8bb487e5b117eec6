import { Alert, App, type ButtonProps, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import {
  PLANT_STATUS_LABELS,
  type PlantRecordBody,
  type PlantStatusValue,
  type SpecialZoneOut,
  type ZoneDetail,
} from '../../../../src/modules/zones/contract';
import { todayInVietnam } from '../../app/format';
import { useLocale } from '../../app/locale';
import { placeServerErrors } from './formErrors';
import { DATE_FORMAT, decimalInput, optionsOf, toDay } from './labels';
import { useRegistryWrite } from './queries';

interface Values {
  date?: Dayjs;
  status?: PlantStatusValue;
  designCapacity?: string;
  operatingCapacity?: string;
  source?: string;
}

const FIELDS = [['date'], ['status'], ['designCapacity'], ['operatingCapacity'], ['source']];

/** Records a special zone's central wastewater plant from a day on: status and capacities (Biểu 2112 cols 24–26). */
export function SpecialZoneWastewaterModal({
  zone,
  special,
  onClose,
}: {
  zone: ZoneDetail;
  special: SpecialZoneOut | null;
  onClose: () => void;
}) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const save = useRegistryWrite<PlantRecordBody, ZoneDetail>(
    'post',
    () => `/api/zones/${zone.id}/special-zones/${special?.id}/wastewater`,
  );
  const status = Form.useWatch('status', form);

  useEffect(() => {
    if (!special) return;
    setError(null);
    form.resetFields();
    const now = special.wastewater.asOf;
    form.setFieldsValue({
      date: dayjs(todayInVietnam()),
      status: now?.status ?? 'under_construction',
      designCapacity: now?.designCapacity ?? undefined,
      operatingCapacity: now?.operatingCapacity ?? undefined,
    });
  }, [special, form]);

  const submit = async (v: Values) => {
    setError(null);
    try {
      await save.mutateAsync({
        date: toDay(v.date) ?? '',
        status: v.status ?? 'not_built',
        designCapacity: v.status === 'not_built' ? null : (decimalInput(v.designCapacity) ?? null),
        operatingCapacity: v.status === 'operating' ? (decimalInput(v.operatingCapacity) ?? null) : null,
        source: v.source?.trim() ?? '',
      });
      message.success(t('szww.saved'));
      onClose();
    } catch (e) {
      setError(placeServerErrors(form, FIELDS, e, lang));
    }
  };

  return (
    <Modal
      open={special !== null}
      title={t('szww.modal', { name: special?.name ?? '' })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('parkEvent.save')}
      cancelText={t('zones.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'szww-submit' } as ButtonProps}
      forceRender
      data-testid="szww-modal"
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="szww-error" />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="date"
              label={t('wastewater.date')}
              rules={[{ required: true, message: t('parkEvent.dateRequired') }]}
            >
              <DatePicker
                format={DATE_FORMAT}
                allowClear={false}
                disabledDate={(d) => d.isAfter(dayjs(todayInVietnam()), 'day')}
                style={{ width: '100%' }}
                data-testid="szww-date"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="status" label={t('wastewater.status')}>
              <Select options={optionsOf(PLANT_STATUS_LABELS, lang)} data-testid="szww-status" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="designCapacity" label={t('wastewater.design')}>
              <Input
                suffix={t('wastewater.unit')}
                inputMode="decimal"
                disabled={status === 'not_built'}
                data-testid="szww-design"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="operatingCapacity" label={t('wastewater.operating')}>
              <Input
                suffix={t('wastewater.unit')}
                inputMode="decimal"
                disabled={status !== 'operating'}
                data-testid="szww-operating"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="source"
          label={t('parkLand.source')}
          rules={[{ required: true, whitespace: true, message: t('parkLand.sourceRequired') }]}
        >
          <Input maxLength={300} data-testid="szww-source" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
