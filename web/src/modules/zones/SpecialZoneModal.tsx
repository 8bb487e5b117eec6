import { Alert, App, type ButtonProps, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import {
  SPECIAL_ZONE_KIND_LABELS,
  SPECIAL_ZONE_STATUS_LABELS,
  type SpecialZoneOut,
  type ZoneDetail,
} from '../../../../src/modules/zones/contract';
import { todayInVietnam } from '../../app/format';
import { useLocale } from '../../app/locale';
import { placeServerErrors } from './formErrors';
import { DATE_FORMAT, decimalInput, fromDay, optionsOf, toDay } from './labels';
import { useRegistryWrite } from './queries';

export type SpecialAction = { mode: 'create' } | { mode: 'edit' | 'status' | 'area'; special: SpecialZoneOut };

type Values = Record<string, string | Dayjs | undefined>;

const MEASURE_LABELS = {
  established: { vi: 'Đất thành lập', en: 'Established land' },
  industrial: { vi: 'Đất công nghiệp – dịch vụ', en: 'Industrial-service land' },
  leased: { vi: 'Đất công nghiệp – dịch vụ đã cho thuê', en: 'Leased industrial-service land' },
};

/** Adds or edits a special zone of the KKT, or records its status or an area from a day on. */
export function SpecialZoneModal({
  zone,
  action,
  onClose,
}: {
  zone: ZoneDetail;
  action: SpecialAction | null;
  onClose: () => void;
}) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const base = `/api/zones/${zone.id}/special-zones`;
  const sid = action && action.mode !== 'create' ? action.special.id : '';
  const post = useRegistryWrite<object, ZoneDetail>('post', () =>
    action?.mode === 'status' ? `${base}/${sid}/statuses` : action?.mode === 'area' ? `${base}/${sid}/areas` : base,
  );
  const patch = useRegistryWrite<object, ZoneDetail>('patch', () => `${base}/${sid}`);
  const mode = action?.mode;

  useEffect(() => {
    if (!action) return;
    setError(null);
    form.resetFields();
    const s = action.mode === 'create' ? null : action.special;
    form.setFieldsValue({
      code: s?.code,
      name: s?.name,
      kind: s?.kind,
      decisionNo: s?.decisionNo ?? undefined,
      decisionDate: fromDay(s?.decisionDate),
      planDecisionNo: s?.planDecisionNo ?? undefined,
      planDecisionDate: fromDay(s?.planDecisionDate),
      date: dayjs(todayInVietnam()),
      asOf: dayjs(todayInVietnam()),
      measure: 'established',
    });
  }, [action, form]);

  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const submit = async (v: Values) => {
    if (!action) return;
    setError(null);
    const fields = {
      name: text(v.name),
      kind: v.kind,
      decisionNo: text(v.decisionNo),
      decisionDate: toDay(v.decisionDate as Dayjs | undefined) ?? null,
      planDecisionNo: text(v.planDecisionNo),
      planDecisionDate: toDay(v.planDecisionDate as Dayjs | undefined) ?? null,
    };
    try {
      if (action.mode === 'create') await post.mutateAsync({ code: text(v.code), ...fields });
      else if (action.mode === 'edit')
        await patch.mutateAsync({ updatedAt: action.special.updatedAt, code: text(v.code), ...fields });
      else if (action.mode === 'status') {
        await post.mutateAsync({
          date: toDay(v.date as Dayjs),
          status: v.status,
          decisionNo: text(v.decisionNo),
          source: text(v.source) ?? '',
        });
      } else {
        await post.mutateAsync({
          measure: v.measure,
          asOf: toDay(v.asOf as Dayjs),
          value: decimalInput(v.value as string) ?? '',
          source: text(v.source) ?? '',
        });
      }
      message.success(t('zones.specialSaved'));
      onClose();
    } catch (e) {
      const names = [
        'code',
        'name',
        'kind',
        'decisionNo',
        'decisionDate',
        'planDecisionNo',
        'planDecisionDate',
        'date',
        'status',
        'measure',
        'value',
        'source',
      ];
      setError(placeServerErrors(form, [...names.map((n) => [n]), ['asOf']], e, lang));
    }
  };

  const date = (
    <DatePicker
      data-testid="special-date"
      format={DATE_FORMAT}
      style={{ width: '100%' }}
      disabledDate={(d) => d.isAfter(dayjs(todayInVietnam()), 'day')}
    />
  );
  return (
    <Modal
      open={action !== null}
      title={!action || action.mode === 'create' ? t('zones.addSpecial') : action.special.name}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('parkEvent.save')}
      cancelText={t('zones.cancel')}
      confirmLoading={post.isPending || patch.isPending}
      okButtonProps={{ 'data-testid': 'special-submit' } as ButtonProps}
      width={620}
      forceRender
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        {(mode === 'create' || mode === 'edit') && (
          <>
            <Row gutter={12}>
              <Col span={8}>
                <Form.Item
                  name="code"
                  label={t('parks.code')}
                  rules={[{ required: true, message: t('parks.codeRequired') }]}
                >
                  <Input maxLength={50} data-testid="special-code" />
                </Form.Item>
              </Col>
              <Col span={16}>
                <Form.Item
                  name="name"
                  label={t('zones.name')}
                  rules={[{ required: true, message: t('parks.nameRequired') }]}
                >
                  <Input maxLength={300} data-testid="special-name" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name="kind"
              label={t('zones.specialKind')}
              rules={[{ required: true, message: t('zones.typeRequired') }]}
            >
              <Select options={optionsOf(SPECIAL_ZONE_KIND_LABELS, lang)} data-testid="special-kind" />
            </Form.Item>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name="decisionNo" label={t('zones.foundingDoc')}>
                  <Input maxLength={100} data-testid="special-decision" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="decisionDate" label={t('parkEvent.decisionDate')}>
                  <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name="planDecisionNo" label={t('zones.planDoc')}>
                  <Input maxLength={100} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="planDecisionDate" label={t('parkEvent.decisionDate')}>
                  <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
        {(mode === 'status' || mode === 'area') && (
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item
                name={mode === 'area' ? 'asOf' : 'date'}
                label={t('parkLand.asOf')}
                rules={[{ required: true, message: t('parkEvent.dateRequired') }]}
              >
                {date}
              </Form.Item>
            </Col>
            <Col span={12}>
              {mode === 'status' ? (
                <Form.Item
                  name="status"
                  label={t('zones.specialStatus')}
                  rules={[{ required: true, message: t('zones.statusRequired') }]}
                >
                  <Select options={optionsOf(SPECIAL_ZONE_STATUS_LABELS, lang)} data-testid="special-status" />
                </Form.Item>
              ) : (
                <Form.Item name="measure" label={t('parkLand.measure')}>
                  <Select options={optionsOf(MEASURE_LABELS, lang)} data-testid="special-measure" />
                </Form.Item>
              )}
            </Col>
          </Row>
        )}
        {mode === 'status' && (
          <Form.Item name="decisionNo" label={t('parkEvent.decisionNo')}>
            <Input maxLength={100} />
          </Form.Item>
        )}
        {mode === 'area' && (
          <Form.Item
            name="value"
            label={t('parkLand.value')}
            rules={[{ required: true, message: t('parkEvent.areaRequired') }]}
          >
            <Input suffix="ha" inputMode="decimal" placeholder="1.250,5" data-testid="special-value" />
          </Form.Item>
        )}
        {(mode === 'status' || mode === 'area') && (
          <Form.Item
            name="source"
            label={t('parkLand.source')}
            rules={[{ required: true, whitespace: true, message: t('parkLand.sourceRequired') }]}
          >
            <Input maxLength={300} data-testid="special-source" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
