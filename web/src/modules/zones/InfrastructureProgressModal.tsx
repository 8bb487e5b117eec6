import { Alert, App, type ButtonProps, Col, DatePicker, Form, Input, Modal, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { InfrastructureProgressBody, ParkDetail } from '../../../../src/modules/zones/contract';
import { todayInVietnam } from '../../app/format';
import { useLocale } from '../../app/locale';
import { placeServerErrors } from './formErrors';
import { DATE_FORMAT, decimalInput, toDay } from './labels';
import { useRegistryWrite } from './queries';

interface Values {
  asOf?: Dayjs;
  completionPct?: string;
  source?: string;
}

/** "Ghi mức hoàn thiện": the park's infrastructure completion in % from a day on (a value of the same day is replaced). */
export function InfrastructureProgressModal({
  park,
  open,
  onClose,
}: {
  park: ParkDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const save = useRegistryWrite<InfrastructureProgressBody, ParkDetail>(
    'post',
    () => `/api/parks/${park.id}/infrastructure-progress`,
  );

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
        asOf: toDay(v.asOf) ?? '',
        completionPct: decimalInput(v.completionPct) ?? '',
        source: v.source?.trim() ?? '',
      });
      message.success(t('infra.progressSaved'));
      onClose();
    } catch (e) {
      setError(placeServerErrors(form, [['asOf'], ['completionPct'], ['source']], e, lang));
    }
  };

  return (
    <Modal
      open={open}
      title={t('infra.progressModal', { name: park.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('parkEvent.save')}
      cancelText={t('zones.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'progress-submit' } as ButtonProps}
      forceRender
      data-testid="progress-modal"
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="progress-error" />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="asOf"
              label={t('infra.progressDate')}
              rules={[{ required: true, message: t('parkEvent.dateRequired') }]}
            >
              <DatePicker
                format={DATE_FORMAT}
                allowClear={false}
                disabledDate={(d) => d.isAfter(dayjs(todayInVietnam()), 'day')}
                style={{ width: '100%' }}
                data-testid="progress-date"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="completionPct"
              label={t('infra.progressValue')}
              rules={[
                { required: true, message: t('infra.progressValueRequired') },
                {
                  validator: async (_, value: string | undefined) => {
                    const n = Number(decimalInput(value));
                    if (value && (Number.isNaN(n) || n < 0 || n > 100)) throw new Error(t('infra.progressRange'));
                  },
                },
              ]}
            >
              <Input suffix="%" inputMode="decimal" placeholder="62,5" data-testid="progress-value" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="source"
          label={t('parkLand.source')}
          rules={[{ required: true, whitespace: true, message: t('parkLand.sourceRequired') }]}
        >
          <Input maxLength={300} data-testid="progress-source" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
