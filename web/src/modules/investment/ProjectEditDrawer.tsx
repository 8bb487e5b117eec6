import { Alert, App, Button, Drawer, Flex, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { ProjectDetail } from '../../../../src/modules/investment/contract';
import { ApiError } from '../../app/api';
import { useLocale } from '../../app/locale';
import { EnterpriseSelect } from './pickers';
import { useRegistryMutations } from './queries';
import { showServerErrors } from './serverErrors';

type Values = { name: string; sectors: string[]; objectives?: string; enterpriseId?: string };
const FIELDS = ['name', 'sectors', 'objectives', 'enterpriseId'];

/**
 * Edits the project's own fields. What the certificate states changes through its events; a
 * save that someone else overtook (409) says so and offers the reloaded project.
 */
export function ProjectEditDrawer({
  open,
  project,
  onClose,
  onReload,
}: {
  open: boolean;
  project: ProjectDetail;
  onClose: () => void;
  onReload: () => void;
}) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const { updateProject } = useRegistryMutations();

  // A new opening starts clean; a reload after a conflict keeps the message.
  useEffect(() => {
    if (open) setError(null);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      name: project.name,
      sectors: project.sectors,
      objectives: project.objectives ?? '',
      enterpriseId: project.enterprise?.id,
    });
  }, [open, project, form]);

  const submit = async (v: Values) => {
    setError(null);
    try {
      await updateProject.mutateAsync({
        id: project.id,
        body: {
          updatedAt: project.updatedAt,
          name: v.name.trim(),
          sectors: v.sectors ?? [],
          objectives: v.objectives?.trim() || null,
          enterpriseId: v.enterpriseId ?? null,
        },
      });
      message.success(t('inv.project.saved'));
      onClose();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONFLICT') {
        setError(`${e.text(lang)} ${t('inv.reloaded')}`);
        onReload();
        return;
      }
      setError(showServerErrors(form, FIELDS, e, lang));
    }
  };

  return (
    <Drawer
      open={open}
      title={t('inv.project.edit', { code: project.projectCode })}
      size={560}
      onClose={onClose}
      forceRender
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('inv.cancel')}</Button>
          <Button
            type="primary"
            loading={updateProject.isPending}
            onClick={() => form.submit()}
            data-testid="project-edit-submit"
          >
            {t('inv.save')}
          </Button>
        </Flex>
      }
      data-testid="project-edit-drawer"
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        <Form.Item name="name" label={t('inv.project.name')} rules={[{ required: true, message: t('inv.required') }]}>
          <Input data-testid="project-edit-name" />
        </Form.Item>
        <Form.Item name="sectors" label={t('inv.project.sectors')}>
          <Select mode="tags" tokenSeparators={[',', ' ']} />
        </Form.Item>
        <Form.Item name="objectives" label={t('inv.project.objectives')} extra={t('inv.project.objectivesHelp')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="enterpriseId" label={t('inv.project.enterprise')}>
          <EnterpriseSelect placeholder={t('inv.filter.enterprise')} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
