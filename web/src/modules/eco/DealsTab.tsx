import { App, Button, DatePicker, Form, Input, Modal, Space, Table, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Deal, DealStatus } from '../../../../src/modules/eco/contract';
import { errorText } from '../../app/api';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { LoadError } from '../../ui/LoadError';
import { ImpactDialog } from './ImpactDialog';
import { DealStatusTag, decimal, quantityText } from './labels';
import { useDeals, useMoveDeal } from './queries';

/** The facilitator's deal board: each deal with both sides, its history and its next steps. */
export function DealsTab() {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const deals = useDeals();
  const move = useMoveDeal();
  const [moving, setMoving] = useState<{ deal: Deal; status: DealStatus } | null>(null);
  const [measuring, setMeasuring] = useState<Deal | null>(null);
  const [form] = Form.useForm<{ date: Dayjs; note?: string }>();
  if (deals.isError) return <LoadError error={deals.error} onRetry={() => deals.refetch()} />;

  const submit = async (v: { date: Dayjs; note?: string }) => {
    if (!moving) return;
    try {
      await move.mutateAsync({
        id: moving.deal.id,
        status: moving.status,
        date: v.date.format('YYYY-MM-DD'),
        note: v.note ?? '',
      });
      message.success(t('eco.deal.moved'));
      setMoving(null);
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };

  return (
    <>
      <Table<Deal>
        rowKey="id"
        size="middle"
        loading={deals.isPending}
        dataSource={deals.data?.items ?? []}
        locale={{ emptyText: t('eco.deal.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="deal-table"
        expandable={{
          expandedRowRender: (d) => (
            <>
              {d.impacts.length > 0 && (
                <Typography.Paragraph>
                  {d.impacts
                    .map(
                      (i) =>
                        `${i.year}: ${decimal(i.tonnesDiverted)} t · ${decimal(i.waterM3)} m³ · ${decimal(i.energyMwh)} MWh · ${decimal(i.tco2e)} tCO₂e · ${decimal(i.costSavedMillionVnd)} ${t('eco.impact.millionVnd')}`,
                    )
                    .join(' — ')}
                </Typography.Paragraph>
              )}
              <Timeline
                items={d.events.map((e) => ({
                  children: (
                    <>
                      <DealStatusTag status={e.status} t={t} /> {formatDate(e.date)}{' '}
                      {e.note && <Typography.Text type="secondary">— {e.note}</Typography.Text>}
                    </>
                  ),
                }))}
              />
            </>
          ),
        }}
        columns={[
          {
            title: t('eco.deal.offer'),
            render: (_, d) => `${d.offer.title} — ${d.offer.enterpriseName} (${quantityText(d.offer, t)})`,
          },
          {
            title: t('eco.deal.need'),
            render: (_, d) => `${d.need.title} — ${d.need.enterpriseName} (${quantityText(d.need, t)})`,
          },
          { title: t('eco.col.park'), render: (_, d) => d.offer.parkName },
          { title: t('eco.score'), render: (_, d) => decimal(Math.round(d.score * 100)) },
          { title: t('eco.col.status'), render: (_, d) => <DealStatusTag status={d.status} t={t} /> },
          {
            title: '',
            render: (_, d) => (
              <Space wrap>
                {d.nextStatuses.map((s) => (
                  <Button
                    key={s}
                    size="small"
                    danger={s === 'ended'}
                    onClick={() => {
                      form.setFieldsValue({ date: dayjs(), note: '' });
                      setMoving({ deal: d, status: s });
                    }}
                    data-testid={`move-${s}`}
                  >
                    {t(`eco.deal.status.${s}`)}
                  </Button>
                ))}
                {d.canFacilitate && d.events.some((e) => e.status === 'operating') && (
                  <Button size="small" type="link" onClick={() => setMeasuring(d)}>
                    {t('eco.impact.record')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={moving !== null}
        title={moving ? t('eco.deal.move', { status: t(`eco.deal.status.${moving.status}`) }) : ''}
        onCancel={() => setMoving(null)}
        onOk={() => form.submit()}
        okText={t('eco.save')}
        cancelText={t('eco.cancel')}
        confirmLoading={move.isPending}
        okButtonProps={{ id: 'move-confirm' }}
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="date" label={t('eco.deal.date')} rules={[{ required: true }]}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="note" label={t('eco.deal.note')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
      <ImpactDialog deal={measuring} onClose={() => setMeasuring(null)} />
    </>
  );
}
