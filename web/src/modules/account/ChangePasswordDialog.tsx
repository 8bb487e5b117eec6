import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { NewPassword, PASSWORD_MIN_LENGTH } from '../../../../src/platform/auth/contract';
import { api } from '../../app/api';
import { useLocale } from '../../app/locale';
import { applyServerErrors, contractMessage } from '../../ui/formErrors';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'];

/** POST /api/auth/me/password; field errors from the server land on their fields. */
export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const reset = () => {
    form.resetFields();
    setError(null);
  };

  const submit = async (values: Values) => {
    setSaving(true);
    setError(null);
    try {
      await api.post<void>('/api/auth/me/password', {
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      message.success(t('password.done'));
      onClose();
    } catch (e) {
      setError(applyServerErrors(form, FIELDS, e, lang));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('password.title')}
      okText={t('password.submit')}
      cancelText={t('password.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={reset}
      forceRender
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="password-error" />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} data-testid="password-form">
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[{ required: true, message: t('password.required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={t('password.hint', { min: PASSWORD_MIN_LENGTH })}
          rules={[
            { required: true, message: t('password.required') },
            {
              validator: async (_, value: string | undefined) => {
                if (!value) return;
                const result = NewPassword.safeParse(value);
                if (!result.success) throw new Error(contractMessage(result.error.issues[0]?.message ?? '', lang));
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.required') },
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
