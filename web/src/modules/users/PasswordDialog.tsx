import { Alert, App, Form, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { UserSummary } from '../../../../src/platform/auth/contract';
import { useLocale } from '../../app/locale';
import { applyServerErrors } from '../../ui/formErrors';
import { NewPasswordFields } from './NewPasswordFields';
import { useUserMutations } from './queries';

interface Values {
  password: string;
  confirmPassword: string;
}

/** "Đặt lại mật khẩu": the administrator types the new password twice; nothing is generated. */
export function PasswordDialog({ user, onClose }: { user: UserSummary | null; onClose: () => void }) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const { setPassword } = useUserMutations();
  // Keep the name in the title while the dialog closes.
  const [shown, setShown] = useState(user);
  useEffect(() => {
    if (user) setShown(user);
  }, [user]);

  const submit = async (v: Values) => {
    if (!user) return;
    setError(null);
    try {
      await setPassword.mutateAsync({ id: user.id, password: v.password });
      message.success(t('users.passwordSet', { username: user.username }));
      onClose();
    } catch (e) {
      setError(applyServerErrors(form, ['password'], e, lang));
    }
  };

  return (
    <Modal
      open={user !== null}
      title={t('users.resetPasswordTitle', { username: shown?.username ?? '' })}
      okText={t('users.resetPassword')}
      cancelText={t('users.cancel')}
      confirmLoading={setPassword.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        setError(null);
      }}
      forceRender
      data-testid="user-password-dialog"
    >
      <Typography.Paragraph type="secondary">{t('users.resetPasswordText')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <NewPasswordFields testId="reset-password" />
      </Form>
    </Modal>
  );
}
