import type { ButtonProps } from 'antd';
import { Alert, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { ReportTypeId } from '../../../../src/modules/reporting/contract';
import { useLocale } from '../../app/locale';
import { showServerErrors } from '../investment/serverErrors';
import { useReportMutations } from './queries';

export type ReopenTarget = {
  typeId: ReportTypeId;
  period: string;
  periodLabel: string;
  projectId: string;
  projectName: string;
};

type Values = { reason: string; openUntil?: Dayjs };

/** A Board reopens a closed period for one project, with a reason and the last day it may file. */
export function ReopenDialog({ target, onClose }: { target: ReopenTarget | null; onClose: (done: boolean) => void }) {
  const { lang, t } = useLocale();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const { reopen } = useReportMutations();
  useEffect(() => {
    if (target) {
      form.resetFields();
      setError(null);
    }
  }, [target, form]);
  if (!target) return null;

  const send = async (v: Values) => {
    setError(null);
    try {
      await reopen.mutateAsync({
        typeId: target.typeId,
        period: target.period,
        projectId: target.projectId,
        reason: v.reason.trim(),
        openUntil: v.openUntil?.format('YYYY-MM-DD') ?? '',
      });
      onClose(true);
    } catch (e) {
      setError(showServerErrors(form, ['reason', 'openUntil'], e, lang));
    }
  };

  return (
    <Modal
      open
      title={t('reporting.reopen.title')}
      okText={t('reporting.reopen.ok')}
      cancelText={t('reporting.cancel')}
      okButtonProps={{ 'data-testid': 'reopen-send' } as ButtonProps}
      confirmLoading={reopen.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
      data-testid="reopen-dialog"
    >
      <Typography.Paragraph>
        {t('reporting.reopen.text', { project: target.projectName, period: target.periodLabel })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={send}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form.Item
          name="reason"
          label={t('reporting.reopen.reason')}
          rules={[{ required: true, whitespace: true, message: t('reporting.reopen.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={3000} showCount data-testid="reopen-reason" />
        </Form.Item>
        <Form.Item
          name="openUntil"
          label={t('reporting.reopen.until')}
          rules={[{ required: true, message: t('reporting.reopen.untilRequired') }]}
        >
          <DatePicker format="DD/MM/YYYY" style={{ width: 200 }} data-testid="reopen-until" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
