import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Flex, Form, Input, Radio } from 'antd';
import { useEffect, useState } from 'react';
import type { Investor } from '../../../../src/modules/investment/contract';
import { ApiError } from '../../app/api';
import { useLocale } from '../../app/locale';
import { CountrySelect } from './pickers';
import { useRegistryMutations } from './queries';
import { showServerErrors } from './serverErrors';

type Values = {
  kind: 'organisation' | 'individual';
  name: string;
  nationality?: string;
  foreignShare?: string;
  controlledShare?: string;
  identifier?: string;
};
const FIELDS = ['kind', 'name', 'nationality', 'foreignShare', 'controlledShare', 'identifier'];

const toValues = (i: Investor | null): Values =>
  i
    ? {
        kind: i.kind,
        name: i.name,
        nationality: i.nationality,
        foreignShare: i.foreignShare ?? undefined,
        controlledShare: i.controlledShare ?? undefined,
        identifier: i.identifier ?? undefined,
      }
    : { kind: 'organisation', name: '' };

const orNull = (s: string | undefined) => s?.trim() || null;

/**
 * Adds or edits an investor: a person (nationality) or an organisation (country of
 * establishment; for one established in Viet Nam, the foreign share of its charter capital and
 * the share held by Art. 23(1)(a) organisations, which decide whether it invests as a foreign
 * investor). Editing re-derives FDI/DDI of every project it is in.
 */
export function InvestorDrawer({
  open,
  investor,
  onClose,
  onSaved,
}: {
  open: boolean;
  investor: Investor | null;
  onClose: () => void;
  onSaved: (investor: Investor) => void;
}) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const { createInvestor, updateInvestor } = useRegistryMutations();
  const kind = Form.useWatch('kind', form);
  const nationality = Form.useWatch('nationality', form);
  const vietnameseOrganisation = kind === 'organisation' && nationality === 'VN';

  // A new opening starts clean; a reload after a conflict keeps the message.
  useEffect(() => {
    if (open) setError(null);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(toValues(investor));
  }, [open, investor, form]);

  const submit = async (v: Values) => {
    setError(null);
    const breakdown = vietnameseOrganisation
      ? { foreignShare: orNull(v.foreignShare), controlledShare: orNull(v.controlledShare) }
      : { foreignShare: null, controlledShare: null };
    const body = {
      kind: v.kind,
      name: v.name.trim(),
      nationality: v.nationality ?? '',
      identifier: orNull(v.identifier),
      ...breakdown,
    };
    try {
      const saved = investor
        ? await updateInvestor.mutateAsync({ id: investor.id, body: { ...body, updatedAt: investor.updatedAt } })
        : await createInvestor.mutateAsync(body);
      message.success(t(investor ? 'inv.investor.saved' : 'inv.investor.created', { name: saved.name }));
      onSaved(saved);
    } catch (e) {
      if (investor && e instanceof ApiError && e.code === 'CONFLICT') {
        setError(`${e.text(lang)} ${t('inv.reloaded')}`);
        await client.invalidateQueries({ queryKey: ['registry'] });
        return;
      }
      setError(showServerErrors(form, FIELDS, e, lang));
    }
  };

  return (
    <Drawer
      open={open}
      title={investor ? `${t('inv.investor.edit')}: ${investor.name}` : t('inv.investor.add')}
      size={520}
      onClose={onClose}
      forceRender
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('inv.cancel')}</Button>
          <Button
            type="primary"
            loading={createInvestor.isPending || updateInvestor.isPending}
            onClick={() => form.submit()}
            data-testid="investor-submit"
          >
            {t('inv.save')}
          </Button>
        </Flex>
      }
      data-testid="investor-drawer"
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        <Form.Item name="kind" label={t('inv.investor.kind')} rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'organisation', label: t('inv.investor.organisation') },
              { value: 'individual', label: t('inv.investor.individual') },
            ]}
            data-testid="investor-kind"
          />
        </Form.Item>
        <Form.Item name="name" label={t('inv.investor.name')} rules={[{ required: true, message: t('inv.required') }]}>
          <Input data-testid="investor-name" />
        </Form.Item>
        <Form.Item
          name="nationality"
          label={kind === 'individual' ? t('inv.investor.nationality') : t('inv.investor.country')}
          rules={[{ required: true, message: t('inv.required') }]}
        >
          <CountrySelect testId="investor-nationality" />
        </Form.Item>
        {vietnameseOrganisation && (
          <>
            <Form.Item
              name="foreignShare"
              label={t('inv.investor.foreignShare')}
              extra={t('inv.investor.foreignShareHelp')}
            >
              <Input suffix="%" data-testid="investor-foreign-share" />
            </Form.Item>
            <Form.Item name="controlledShare" label={t('inv.investor.controlledShare')}>
              <Input suffix="%" />
            </Form.Item>
          </>
        )}
        <Form.Item name="identifier" label={t('inv.investor.identifier')}>
          <Input />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
