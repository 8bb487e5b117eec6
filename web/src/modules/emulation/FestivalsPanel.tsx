import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, DatePicker, Flex, Form, Input, InputNumber, Modal, Row, Select, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { MemberView } from '../../../../src/modules/emulation/contract';
import type { FestivalBody, FestivalSummary } from '../../../../src/modules/emulation/festivals/contract';
import { errorText } from '../../app/api';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { LoadError } from '../../ui/LoadError';
import { useFestivals } from './festival-queries';
import { useEmulationWrite } from './queries';

/** "Hội thao": the block's festivals by edition; the organiser records a new one. */
export function FestivalsPanel({ blockId, members }: { blockId: string; members: MemberView[] }) {
  const { t } = useLocale();
  const list = useFestivals(blockId);
  const [open, setOpen] = useState(false);
  if (list.error) return <LoadError error={list.error} onRetry={() => list.refetch()} />;
  const items = list.data?.items ?? [];
  return (
    <Flex vertical gap={12} data-testid="festivals-panel">
      {list.data?.canManage && (
        <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} style={{ alignSelf: 'start' }}>
          {t('emulation.festival.new')}
        </Button>
      )}
      <Table<FestivalSummary>
        rowKey="id"
        size="small"
        pagination={false}
        loading={list.isLoading}
        dataSource={items}
        locale={{ emptyText: t('emulation.festival.none') }}
        columns={[
          {
            title: t('emulation.festival.edition'),
            render: (_, f) => (
              <Link to={`${PATHS.emulation}/hoi-thao/${f.id}`}>
                {t('emulation.festival.editionN', { n: f.edition })}
              </Link>
            ),
          },
          { title: t('emulation.name'), dataIndex: 'name' },
          { title: t('emulation.period'), render: (_, f) => `${formatDate(f.startsOn)} – ${formatDate(f.endsOn)}` },
          { title: t('emulation.host'), render: (_, f) => f.host.shortName },
          { title: t('emulation.festival.nextHost'), render: (_, f) => f.nextHost?.shortName ?? '—' },
        ]}
      />
      {open && (
        <FestivalModal
          blockId={blockId}
          members={members}
          next={Math.max(0, ...items.map((f) => f.edition)) + 1}
          onClose={() => setOpen(false)}
        />
      )}
    </Flex>
  );
}

type Values = {
  edition: number;
  name: string;
  hostUnitId: string;
  nextHostUnitId?: string;
  period: [Dayjs, Dayjs];
  place?: string;
};

function FestivalModal(props: { blockId: string; members: MemberView[]; next: number; onClose: () => void }) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const save = useEmulationWrite<FestivalBody>('post', () => `/api/emulation/blocks/${props.blockId}/festivals`);
  const options = props.members.map((m) => ({ value: m.unit.id, label: m.unit.shortName }));
  const submit = async (v: Values) => {
    try {
      await save.mutateAsync({
        edition: v.edition,
        year: v.period[0].year(),
        name: v.name,
        hostUnitId: v.hostUnitId,
        nextHostUnitId: v.nextHostUnitId ?? null,
        startsOn: v.period[0].format('YYYY-MM-DD'),
        endsOn: v.period[1].format('YYYY-MM-DD'),
        place: v.place ?? null,
      });
      message.success(t('emulation.saved'));
      props.onClose();
    } catch (e) {
      setError(errorText(e, lang));
    }
  };
  const required = [{ required: true, message: t('emulation.required') }];
  return (
    <Modal
      open
      width={680}
      title={t('emulation.festival.new')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ edition: props.next }} onFinish={submit}>
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item name="edition" label={t('emulation.festival.edition')} rules={required}>
              <InputNumber min={1} max={200} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={18}>
            <Form.Item name="name" label={t('emulation.name')} rules={required}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="hostUnitId" label={t('emulation.host')} rules={required}>
              <Select options={options} showSearch optionFilterProp="label" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="nextHostUnitId" label={t('emulation.festival.nextHost')}>
              <Select options={options} allowClear showSearch optionFilterProp="label" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="period" label={t('emulation.period')} rules={required}>
              <DatePicker.RangePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="place" label={t('emulation.place')}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
