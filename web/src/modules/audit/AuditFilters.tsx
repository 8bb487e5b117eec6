import { Button, Col, DatePicker, Flex, Form, Input, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useLocale } from '../../app/locale';
import type { AuditFilter } from './queries';

type Criteria = Omit<AuditFilter, 'page' | 'pageSize'>;

interface Values {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const toValues = (c: Criteria): Values => ({
  actor: c.actor,
  action: c.action,
  entityType: c.entityType,
  entityId: c.entityId,
  range: c.from || c.to ? [c.from ? dayjs(c.from) : null, c.to ? dayjs(c.to) : null] : null,
});

const trimmed = (s: string | undefined) => s?.trim() || undefined;

/** Filters of the audit log; dates are days in Hà Nội time, as the server counts them. */
export function AuditFilters({ value, onChange }: { value: Criteria; onChange: (c: Criteria) => void }) {
  const { t } = useLocale();
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    form.setFieldsValue(toValues(value));
  }, [form, value]);

  const submit = (v: Values) =>
    onChange({
      actor: trimmed(v.actor),
      action: trimmed(v.action),
      entityType: trimmed(v.entityType),
      entityId: trimmed(v.entityId),
      from: v.range?.[0]?.format('YYYY-MM-DD'),
      to: v.range?.[1]?.format('YYYY-MM-DD'),
    });

  const reset = () => {
    form.resetFields();
    onChange({});
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} data-testid="audit-filters">
      <Row gutter={12}>
        <Col xs={24} sm={12} lg={6} xl={4}>
          <Form.Item name="actor" label={t('audit.actor')}>
            <Input allowClear data-testid="audit-actor" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6} xl={4}>
          <Form.Item name="action" label={t('audit.action')}>
            <Input allowClear placeholder="auth." data-testid="audit-action" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6} xl={4}>
          <Form.Item name="entityType" label={t('audit.entityType')}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6} xl={4}>
          <Form.Item name="entityId" label={t('audit.entityId')}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={12} xl={8}>
          <Form.Item name="range" label={t('audit.dateRange')}>
            <DatePicker.RangePicker
              format="DD/MM/YYYY"
              allowEmpty={[true, true]}
              placeholder={[t('audit.startDate'), t('audit.endDate')]}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Flex justify="flex-end" gap={8}>
        <Button onClick={reset}>{t('app.reset')}</Button>
        <Button type="primary" htmlType="submit" data-testid="audit-search">
          {t('app.search')}
        </Button>
      </Flex>
    </Form>
  );
}
