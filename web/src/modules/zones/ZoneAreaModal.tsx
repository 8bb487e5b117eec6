import { Alert, App, type ButtonProps, Form, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import {
  KKT_AREA_MEASURE_LABELS,
  KKT_FUNCTIONAL_AREA_DEFS,
  type KktAreaMeasure,
  type KktFunctionalArea,
  type ZoneDetail,
} from '../../../../src/modules/zones/contract';
import { todayInVietnam } from '../../app/format';
import { useLocale } from '../../app/locale';
import { DatedAreaFields } from './DatedAreaFields';
import { placeServerErrors } from './formErrors';
import { decimalInput, toDay } from './labels';
import { useRegistryWrite } from './queries';

interface Values {
  area?: KktFunctionalArea;
  measure?: KktAreaMeasure;
  asOf?: Dayjs;
  valueHa?: string;
  source?: string;
}

/** "Ghi diện tích khu chức năng": one function, one measure (Biểu 2110), from a day on. */
export function ZoneAreaModal({ zone, open, onClose }: { zone: ZoneDetail; open: boolean; onClose: () => void }) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const save = useRegistryWrite<object, ZoneDetail>('post', () => `/api/zones/${zone.id}/areas`);
  const area = Form.useWatch('area', form);
  const measures = area ? KKT_FUNCTIONAL_AREA_DEFS[area].measures : [];

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ asOf: dayjs(todayInVietnam()) });
  }, [open, form]);

  const submit = async (v: Values) => {
    setError(null);
    try {
      await save.mutateAsync({
        area: v.area,
        measure: v.measure,
        asOf: toDay(v.asOf),
        valueHa: decimalInput(v.valueHa) ?? '',
        source: v.source?.trim() ?? '',
      });
      message.success(t('parkLand.recorded'));
      onClose();
    } catch (e) {
      setError(
        placeServerErrors(
          form,
          ['area', 'measure', 'asOf', 'valueHa', 'source'].map((f) => [f]),
          e,
          lang,
        ),
      );
    }
  };

  return (
    <Modal
      open={open}
      title={t('zones.recordArea')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('parkEvent.save')}
      cancelText={t('zones.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'zone-area-submit' } as ButtonProps}
      forceRender
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="area"
          label={t('zones.function')}
          rules={[{ required: true, message: t('zones.functionRequired') }]}
        >
          <Select
            options={Object.entries(KKT_FUNCTIONAL_AREA_DEFS).map(([k, d]) => ({ value: k, label: d[lang] }))}
            onChange={() => form.setFieldValue('measure', undefined)}
            data-testid="zone-area-function"
          />
        </Form.Item>
        <Form.Item
          name="measure"
          label={t('parkLand.measure')}
          rules={[{ required: true, message: t('zones.measureRequired') }]}
        >
          <Select
            options={measures.map((m) => ({ value: m, label: KKT_AREA_MEASURE_LABELS[m][lang] }))}
            data-testid="zone-area-measure"
          />
        </Form.Item>
        <DatedAreaFields valueName="valueHa" testId="zone-area" />
      </Form>
    </Modal>
  );
}
