import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Row,
  Select,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { MovementBody, MovementView } from '../../../../src/modules/emulation/contract-cycle';
import { errorText } from '../../app/api';
import { formatDate } from '../../app/format';
import type { MessageKey } from '../../app/i18n';
import { useLocale } from '../../app/locale';
import { LoadError } from '../../ui/LoadError';
import { useEmulationWrite, useMovements } from './queries';

const STATE_COLOURS = { planned: 'default', running: 'green', closed: 'blue' } as const;

/** "Phong trào thi đua": the block's regular and thematic movements with their phases; the organiser launches new ones. */
export function MovementsPanel({ blockId }: { blockId: string }) {
  const { t } = useLocale();
  const list = useMovements(blockId);
  const [open, setOpen] = useState(false);
  if (list.error) return <LoadError error={list.error} onRetry={() => list.refetch()} />;
  return (
    <Flex vertical gap={12} data-testid="movements-panel">
      {list.data?.canManage && (
        <Button
          icon={<PlusOutlined />}
          onClick={() => setOpen(true)}
          style={{ alignSelf: 'start' }}
          data-testid="movement-new"
        >
          {t('emulation.movement.new')}
        </Button>
      )}
      <List<MovementView>
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('emulation.movement.none') }}
        renderItem={(m) => (
          <List.Item key={m.id}>
            <Flex vertical gap={6} style={{ width: '100%' }}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{m.name}</Typography.Text>
                <Tag>{t(`emulation.movement.kind.${m.kind}` as MessageKey)}</Tag>
                <Tag color={STATE_COLOURS[m.state]}>{t(`emulation.movement.state.${m.state}` as MessageKey)}</Tag>
              </Flex>
              <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                <Descriptions.Item label={t('emulation.movement.authority')}>
                  {m.authority}
                  {m.decisionNo ? ` · ${m.decisionNo}` : ''}
                  {m.decisionDate ? ` (${formatDate(m.decisionDate)})` : ''}
                </Descriptions.Item>
                <Descriptions.Item label={t('emulation.movement.period')}>
                  {formatDate(m.startsOn)} – {m.endsOn ? formatDate(m.endsOn) : '…'}
                </Descriptions.Item>
                <Descriptions.Item label={t('emulation.movement.goals')}>{m.goals}</Descriptions.Item>
                <Descriptions.Item label={t('emulation.movement.scope')}>{m.scope}</Descriptions.Item>
                <Descriptions.Item label={t('emulation.movement.criteria')} span={2}>
                  <span style={{ whiteSpace: 'pre-wrap' }}>{m.criteria}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('emulation.movement.phases')} span={2}>
                  {m.phases
                    .map((p) => `${t(`emulation.phase.${p.kind}` as MessageKey)}: ${formatDate(p.on)}`)
                    .join(' · ')}
                </Descriptions.Item>
              </Descriptions>
            </Flex>
          </List.Item>
        )}
      />
      <MovementModal blockId={blockId} open={open} onClose={() => setOpen(false)} />
    </Flex>
  );
}

type Values = Omit<MovementBody, 'startsOn' | 'endsOn' | 'decisionDate' | 'phases'> & {
  period: [Dayjs, Dayjs | null];
  decisionDate?: Dayjs;
  midTerm?: Dayjs;
};

function MovementModal({ blockId, open, onClose }: { blockId: string; open: boolean; onClose: () => void }) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const save = useEmulationWrite<MovementBody>('post', () => `/api/emulation/blocks/${blockId}/movements`);
  const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
  const submit = async (v: Values) => {
    const [start, end] = v.period;
    const phases: MovementBody['phases'] = [{ kind: 'launch', on: day(start)! }];
    if (v.midTerm) phases.push({ kind: 'mid_term', on: day(v.midTerm)! });
    if (end) phases.push({ kind: 'final', on: day(end)! });
    try {
      await save.mutateAsync({
        kind: v.kind,
        name: v.name,
        authority: v.authority,
        decisionNo: v.decisionNo ?? null,
        decisionDate: day(v.decisionDate),
        goals: v.goals,
        scope: v.scope,
        criteria: v.criteria,
        startsOn: day(start)!,
        endsOn: day(end),
        phases,
      });
      message.success(t('emulation.saved'));
      form.resetFields();
      onClose();
    } catch (e) {
      setError(errorText(e, lang));
    }
  };
  const required = [{ required: true, whitespace: true, message: t('emulation.required') }];
  return (
    <Modal
      open={open}
      width={760}
      title={t('emulation.movement.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      forceRender
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'regular' }}>
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item name="name" label={t('emulation.name')} rules={required}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="kind" label={t('emulation.kind')}>
              <Select
                options={(['regular', 'thematic'] as const).map((k) => ({
                  value: k,
                  label: t(`emulation.movement.kind.${k}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="authority" label={t('emulation.movement.authority')} rules={required}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="decisionNo" label={t('emulation.movement.decisionNo')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="decisionDate" label={t('emulation.date')}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="period"
              label={t('emulation.movement.period')}
              rules={[{ required: true, message: t('emulation.required') }]}
            >
              <DatePicker.RangePicker format="DD/MM/YYYY" allowEmpty={[false, true]} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="midTerm" label={t('emulation.phase.mid_term')}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="goals" label={t('emulation.movement.goals')} rules={required}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="scope" label={t('emulation.movement.scope')} rules={required}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="criteria" label={t('emulation.movement.criteria')} rules={required}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
