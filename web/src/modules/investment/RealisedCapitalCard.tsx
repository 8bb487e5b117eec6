import { DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Flex, Form, Input, Popconfirm, Table, Typography } from 'antd';
import { useState } from 'react';
import type { RealisedCapitalView } from '../../../../src/modules/investment/contract-records';
import { errorText } from '../../app/api';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { LoadError } from '../../ui/LoadError';
import { formatMoney, parseAmountInput } from './amounts';
import { useRealisedCapital, useRegistryMutations } from './queries';
import { showServerErrors } from './serverErrors';

type Values = { period: string; amount: string; source: string; replace?: boolean };

/**
 * Realised capital by period (kernel/period codes: 2025, 2025-H1, 2025-Q3, 2025-07), in the
 * certificate's currency; Boards record ended periods and correct or remove them.
 */
export function RealisedCapitalCard({ projectId, canManage }: { projectId: string; canManage: boolean }) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const list = useRealisedCapital(projectId);
  const { recordRealised, removeRealised } = useRegistryMutations();
  const currency = list.data?.currency;

  const submit = async (v: Values) => {
    setError(null);
    try {
      await recordRealised.mutateAsync({
        id: projectId,
        body: {
          period: v.period.trim().toUpperCase(),
          amount: { value: parseAmountInput(v.amount), currency: currency ?? 'USD' },
          source: v.source.trim(),
          replace: Boolean(v.replace),
        },
      });
      message.success(t('inv.realised.recorded', { period: v.period.trim() }));
      form.resetFields(['period', 'amount', 'replace']);
    } catch (e) {
      setError(
        showServerErrors(form, ['period', 'amount', 'source'], e, lang, {
          'amount.currency': ['amount'],
          'amount.value': ['amount'],
        }),
      );
    }
  };

  const remove = async (period: string) => {
    try {
      await removeRealised.mutateAsync({ id: projectId, period });
      message.success(t('inv.realised.removed', { period }));
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };

  if (list.isError) return <LoadError error={list.error} onRetry={() => list.refetch()} />;
  return (
    <Card title={t('inv.realised.title')} size="small" data-testid="realised-capital">
      <Table<RealisedCapitalView>
        rowKey="period"
        size="small"
        loading={list.isPending}
        pagination={false}
        dataSource={list.data?.items ?? []}
        columns={[
          { title: t('inv.realised.period'), key: 'label', render: (_, r) => r.label[lang] },
          {
            title: t('inv.realised.days'),
            key: 'days',
            render: (_, r) => `${formatDate(r.from)} – ${formatDate(r.to)}`,
          },
          { title: t('inv.realised.amount'), key: 'amount', align: 'right', render: (_, r) => formatMoney(r.amount) },
          { title: t('inv.realised.source'), dataIndex: 'source' },
          ...(canManage
            ? [
                {
                  key: 'remove',
                  width: 50,
                  render: (_: unknown, r: RealisedCapitalView) => (
                    <Popconfirm
                      title={t('inv.realised.confirmRemove', { period: r.label[lang] })}
                      onConfirm={() => remove(r.period)}
                    >
                      <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('inv.realised.remove')} />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
        summary={() =>
          list.data && list.data.items.length > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={2}>
                <Typography.Text strong>{t('inv.realised.total')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                <Typography.Text strong data-testid="realised-total">
                  {formatMoney(list.data.total)}
                </Typography.Text>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
      {canManage && (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          style={{ marginTop: 16 }}
          initialValues={{ source: t('inv.realised.defaultSource') }}
        >
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          <Flex gap={12} wrap align="flex-start">
            <Form.Item
              name="period"
              label={t('inv.realised.period')}
              extra={t('inv.realised.periodHelp')}
              rules={[{ required: true, message: t('inv.required') }]}
              style={{ width: 170 }}
            >
              <Input placeholder="2025-Q3" data-testid="realised-period" />
            </Form.Item>
            <Form.Item
              name="amount"
              label={t('inv.realised.amountIn', { currency: currency ?? '' })}
              rules={[{ required: true, message: t('inv.required') }]}
              style={{ width: 220 }}
            >
              <Input suffix={currency} data-testid="realised-amount" />
            </Form.Item>
            <Form.Item
              name="source"
              label={t('inv.realised.source')}
              rules={[{ required: true, message: t('inv.required') }]}
              style={{ flex: 1, minWidth: 220 }}
            >
              <Input />
            </Form.Item>
            <Form.Item name="replace" valuePropName="checked" label=" ">
              <Checkbox>{t('inv.realised.replace')}</Checkbox>
            </Form.Item>
            <Form.Item label=" ">
              <Button type="primary" htmlType="submit" loading={recordRealised.isPending} data-testid="realised-submit">
                {t('inv.realised.record')}
              </Button>
            </Form.Item>
          </Flex>
        </Form>
      )}
    </Card>
  );
}
