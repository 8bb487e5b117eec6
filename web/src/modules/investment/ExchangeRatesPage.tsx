import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, Select, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ExchangeRate } from '../../../../src/modules/investment/contract';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { LoadError } from '../../ui/LoadError';
import { useAbilities } from './abilities';
import { formatDecimalText, parseAmountInput } from './amounts';
import { RegistryTabs } from './EnterprisesPage';
import { useUrlParams } from './ProjectsPage';
import { useExchangeRates, useRegistryMutations } from './queries';
import { showServerErrors } from './serverErrors';

type Values = { from: 'USD' | 'VND'; to: 'USD' | 'VND'; rate: string; date?: Dayjs; source: string };
const KEYS = ['dateFrom', 'dateTo'] as const;

/**
 * "Tỷ giá": the State Bank central rates every conversion in the registry names (1 USD = … VND
 * on a day, with its source). The ministry enters them; everyone in the registry reads them.
 */
export function ExchangeRatesPage() {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const can = useAbilities();
  const [params, set] = useUrlParams(KEYS);
  const rates = useExchangeRates(params);
  const { addRate } = useRegistryMutations();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);

  const submit = async (v: Values) => {
    setError(null);
    try {
      const saved = await addRate.mutateAsync({
        from: v.from,
        to: v.to,
        rate: parseAmountInput(v.rate),
        date: v.date?.format('YYYY-MM-DD') ?? '',
        source: v.source.trim(),
      });
      message.success(t('inv.rates.saved', { date: formatDate(saved.date) }));
      form.resetFields(['rate', 'date']);
    } catch (e) {
      setError(showServerErrors(form, ['from', 'to', 'rate', 'date', 'source'], e, lang));
    }
  };

  return (
    <Flex vertical gap={16} data-testid="rates-page">
      <RegistryTabs />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('inv.rates.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('inv.rates.intro')}</Typography.Text>
      {can.manageRates && (
        <Card title={t('inv.rates.add')} size="small">
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          <Form
            form={form}
            layout="vertical"
            onFinish={submit}
            initialValues={{ from: 'USD', to: 'VND', source: 'NHNN tỷ giá trung tâm', date: dayjs() }}
          >
            <Flex gap={12} wrap align="flex-start">
              <Form.Item name="from" label={t('inv.rates.from')} style={{ width: 110 }}>
                <Select options={[{ value: 'USD' }, { value: 'VND' }]} />
              </Form.Item>
              <Form.Item name="to" label={t('inv.rates.to')} style={{ width: 110 }}>
                <Select options={[{ value: 'VND' }, { value: 'USD' }]} />
              </Form.Item>
              <Form.Item
                name="rate"
                label={t('inv.rates.rate')}
                rules={[{ required: true, message: t('inv.required') }]}
                style={{ width: 180 }}
              >
                <Input placeholder="25.450" data-testid="rate-value" />
              </Form.Item>
              <Form.Item
                name="date"
                label={t('inv.rates.date')}
                rules={[{ required: true, message: t('inv.required') }]}
              >
                <DatePicker format="DD/MM/YYYY" data-testid="rate-date" />
              </Form.Item>
              <Form.Item name="source" label={t('inv.rates.source')} style={{ flex: 1, minWidth: 220 }}>
                <Input />
              </Form.Item>
              <Form.Item label=" ">
                <Button type="primary" htmlType="submit" loading={addRate.isPending} data-testid="rate-submit">
                  {t('inv.save')}
                </Button>
              </Form.Item>
            </Flex>
          </Form>
        </Card>
      )}
      <Card size="small">
        <Flex gap={12} style={{ marginBottom: 12 }} wrap>
          <DatePicker.RangePicker
            format="DD/MM/YYYY"
            value={[params.dateFrom ? dayjs(params.dateFrom) : null, params.dateTo ? dayjs(params.dateTo) : null]}
            onChange={(range) =>
              set({ dateFrom: range?.[0]?.format('YYYY-MM-DD'), dateTo: range?.[1]?.format('YYYY-MM-DD') })
            }
            allowEmpty={[true, true]}
          />
        </Flex>
        {rates.isError ? (
          <LoadError error={rates.error} onRetry={() => rates.refetch()} />
        ) : (
          <Table<ExchangeRate>
            rowKey="id"
            size="small"
            loading={rates.isFetching}
            dataSource={rates.data?.items ?? []}
            data-testid="rates-table"
            columns={[
              { title: t('inv.rates.date'), dataIndex: 'date', width: 130, render: (d: string) => formatDate(d) },
              { title: t('inv.rates.pair'), key: 'pair', width: 140, render: (_, r) => `1 ${r.from} =` },
              {
                title: t('inv.rates.rate'),
                key: 'rate',
                align: 'right',
                width: 200,
                render: (_, r) => `${formatDecimalText(r.rate)} ${r.to}`,
              },
              { title: t('inv.rates.source'), dataIndex: 'source' },
            ]}
            pagination={{ pageSize: 50, showSizeChanger: false }}
          />
        )}
      </Card>
    </Flex>
  );
}
