import { Form, Input } from 'antd';
import { NewPassword, PASSWORD_MIN_LENGTH } from '../../../../src/platform/auth/contract';
import { useLocale } from '../../app/locale';
import { contractMessage } from '../../ui/formErrors';

/**
 * A new password typed twice, checked with the server's own rule (`NewPassword`) before it is
 * sent. Fields `password` and `confirmPassword` of the surrounding form.
 */
export function NewPasswordFields({ testId }: { testId: string }) {
  const { lang, t } = useLocale();
  return (
    <>
      <Form.Item
        name="password"
        label={t('users.password')}
        extra={t('users.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        rules={[
          { required: true, message: t('users.passwordRequired') },
          {
            validator: async (_, value: string | undefined) => {
              if (!value) return;
              const result = NewPassword.safeParse(value);
              if (!result.success) throw new Error(contractMessage(result.error.issues[0]?.message ?? '', lang));
            },
          },
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid={testId} />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('users.passwordConfirm')}
        dependencies={['password']}
        rules={[
          { required: true, message: t('users.passwordRequired') },
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              if (value && value !== getFieldValue('password')) throw new Error(t('users.passwordMismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid={`${testId}-confirm`} />
      </Form.Item>
    </>
  );
}
