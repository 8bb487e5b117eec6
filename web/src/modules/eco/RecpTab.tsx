import { Alert, Button, DatePicker, Drawer, Flex, Form, Input, InputNumber, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { RECP_TYPES } from '../../../../src/modules/eco/contract';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { useMe } from '../../app/session';
import { applyServerErrors } from '../../ui/formErrors';
import { LoadError } from '../../ui/LoadError';
import { EnterpriseSelect } from '../investment/pickers';
import { decimal } from './labels';
import { useEnterpriseParks, useRecp, useSaveRecp } from './queries';

const AMOUNTS = [
  ['savedKwh', 'eco.recp.kwh'],
  ['savedM3', 'eco.recp.m3'],
  ['savedTonnes', 'eco.recp.t'],
  ['savedTco2e', 'eco.recp.co2'],
  ['costSavedMillionVnd', 'eco.recp.cost'],
] as const;

function RecpForm({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, lang } = useLocale();
  const { data: me } = useMe();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const save = useSaveRecp();
  const own = me?.role === 'enterprise' || me?.role === 'developer' ? (me.scope.enterpriseId ?? undefined) : undefined;
  const chosen = (Form.useWatch('enterpriseId', form) as string | undefined) ?? own;
  const parks = useEnterpriseParks(chosen);
  const submit = async (v: Record<string, unknown> & { startedOn: Dayjs }) => {
    setError(null);
    try {
      const body: Record<string, unknown> = {
        ...v,
        enterpriseId: own ?? v.enterpriseId,
        startedOn: v.startedOn.format('YYYY-MM-DD'),
      };
      for (const [key] of AMOUNTS) body[key] = String(v[key] ?? 0);
      await save.mutateAsync(body);
      form.resetFields();
      onClose();
    } catch (e) {
      setError(
        applyServerErrors(
          form,
          ['enterpriseId', 'parkId', 'type', 'title', 'startedOn', 'evidence', ...AMOUNTS.map((a) => a[0])],
          e,
          lang,
        ),
      );
    }
  };
  return (
    <Drawer open={open} onClose={onClose} width={480} title={t('eco.recp.add')} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ type: 'energy' }}>
        {!own && (
          <Form.Item name="enterpriseId" label={t('eco.form.enterprise')} rules={[{ required: true }]}>
            <EnterpriseSelect />
          </Form.Item>
        )}
        <Form.Item name="parkId" label={t('eco.form.park')} rules={[{ required: true }]}>
          <Select options={(parks.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item name="type" label={t('eco.recp.type')}>
          <Select options={RECP_TYPES.map((x) => ({ value: x, label: t(`eco.recp.type.${x}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('eco.recp.title')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="startedOn" label={t('eco.recp.started')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        {AMOUNTS.map(([key, label]) => (
          <Form.Item key={key} name={key} label={t(label)}>
            <InputNumber min={0} style={{ width: '100%' }} decimalSeparator="," />
          </Form.Item>
        ))}
        <Form.Item name="evidence" label={t('eco.recp.evidence')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('eco.save')}
        </Button>
      </Form>
    </Drawer>
  );
}

/** The RECP register the caller may see, and its totals per park and year (they feed A.4 and ENV.2). */
export function RecpTab() {
  const { t } = useLocale();
  const { data: me } = useMe();
  const recp = useRecp();
  const [open, setOpen] = useState(false);
  if (recp.isError) return <LoadError error={recp.error} onRetry={() => recp.refetch()} />;
  const canAdd = me && me.role !== 'ministry' && me.role !== 'admin';
  const money = (v: string) => decimal(v);
  return (
    <Flex vertical gap={12}>
      <Flex gap={8}>
        {canAdd && (
          <Button type="primary" onClick={() => setOpen(true)}>
            {t('eco.recp.add')}
          </Button>
        )}
        <Button href="/api/eco/recp.xlsx" data-testid="recp-export">
          {t('ecorep.export')}
        </Button>
      </Flex>
      <Table
        rowKey="id"
        size="middle"
        loading={recp.isPending}
        dataSource={recp.data?.items ?? []}
        locale={{ emptyText: t('eco.recp.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('eco.col.enterprise'), dataIndex: 'enterpriseName' },
          { title: t('eco.col.park'), dataIndex: 'parkName' },
          { title: t('eco.recp.type'), render: (_, m) => t(`eco.recp.type.${m.type}`) },
          { title: t('eco.recp.title'), dataIndex: 'title' },
          { title: t('eco.recp.started'), render: (_, m) => formatDate(m.startedOn) },
          ...AMOUNTS.map(([key, label]) => ({
            title: t(label),
            dataIndex: key,
            align: 'right' as const,
            render: money,
          })),
        ]}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('eco.recp.totals')}
      </Typography.Title>
      <Table
        rowKey={(r) => `${r.parkId}:${r.year}`}
        size="small"
        dataSource={recp.data?.totals ?? []}
        pagination={false}
        columns={[
          { title: t('eco.col.park'), dataIndex: 'parkName' },
          { title: t('eco.impact.year'), dataIndex: 'year' },
          { title: t('eco.recp.enterprises'), dataIndex: 'enterprises', align: 'right' },
          { title: t('eco.recp.measures'), dataIndex: 'measures', align: 'right' },
          ...AMOUNTS.map(([key, label]) => ({
            title: t(label),
            dataIndex: key,
            align: 'right' as const,
            render: money,
          })),
        ]}
      />
      <RecpForm open={open} onClose={() => setOpen(false)} />
    </Flex>
  );
}
