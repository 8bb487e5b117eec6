import { Alert, App, Button, Drawer, Flex, Form, Input, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import {
  ROLE_LABELS,
  ROLES,
  type Role,
  roleScope,
  Username,
  type UserSummary,
} from '../../../../src/platform/auth/contract';
import { ApiError } from '../../app/api';
import { searchKey } from '../../app/format';
import { useLocale } from '../../app/locale';
import { applyServerErrors, contractMessage } from '../../ui/formErrors';
import { NewPasswordFields } from './NewPasswordFields';
import type { ProvinceOption } from './provinces';
import { fetchUser, useUserMutations } from './queries';

interface Values {
  username: string;
  displayName: string;
  email?: string;
  role?: Role;
  provinceCode?: string;
  enterpriseId?: string;
  password?: string;
  confirmPassword?: string;
  active: boolean;
}

const FIELDS = ['username', 'displayName', 'email', 'role', 'provinceCode', 'enterpriseId', 'password', 'active'];

const toValues = (u: UserSummary | null): Values =>
  u
    ? {
        username: u.username,
        displayName: u.displayName,
        email: u.email ?? undefined,
        role: u.role,
        provinceCode: u.scope.provinceCode ?? undefined,
        enterpriseId: u.scope.enterpriseId ?? undefined,
        active: u.active,
      }
    : { username: '', displayName: '', active: true };

const orNull = (s: string | undefined) => s?.trim() || null;

interface Props {
  open: boolean;
  /** The user to edit, or null to add one. */
  user: UserSummary | null;
  meId: string | undefined;
  provinces: ProvinceOption[];
  provincesLoading: boolean;
  onClose: () => void;
}

/**
 * Adds or edits a user. The scope field follows the role (a province for Board roles, an
 * enterprise for developers and enterprises); an edit sends the updatedAt it started from and,
 * when someone else saved in between (409), shows why and reloads the form with their version.
 */
export function UserFormDrawer({ open, user, meId, provinces, provincesLoading, onClose }: Props) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [base, setBase] = useState<UserSummary | null>(user);
  const [error, setError] = useState<string | null>(null);
  const mutations = useUserMutations();
  const role = Form.useWatch('role', form);
  const scope = role ? roleScope(role) : 'none';
  const editing = base !== null;
  const self = editing && base.id === meId;
  const saving = mutations.create.isPending || mutations.update.isPending;

  useEffect(() => {
    if (!open) return;
    setBase(user);
    setError(null);
    form.resetFields();
    form.setFieldsValue(toValues(user));
  }, [open, user, form]);

  const submit = async (v: Values) => {
    setError(null);
    const provinceCode = scope === 'province' ? (v.provinceCode ?? null) : null;
    const enterpriseId = scope === 'enterprise' ? orNull(v.enterpriseId) : null;
    try {
      if (!base) {
        const created = await mutations.create.mutateAsync({
          username: v.username.trim(),
          displayName: v.displayName.trim(),
          email: orNull(v.email),
          role: v.role!,
          provinceCode,
          enterpriseId,
          password: v.password ?? '',
        });
        message.success(t('users.created', { username: created.username }));
      } else {
        const saved = await mutations.update.mutateAsync({
          id: base.id,
          body: {
            updatedAt: base.updatedAt,
            displayName: v.displayName.trim(),
            email: orNull(v.email),
            role: v.role!,
            provinceCode,
            enterpriseId,
            active: v.active,
          },
        });
        message.success(t('users.saved', { username: saved.username }));
      }
      onClose();
    } catch (e) {
      if (base && e instanceof ApiError && e.code === 'CONFLICT') {
        // Someone else saved first: show their version, the administrator decides again.
        const fresh = await fetchUser(base).catch(() => undefined);
        mutations.refresh();
        if (fresh) {
          setBase(fresh);
          form.resetFields();
          form.setFieldsValue(toValues(fresh));
        }
        setError(`${e.text(lang)} ${fresh ? t('users.reloaded') : ''}`.trim());
        return;
      }
      setError(applyServerErrors(form, FIELDS, e, lang));
    }
  };

  return (
    <Drawer
      open={open}
      title={editing ? `${t('users.edit')}: ${base.username}` : t('users.add')}
      size={520}
      onClose={onClose}
      forceRender
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('users.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="user-submit">
            {editing ? t('users.save') : t('users.create')}
          </Button>
        </Flex>
      }
      data-testid="user-drawer"
    >
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="user-form-error" />
      )}
      {self && <Alert type="info" showIcon title={t('users.selfHint')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} data-testid="user-form">
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={editing ? undefined : t('users.usernameHint')}
          rules={
            editing
              ? []
              : [
                  { required: true, message: t('users.usernameRequired') },
                  {
                    validator: async (_, value: string | undefined) => {
                      if (!value) return;
                      const result = Username.safeParse(value);
                      if (!result.success)
                        throw new Error(contractMessage(result.error.issues[0]?.message ?? '', lang));
                    },
                  },
                ]
          }
        >
          <Input disabled={editing} autoComplete="off" maxLength={50} data-testid="user-username" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }]}
        >
          <Input maxLength={200} data-testid="user-displayName" />
        </Form.Item>
        <Form.Item name="email" label={t('users.email')} rules={[{ type: 'email', message: t('users.emailInvalid') }]}>
          <Input type="email" maxLength={254} autoComplete="off" data-testid="user-email" />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('users.roleRequired') }]}>
          <Select<Role>
            disabled={self}
            options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][lang] }))}
            data-testid="user-role"
          />
        </Form.Item>
        {scope === 'province' && (
          <Form.Item
            name="provinceCode"
            label={t('users.province')}
            rules={[{ required: true, message: t('users.provinceRequired') }]}
          >
            <Select<string>
              loading={provincesLoading}
              placeholder={t('users.provincePlaceholder')}
              options={provinces.map((p) => ({ value: p.code, label: p.label }))}
              showSearch={{
                filterOption: (input, option) => searchKey(String(option?.label ?? '')).includes(searchKey(input)),
              }}
              data-testid="user-province"
            />
          </Form.Item>
        )}
        {scope === 'enterprise' && (
          <Form.Item name="enterpriseId" label={t('users.enterpriseId')} extra={t('users.enterpriseHint')}>
            <Input allowClear autoComplete="off" data-testid="user-enterprise" />
          </Form.Item>
        )}
        {!editing && <NewPasswordFields testId="user-password" />}
        {editing && (
          <Form.Item name="active" label={t('users.active')} extra={t('users.activeHint')} valuePropName="checked">
            <Switch disabled={self} data-testid="user-active" />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
