import { Alert, App, type ButtonProps, Form, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import {
  LAND_MEASURE_LABELS,
  type LandMeasure,
  type LandValueBody,
  type ParkDetail,
} from '../../../../src/modules/zones/contract';
import { todayInVietnam } from '../../app/format';
import { useLocale } from '../../app/locale';
import { DatedAreaFields } from './DatedAreaFields';
import { placeServerErrors } from './formErrors';
import { decimalInput, toDay } from './labels';
import { useRegistryWrite } from './queries';

interface Values {
  measure: LandMeasure;
  asOf?: Dayjs;
  value?: string;
  source?: string;
}

/**
 * "Ghi số liệu đất": planned, industrial-service or leased land from a day on (the established
 * area comes from the lifecycle once the park has an establishment event).
 */
export function LandValueModal({ park, open, onClose }: { park: ParkDetail; open: boolean; onClose: () => void }) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const save = useRegistryWrite<LandValueBody, ParkDetail>('post', () => `/api/parks/${park.id}/land`);
  const fromEvents = park.timeline.some((i) => i.type === 'event' && i.kind === 'established');
  const measures = (['planned', 'established', 'industrial', 'leased', 'handed_over'] as const).filter(
    (m) => m !== 'established' || !fromEvents,
  );

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ measure: 'leased', asOf: dayjs(todayInVietnam()) });
  }, [open, form]);

  const submit = async (v: Values) => {
    setError(null);
    try {
      await save.mutateAsync({
        measure: v.measure,
        asOf: toDay(v.asOf) ?? '',
        value: decimalInput(v.value) ?? '',
        source: v.source?.trim() ?? '',
      });
      message.success(t('parkLand.recorded'));
      onClose();
    } catch (e) {
      setError(placeServerErrors(form, [['measure'], ['asOf'], ['value'], ['source']], e, lang));
    }
  };

  return (
    <Modal
      open={open}
      title={t('parkLand.title', { name: park.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('parkEvent.save')}
      cancelText={t('zones.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'land-submit' } as ButtonProps}
      forceRender
      data-testid="land-modal"
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="land-error" />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="measure"
          label={t('parkLand.measure')}
          extra={fromEvents ? t('parkLand.establishedFromEvents') : undefined}
        >
          <Select
            options={measures.map((m) => ({ value: m, label: LAND_MEASURE_LABELS[m][lang] }))}
            data-testid="land-measure"
          />
        </Form.Item>
        <DatedAreaFields valueName="value" testId="land" />
      </Form>
    </Modal>
  );
}
