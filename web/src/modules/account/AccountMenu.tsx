import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, type MenuProps, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { type Me, ROLE_LABELS } from '../../../../src/platform/auth/contract';
import { errorText } from '../../app/api';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { useSignOut } from '../../app/session';
import { ChangePasswordDialog } from './ChangePasswordDialog';

/** The user's name and role, with change password and sign out. */
export function AccountMenu({ me }: { me: Me }) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const [changing, setChanging] = useState(false);
  const role = ROLE_LABELS[me.role][lang];

  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: (
        <div data-testid="account-who">
          <div style={{ fontWeight: 600, color: 'rgba(0,0,0,0.88)' }}>{me.displayName}</div>
          <div style={{ fontSize: 12 }} data-testid="account-role">
            {role}
          </div>
        </div>
      ),
    },
    { type: 'divider' },
    {
      key: 'password',
      icon: <KeyOutlined />,
      label: <span data-testid="menu-change-password">{t('account.changePassword')}</span>,
    },
    {
      key: 'sign-out',
      icon: <LogoutOutlined />,
      label: <span data-testid="menu-sign-out">{t('account.signOut')}</span>,
    },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') setChanging(true);
    if (key === 'sign-out') {
      signOut.mutate(undefined, {
        onSuccess: () => {
          message.success(t('account.signedOut'));
          navigate(PATHS.signIn);
        },
        onError: (error) => message.error(errorText(error, lang)),
      });
    }
  };

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <Button data-testid="account-menu" aria-label={t('account.menu')}>
          <Space>
            <UserOutlined />
            <span style={{ maxWidth: 180, overflow: 'hidden', textOverflow: 'ellipsis', display: 'inline-block' }}>
              {me.displayName}
            </span>
            <DownOutlined />
          </Space>
        </Button>
      </Dropdown>
      <ChangePasswordDialog open={changing} onClose={() => setChanging(false)} />
    </>
  );
}
