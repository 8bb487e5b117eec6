import { Alert, App, type ButtonProps, Form, Modal, Select, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ParkDetail, ParkInfrastructureProjectBody } from '../../../../src/modules/zones/contract';
import { useLocale } from '../../app/locale';
import { placeServerErrors } from './formErrors';
import { useInfrastructureCandidates, useRegistryWrite } from './queries';

/**
 * Links the park to the project that builds its infrastructure: a searchable list of the
 * infrastructure projects of this park and of its province not yet in a park (what the server allows).
 */
export function InfrastructureProjectModal({
  park,
  open,
  onClose,
}: {
  park: ParkDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ projectId?: string }>();
  const [error, setError] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const candidates = useInfrastructureCandidates(park, q);
  const save = useRegistryWrite<ParkInfrastructureProjectBody, ParkDetail>(
    'put',
    () => `/api/parks/${park.id}/infrastructure-project`,
  );

  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  useEffect(() => {
    if (!open) return;
    setError(null);
    setTyped('');
    form.resetFields();
    form.setFieldsValue({ projectId: park.infrastructureProjectId ?? undefined });
  }, [open, form, park.infrastructureProjectId]);

  const submit = async (v: { projectId?: string }) => {
    setError(null);
    try {
      await save.mutateAsync({ updatedAt: park.updatedAt, projectId: v.projectId ?? null });
      message.success(t('infra.projectSaved'));
      onClose();
    } catch (e) {
      setError(placeServerErrors(form, [['projectId']], e, lang));
    }
  };

  const options = (candidates.data ?? []).map((p) => ({
    value: p.id,
    label: (
      <span data-testid={`infra-option-${p.projectCode}`}>
        {p.projectCode} · {p.name}{' '}
        <Tag color={p.parkId ? 'blue' : 'default'}>{t(p.parkId ? 'infra.projectInPark' : 'infra.projectNoPark')}</Tag>
      </span>
    ),
  }));
  return (
    <Modal
      open={open}
      title={t('infra.projectModal', { name: park.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('parkEvent.save')}
      cancelText={t('zones.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'infra-project-submit' } as ButtonProps}
      forceRender
      width={640}
      data-testid="infra-project-modal"
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="projectId"
          label={t('infra.projectPick')}
          extra={<Typography.Text type="secondary">{t('infra.projectPickHint')}</Typography.Text>}
          rules={[{ required: true, message: t('infra.projectRequired') }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setTyped }}
            loading={candidates.isFetching}
            options={options}
            notFoundContent={candidates.isFetching ? '…' : undefined}
            data-testid="infra-project-select"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
