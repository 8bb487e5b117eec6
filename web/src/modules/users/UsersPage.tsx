import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Select, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ROLE_LABELS, ROLES, type Role, type UserSummary } from '../../../../src/platform/auth/contract';
import { errorText } from '../../app/api';
import { formatDateTime, formatNumber } from '../../app/format';
import { useLocale } from '../../app/locale';
import { useMe } from '../../app/session';
import { LoadError } from '../../ui/LoadError';
import { PasswordDialog } from './PasswordDialog';
import { useCurrentProvinces } from './provinces';
import { type UserFilter, useUserMutations, useUsers } from './queries';
import { userState } from './state';
import { UserFormDrawer } from './UserFormDrawer';

const isRole = (v: string | null): v is Role => v !== null && (ROLES as readonly string[]).includes(v);

/** "Người dùng": the accounts, their role, scope and state; administrators add and change them here. */
export function UsersPage() {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const provinces = useCurrentProvinces();
  const { unlock } = useUserMutations();

  const filter = useMemo<UserFilter>(() => {
    const f: UserFilter = {};
    const q = params.get('q')?.trim();
    if (q) f.q = q;
    const role = params.get('role');
    if (isRole(role)) f.role = role;
    const active = params.get('active');
    if (active === 'true' || active === 'false') f.active = active;
    return f;
  }, [params]);
  const setFilter = (next: UserFilter) =>
    setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined && v !== '')));

  const [search, setSearch] = useState(filter.q ?? '');
  useEffect(() => setSearch(filter.q ?? ''), [filter.q]);

  const users = useUsers(filter);
  const [editing, setEditing] = useState<{ user: UserSummary | null } | null>(null);
  const [resetting, setResetting] = useState<UserSummary | null>(null);

  const doUnlock = async (user: UserSummary) => {
    try {
      await unlock.mutateAsync(user.id);
      message.success(t('users.unlocked', { username: user.username }));
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };

  const scopeText = (u: UserSummary) => {
    if (u.scope.provinceCode) return provinces.byCode.get(u.scope.provinceCode)?.label ?? u.scope.provinceCode;
    if (u.scope.enterpriseId) return t('users.enterprise', { id: `${u.scope.enterpriseId.slice(0, 8)}…` });
    return t('app.none');
  };

  const columns: TableColumnsType<UserSummary> = [
    {
      title: t('users.username'),
      dataIndex: 'username',
      width: 170,
      render: (username: string, u) => (
        <Space size={4}>
          <Typography.Text strong>{username}</Typography.Text>
          {u.id === me?.id && <Tag>{t('users.you')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('users.displayName'),
      dataIndex: 'displayName',
      render: (name: string, u) => (
        <Flex vertical>
          <span>{name}</span>
          {u.email && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {u.email}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: t('users.role'), dataIndex: 'role', width: 180, render: (role: Role) => ROLE_LABELS[role][lang] },
    {
      title: t('users.scope'),
      key: 'scope',
      width: 190,
      render: (_, u) => (
        <span title={u.scope.enterpriseId ?? undefined} data-testid="user-scope">
          {scopeText(u)}
        </span>
      ),
    },
    {
      title: t('users.state'),
      key: 'state',
      width: 225,
      render: (_, u) => {
        const state = userState(u);
        return (
          <Flex vertical gap={2} align="flex-start">
            {state.kind === 'active' && <Tag color="green">{t('users.state.active')}</Tag>}
            {state.kind === 'locked' && (
              <Tag color="orange">{t('users.state.locked', { time: formatDateTime(state.until) })}</Tag>
            )}
            {state.kind === 'inactive' && <Tag>{t('users.state.inactive')}</Tag>}
            {state.kind === 'active' && u.failedAttempts > 0 && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('users.failedAttempts', { n: u.failedAttempts })}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    },
    {
      title: t('users.actions'),
      key: 'actions',
      width: 150,
      render: (_, u) => (
        <Flex vertical align="flex-start">
          <Button type="link" size="small" onClick={() => setEditing({ user: u })} data-testid="user-edit">
            {t('users.editShort')}
          </Button>
          <Button type="link" size="small" onClick={() => setResetting(u)} data-testid="user-reset-password">
            {t('users.resetPassword')}
          </Button>
          {userState(u).kind === 'locked' && (
            <Button
              type="link"
              size="small"
              loading={unlock.isPending && unlock.variables === u.id}
              onClick={() => doUnlock(u)}
              data-testid="user-unlock"
            >
              {t('users.unlock')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="users-page">
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('users.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ user: null })}
          data-testid="user-add"
        >
          {t('users.add')}
        </Button>
      </Flex>
      <Card>
        <Flex gap={12} wrap>
          <Input.Search
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(q) => setFilter({ ...filter, q: q.trim() || undefined })}
            placeholder={t('users.search')}
            enterButton={t('app.search')}
            allowClear
            style={{ width: 380, maxWidth: '100%' }}
            data-testid="users-search"
          />
          <Select<Role>
            value={filter.role}
            onChange={(role) => setFilter({ ...filter, role })}
            allowClear
            placeholder={t('users.allRoles')}
            options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][lang] }))}
            style={{ width: 280, maxWidth: '100%' }}
            data-testid="users-role-filter"
          />
          <Select<'true' | 'false'>
            value={filter.active}
            onChange={(active) => setFilter({ ...filter, active })}
            allowClear
            placeholder={t('users.allStates')}
            options={[
              { value: 'true', label: t('users.state.active') },
              { value: 'false', label: t('users.state.inactive') },
            ]}
            style={{ width: 200 }}
            data-testid="users-state-filter"
          />
          {(filter.q || filter.role || filter.active) && (
            <Button onClick={() => setFilter({})}>{t('app.reset')}</Button>
          )}
        </Flex>
      </Card>
      {users.isError && <LoadError error={users.error} onRetry={() => users.refetch()} />}
      <Card>
        <Table<UserSummary>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={users.data?.items ?? []}
          loading={users.isFetching}
          scroll={{ x: 1050 }}
          pagination={{
            defaultPageSize: 50,
            showTotal: (total) => t('users.total', { n: formatNumber(total) }),
          }}
          data-testid="users-table"
        />
      </Card>
      <UserFormDrawer
        open={editing !== null}
        user={editing?.user ?? null}
        meId={me?.id}
        provinces={provinces.options}
        provincesLoading={provinces.isLoading}
        onClose={() => setEditing(null)}
      />
      <PasswordDialog user={resetting} onClose={() => setResetting(null)} />
    </Flex>
  );
}
