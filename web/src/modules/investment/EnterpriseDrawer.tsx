import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Flex, Form, Input, Select } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Enterprise } from '../../../../src/modules/investment/contract';
import { ApiError } from '../../app/api';
import { useLocale } from '../../app/locale';
import { useProvinces } from '../geo/queries';
import { foldedSearch } from './pickers';
import { useRegistryMutations } from './queries';
import { showServerErrors } from './serverErrors';

type Values = {
  taxCode: string;
  nameVi: string;
  nameForeign?: string;
  address?: string;
  adminUnitId?: string;
  commune?: string;
  legalRepresentative?: string;
  sectors?: string[];
};
const FIELDS = [
  'taxCode',
  'nameVi',
  'nameForeign',
  'address',
  'adminUnitId',
  'commune',
  'legalRepresentative',
  'sectors',
];
const orNull = (s: string | undefined) => s?.trim() || null;

/** The province-level units an address may name: the 34 in force, and the recorded pre-2025 one when editing. */
function useUnitOptions(current: string | undefined, oldLabel: (name: string) => string) {
  const p34 = useProvinces('34');
  const p63 = useProvinces('63');
  return useMemo(() => {
    const options = (p34.data?.items ?? [])
      .slice()
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }));
    const old = current?.startsWith('63:') ? p63.data?.items.find((p) => p.id === current) : undefined;
    return old ? [{ value: old.id, label: oldLabel(`${old.code} · ${old.name}`) }, ...options] : options;
  }, [p34.data, p63.data, current, oldLabel]);
}

/**
 * Adds or edits an enterprise: tax code, names, address with the commune and province after the
 * 2025 reorganisation, legal representative, VSIC sectors. `contactOnly` is the enterprise's own
 * form (address, commune, legal representative).
 */
export function EnterpriseDrawer({
  open,
  enterprise,
  contactOnly = false,
  onClose,
  onSaved,
}: {
  open: boolean;
  enterprise: Enterprise | null;
  contactOnly?: boolean;
  onClose: () => void;
  onSaved: (e: Enterprise) => void;
}) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const m = useRegistryMutations();
  const oldLabel = useCallback((name: string) => t('inv.enterprise.oldUnit', { name }), [t]);
  const units = useUnitOptions(enterprise?.adminUnitId, oldLabel);

  // A new opening starts clean; a reload after a conflict keeps the message.
  useEffect(() => {
    if (open) setError(null);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (enterprise) {
      form.setFieldsValue({
        taxCode: enterprise.taxCode,
        nameVi: enterprise.nameVi,
        nameForeign: enterprise.nameForeign ?? undefined,
        address: enterprise.address ?? undefined,
        adminUnitId: enterprise.adminUnitId,
        commune: enterprise.commune ?? undefined,
        legalRepresentative: enterprise.legalRepresentative ?? undefined,
        sectors: enterprise.sectors,
      });
    }
  }, [open, enterprise, form]);

  const submit = async (v: Values) => {
    setError(null);
    const contact = {
      address: orNull(v.address),
      commune: orNull(v.commune),
      legalRepresentative: orNull(v.legalRepresentative),
    };
    const full = {
      ...contact,
      taxCode: v.taxCode.trim(),
      nameVi: v.nameVi.trim(),
      nameForeign: orNull(v.nameForeign),
      adminUnitId: v.adminUnitId ?? '',
      sectors: v.sectors ?? [],
    };
    try {
      let saved: Enterprise;
      if (!enterprise) saved = await m.createEnterprise.mutateAsync(full);
      else if (contactOnly)
        saved = await m.updateEnterpriseContact.mutateAsync({
          id: enterprise.id,
          body: { ...contact, updatedAt: enterprise.updatedAt },
        });
      else
        saved = await m.updateEnterprise.mutateAsync({
          id: enterprise.id,
          body: { ...full, updatedAt: enterprise.updatedAt },
        });
      message.success(t(enterprise ? 'inv.enterprise.saved' : 'inv.enterprise.created', { name: saved.nameVi }));
      onSaved(saved);
    } catch (e) {
      if (enterprise && e instanceof ApiError && e.code === 'CONFLICT' && !e.fields['body.taxCode']) {
        setError(`${e.text(lang)} ${t('inv.reloaded')}`);
        await client.invalidateQueries({ queryKey: ['registry'] });
        return;
      }
      setError(showServerErrors(form, FIELDS, e, lang));
    }
  };

  const saving = m.createEnterprise.isPending || m.updateEnterprise.isPending || m.updateEnterpriseContact.isPending;
  return (
    <Drawer
      open={open}
      title={enterprise ? `${t('inv.enterprise.edit')}: ${enterprise.nameVi}` : t('inv.enterprises.add')}
      size={560}
      onClose={onClose}
      forceRender
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('inv.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="enterprise-submit">
            {t('inv.save')}
          </Button>
        </Flex>
      }
      data-testid="enterprise-drawer"
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        {!contactOnly && (
          <>
            <Form.Item
              name="taxCode"
              label={t('inv.enterprise.taxCode')}
              rules={[{ required: true, message: t('inv.required') }]}
            >
              <Input placeholder="0123456789" data-testid="enterprise-taxcode" />
            </Form.Item>
            <Form.Item
              name="nameVi"
              label={t('inv.enterprise.name')}
              rules={[{ required: true, message: t('inv.required') }]}
            >
              <Input data-testid="enterprise-name" />
            </Form.Item>
            <Form.Item name="nameForeign" label={t('inv.enterprise.nameForeign')}>
              <Input />
            </Form.Item>
          </>
        )}
        <Form.Item name="address" label={t('inv.enterprise.address')}>
          <Input data-testid="enterprise-address" />
        </Form.Item>
        <Form.Item name="commune" label={t('inv.enterprise.commune')} extra={t('inv.enterprise.communeHelp')}>
          <Input data-testid="enterprise-commune" />
        </Form.Item>
        {!contactOnly && (
          <Form.Item
            name="adminUnitId"
            label={t('inv.enterprise.province')}
            rules={[{ required: true, message: t('inv.required') }]}
          >
            <Select showSearch={foldedSearch} options={units} data-testid="enterprise-province" />
          </Form.Item>
        )}
        <Form.Item name="legalRepresentative" label={t('inv.enterprise.legalRepresentative')}>
          <Input data-testid="enterprise-representative" />
        </Form.Item>
        {!contactOnly && (
          <Form.Item name="sectors" label={t('inv.project.sectors')}>
            <Select mode="tags" tokenSeparators={[',', ' ']} placeholder="2610, 4100" />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
