import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../app/api';
import { useLocale } from '../../app/locale';
import { PATHS, safeNext } from '../../app/paths';
import { useMe, useSignIn } from '../../app/session';
import { applyServerErrors } from '../../ui/formErrors';
import { LangSwitch } from '../../ui/LangSwitch';

interface Values {
  username: string;
  password: string;
}

const FIELDS = ['username', 'password'];

/** Username and password; afterwards back to the page the user was going to (`?next=`). */
export function SignInPage() {
  const { lang, t } = useLocale();
  const [form] = Form.useForm<Values>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const { data: me } = useMe();
  const signIn = useSignIn();
  const [failure, setFailure] = useState<unknown>(null);

  // re-word the server's field errors when the language changes
  useEffect(() => {
    if (failure) applyServerErrors(form, FIELDS, failure, lang);
  }, [failure, form, lang]);

  if (me && !signIn.isPending && !signIn.isSuccess) return <Navigate to={next} replace />;

  const submit = (values: Values) => {
    setFailure(null);
    signIn.mutate(values, {
      onSuccess: () => navigate(next, { replace: true }),
      onError: (error) => {
        setFailure(error);
        form.setFieldValue('password', '');
      },
    });
  };

  const locked = failure instanceof ApiError && failure.code === 'ACCOUNT_LOCKED';
  const message = failure instanceof ApiError ? failure.text(lang) : failure ? t('signIn.failed') : null;

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f0f4f8' }}>
      <Flex justify="flex-end" style={{ width: '100%', maxWidth: 420, marginBottom: 12 }}>
        <LangSwitch />
      </Flex>
      <Card style={{ width: '100%', maxWidth: 420 }} data-testid="sign-in-card">
        <Typography.Title level={4} style={{ marginTop: 0, color: '#0b2f57' }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('signIn.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('signIn.subtitle')}</Typography.Paragraph>
        {message && (
          <Alert
            type={locked ? 'warning' : 'error'}
            showIcon
            title={locked ? t('signIn.locked') : t('signIn.failed')}
            description={message}
            style={{ marginBottom: 16 }}
            data-testid="sign-in-error"
          />
        )}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} data-testid="sign-in-form">
          <Form.Item
            name="username"
            label={t('signIn.username')}
            rules={[{ required: true, whitespace: true, message: t('signIn.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="sign-in-username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('signIn.password')}
            rules={[{ required: true, message: t('signIn.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="sign-in-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={signIn.isPending} data-testid="sign-in-submit">
            {t('signIn.submit')}
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
          <Link to={PATHS.map}>{t('signIn.publicLink')}</Link>
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}
