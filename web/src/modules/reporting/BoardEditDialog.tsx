import type { ButtonProps } from 'antd';
import { Alert, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import type { PlausibilityWarning, ReportTypeVersionView } from '../../../../src/modules/reporting/contract';
import { ApiError, errorText } from '../../app/api';
import { useLocale } from '../../app/locale';
import { PlausibilityRejected, useBoardEdit } from './files-api';
import type { Report } from './queries';
import { type ConfirmDraft, ReportFields } from './ReportFields';
import { type FormValues, fromApiValues, toApiValues } from './useDraftSaver';
import { WarningSummary } from './WarningSummary';

const fieldOf = (path: string) => path.replace(/^body\.values\./, '').replace(/^body\./, '');

/**
 * "Sửa báo cáo" of a Board on an accepted report: every figure editable in its shown unit, a
 * reason required; the server runs the submit's checks on the new figures, and a plausibility
 * warning (a ×1000 figure above all) must be confirmed here with its own reason. The lifecycle
 * then shows the edit with the values before and after.
 */
export function BoardEditDialog({
  report,
  version,
  open,
  onClose,
}: {
  report: Report;
  version: ReportTypeVersionView;
  open: boolean;
  onClose: (done: boolean) => void;
}) {
  const { lang, t } = useLocale();
  const [form] = Form.useForm<FormValues & { reason?: string }>();
  const edit = useBoardEdit();
  const [error, setError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<PlausibilityWarning[]>([]);
  const [confirms, setConfirms] = useState<Record<string, ConfirmDraft>>({});
  const fields = version.fields;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(fromApiValues(fields, report.values));
    setError(null);
    setWarnings([]);
    setConfirms({});
  }, [open, form, fields, report.values]);

  const unconfirmed = warnings.filter((w) => !(confirms[w.field]?.checked && confirms[w.field]?.reason.trim()));

  const save = async (v: FormValues & { reason?: string }) => {
    setError(null);
    if (unconfirmed.length > 0) {
      form.scrollToField(unconfirmed[0]!.field, { behavior: 'smooth', block: 'center' });
      return;
    }
    try {
      await edit.mutateAsync({
        id: report.id,
        body: {
          updatedAt: report.updatedAt,
          values: toApiValues(fields, v),
          reason: (v.reason ?? '').trim(),
          confirmations: warnings.map((w) => ({
            field: w.field,
            code: w.code,
            reason: confirms[w.field]?.reason.trim() ?? '',
          })),
        },
      });
      onClose(true);
    } catch (e) {
      if (e instanceof PlausibilityRejected) {
        setWarnings(e.warnings);
        form.scrollToField(e.warnings[0]!.field, { behavior: 'smooth', block: 'center' });
        return;
      }
      if (e instanceof ApiError && Object.keys(e.fields).length > 0) {
        const known = new Set([...fields.map((f) => f.key), 'reason']);
        const placed = Object.entries(e.fields)
          .map(([path, m]) => ({ name: fieldOf(path), errors: [lang === 'vi' ? m.message : m.messageEn] }))
          .filter((f) => known.has(f.name));
        form.setFields(placed);
        if (placed[0]) form.scrollToField(placed[0].name, { behavior: 'smooth', block: 'center' });
        if (placed.length < Object.keys(e.fields).length) setError(e.text(lang));
        return;
      }
      setError(errorText(e, lang));
    }
  };

  return (
    <Modal
      open={open}
      title={t('reporting.boardEdit.title', { code: report.code })}
      okText={t('reporting.boardEdit.save')}
      okButtonProps={{ 'data-testid': 'board-edit-save' } as ButtonProps}
      cancelText={t('reporting.cancel')}
      confirmLoading={edit.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      width={920}
      destroyOnHidden
      data-testid="board-edit-dialog"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={save}
        onValuesChange={(changed: FormValues) => {
          const keys = Object.keys(changed);
          form.setFields(keys.filter((k) => k !== 'reason').map((name) => ({ name, errors: [] })));
          setWarnings((list) => list.filter((w) => !keys.includes(w.field)));
        }}
      >
        <Alert type="info" showIcon title={t('reporting.boardEdit.hint')} style={{ marginBottom: 12 }} />
        {error && (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="board-edit-error" />
        )}
        <WarningSummary warnings={unconfirmed} fields={fields} hint={t('reporting.boardEdit.warningHint')} />
        <Form.Item
          name="reason"
          label={t('reporting.boardEdit.reason')}
          rules={[{ required: true, whitespace: true, message: t('reporting.boardEdit.reasonRequired') }]}
          style={{ marginTop: 12 }}
        >
          <Input.TextArea rows={2} maxLength={3000} showCount data-testid="board-edit-reason" />
        </Form.Item>
        <ReportFields
          version={version}
          currency={report.currency}
          readOnly={false}
          fieldReasons={{}}
          warnings={warnings}
          confirms={confirms}
          onConfirm={(field, next) => setConfirms((c) => ({ ...c, [field]: next }))}
        />
      </Form>
    </Modal>
  );
}
