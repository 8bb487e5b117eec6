import { Alert, Button, Flex, Form, Input, InputNumber, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { FestivalDetail, PrizesBody, PrizeView } from '../../../../src/modules/emulation/festivals/contract';
import { errorText } from '../../app/api';
import type { MessageKey } from '../../app/i18n';
import { useLocale } from '../../app/locale';
import { useEmulationWrite } from './queries';

const KIND_COLOURS = { overall: 'gold', event: 'blue', special: 'green' } as const;

/** The prizes of an edition as awarded (overall, per event, special). */
export function PrizesTable({ prizes }: { prizes: PrizeView[] }) {
  const { t } = useLocale();
  return (
    <Table<PrizeView>
      rowKey={(p) => `${p.kind}-${p.eventId}-${p.place}-${p.unit.id}-${p.name}`}
      size="small"
      pagination={false}
      dataSource={prizes}
      data-testid="festival-prizes"
      locale={{ emptyText: t('emulation.prize.none') }}
      columns={[
        {
          title: t('emulation.prize.kind'),
          width: 150,
          render: (_, p) => <Tag color={KIND_COLOURS[p.kind]}>{t(`emulation.prize.kind.${p.kind}` as MessageKey)}</Tag>,
        },
        { title: t('emulation.prize.name'), render: (_, p) => <Typography.Text strong>{p.name}</Typography.Text> },
        { title: t('emulation.festival.team'), render: (_, p) => p.unit.name },
      ]}
    />
  );
}

type FormValues = { overallPlaces: number; eventPlaces: number; special: { name: string; unitId: string }[] };

/** The organiser or host awards the prizes from the ranking and results as they stand; awarding again replaces them. */
export function AwardPrizesButton({ festival }: { festival: FestivalDetail }) {
  const { t, lang } = useLocale();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<FormValues>();
  const save = useEmulationWrite<PrizesBody>('put', () => `/api/emulation/festivals/${festival.id}/prizes`);
  const special = festival.prizes.filter((p) => p.kind === 'special');
  return (
    <>
      <Button style={{ alignSelf: 'start' }} onClick={() => setOpen(true)} data-testid="award-prizes">
        {t('emulation.prize.award')}
      </Button>
      <Modal
        open={open}
        title={t('emulation.prize.award')}
        onCancel={() => setOpen(false)}
        confirmLoading={save.isPending}
        okText={t('emulation.prize.awardOk')}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Typography.Paragraph type="secondary">{t('emulation.prize.note')}</Typography.Paragraph>
        <Form<FormValues>
          form={form}
          layout="vertical"
          initialValues={{
            overallPlaces: 3,
            eventPlaces: 3,
            special: special.map((p) => ({ name: p.name, unitId: p.unit.id })),
          }}
          onFinish={async (v) => {
            try {
              await save.mutateAsync({
                overallPlaces: v.overallPlaces,
                eventPlaces: v.eventPlaces,
                special: v.special ?? [],
              });
              setError(null);
              setOpen(false);
            } catch (e) {
              setError(errorText(e, lang));
            }
          }}
        >
          <Flex gap={16}>
            <Form.Item name="overallPlaces" label={t('emulation.prize.overallPlaces')}>
              <InputNumber min={0} max={10} />
            </Form.Item>
            <Form.Item name="eventPlaces" label={t('emulation.prize.eventPlaces')}>
              <InputNumber min={0} max={5} />
            </Form.Item>
          </Flex>
          <Typography.Text strong>{t('emulation.prize.special')}</Typography.Text>
          <Form.List name="special">
            {(fields, { add, remove }) => (
              <Flex vertical gap={4} style={{ marginTop: 8 }}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="start">
                    <Form.Item
                      name={[field.name, 'name']}
                      rules={[{ required: true, message: t('emulation.required') }]}
                      style={{ flex: 1, marginBottom: 0 }}
                    >
                      <Input placeholder={t('emulation.prize.specialName')} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'unitId']}
                      rules={[{ required: true, message: t('emulation.required') }]}
                      style={{ width: 200, marginBottom: 0 }}
                    >
                      <Select
                        placeholder={t('emulation.festival.team')}
                        options={festival.teams.map((x) => ({ value: x.unit.id, label: x.unit.shortName }))}
                      />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)}>{t('emulation.prize.remove')}</Button>
                  </Flex>
                ))}
                <Button type="dashed" onClick={() => add({ name: 'Giải Phong cách' })}>
                  {t('emulation.prize.addSpecial')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form>
      </Modal>
    </>
  );
}
