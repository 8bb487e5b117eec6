import type { ButtonProps } from 'antd';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { ReportFieldView } from '../../../../src/modules/reporting/contract';
import { useLocale } from '../../app/locale';
import { showServerErrors } from '../investment/serverErrors';
import { type Report, useReportMutations } from './queries';

type Values = { reason: string; fields?: string[]; fieldReasons?: Record<string, string> };

/**
 * "Yêu cầu chỉnh sửa": the reason is required (≤ 3000 characters); reasons per field are optional
 * and land next to those fields in the enterprise's form.
 */
export function RevisionDialog({
  report,
  fields,
  open,
  onClose,
}: {
  report: Report;
  fields: readonly ReportFieldView[];
  open: boolean;
  onClose: (done: boolean) => void;
}) {
  const { lang, t } = useLocale();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const { requestRevision } = useReportMutations();
  const chosen = Form.useWatch('fields', form) ?? [];

  useEffect(() => {
    if (open) {
      form.resetFields();
      setError(null);
    }
  }, [open, form]);

  const send = async (v: Values) => {
    setError(null);
    const fieldReasons: Record<string, string> = {};
    for (const key of v.fields ?? []) {
      const text = v.fieldReasons?.[key]?.trim();
      if (text) fieldReasons[key] = text;
    }
    try {
      await requestRevision.mutateAsync({
        id: report.id,
        body: { updatedAt: report.updatedAt, reason: v.reason.trim(), fieldReasons },
      });
      onClose(true);
    } catch (e) {
      setError(showServerErrors(form, ['reason', 'fieldReasons'], e, lang));
    }
  };

  return (
    <Modal
      open={open}
      title={t('reporting.revision.title', { code: report.code })}
      okText={t('reporting.action.requestRevision')}
      okButtonProps={{ danger: true, 'data-testid': 'revision-send' } as ButtonProps}
      cancelText={t('reporting.cancel')}
      confirmLoading={requestRevision.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      width={640}
      destroyOnHidden
      data-testid="revision-dialog"
    >
      <Form form={form} layout="vertical" onFinish={send}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form.Item
          name="reason"
          label={t('reporting.revision.reason')}
          rules={[{ required: true, whitespace: true, message: t('reporting.revision.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={3000} showCount data-testid="revision-reason-input" />
        </Form.Item>
        <Form.Item name="fields" label={t('reporting.revision.fields')}>
          <Select
            mode="multiple"
            allowClear
            options={fields.map((f) => ({ value: f.key, label: f.label[lang] }))}
            placeholder={t('reporting.revision.fieldsPlaceholder')}
            data-testid="revision-fields"
          />
        </Form.Item>
        {chosen.map((key) => (
          <Form.Item
            key={key}
            name={['fieldReasons', key]}
            label={fields.find((f) => f.key === key)?.label[lang] ?? key}
            rules={[{ required: true, whitespace: true, message: t('reporting.revision.fieldReasonRequired') }]}
          >
            <Input maxLength={1000} data-testid={`revision-field-${key}`} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
