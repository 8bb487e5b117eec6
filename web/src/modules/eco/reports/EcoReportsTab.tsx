import type { ButtonProps } from 'antd';
import { Alert, Button, Flex, Form, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDate, formatDateTime, todayInVietnam } from '../../../app/format';
import { useLocale } from '../../../app/locale';
import { PATHS } from '../../../app/paths';
import { useMe } from '../../../app/session';
import { applyServerErrors } from '../../../ui/formErrors';
import { LoadError } from '../../../ui/LoadError';
import { useEnterpriseParks } from '../queries';
import { type EcoReportSummary, useCreateEcoReport, useEcoReports } from './queries';

export const STATUS_COLOURS: Record<EcoReportSummary['status'], string> = {
  draft: 'default',
  submitted: 'processing',
  accepted: 'success',
  revision_requested: 'warning',
};
const FORMS = ['A.4', 'A.5', 'B.4', 'B.5'] as const;
const lastYear = () => Number(todayInVietnam().slice(0, 4)) - 1;
export const reportPath = (id: string) => `${PATHS.eco}/bao-cao/${id}`;

function CreateReport({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, lang } = useLocale();
  const { data: me } = useMe();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  const create = useCreateEcoReport();
  const parks = useEnterpriseParks(me?.scope.enterpriseId ?? undefined);
  const forms = me?.role === 'developer' ? ['A.4', 'A.5'] : ['B.4', 'B.5'];
  const years = Array.from({ length: lastYear() - 2021 }, (_, i) => lastYear() - i);
  const submit = async (v: { form: string; year: number; parkId: string }) => {
    setError(null);
    try {
      const view = await create.mutateAsync(v);
      onClose();
      navigate(reportPath(view.id));
    } catch (e) {
      setError(applyServerErrors(form, ['form', 'year', 'parkId'], e, lang));
    }
  };
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('ecorep.new')}
      okText={t('ecorep.create')}
      onOk={() => form.submit()}
      okButtonProps={{ loading: create.isPending, 'data-testid': 'ecorep-create' } as ButtonProps}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ form: forms[0], year: lastYear() }}>
        <Form.Item name="form" label={t('ecorep.form')} rules={[{ required: true }]}>
          <Select data-testid="ecorep-form" options={forms.map((f) => ({ value: f, label: `Mẫu ${f}` }))} />
        </Form.Item>
        <Form.Item name="year" label={t('ecorep.year')} rules={[{ required: true }]}>
          <Select options={years.map((y) => ({ value: y, label: String(y) }))} />
        </Form.Item>
        <Form.Item name="parkId" label={t('ecorep.park')} rules={[{ required: true }]}>
          <Select
            data-testid="ecorep-park"
            loading={parks.isLoading}
            options={(parks.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The eco reports in the user's scope: the filer's own, the Board's to accept, the ministry's all. */
export function EcoReportsTab({ enterpriseId }: { enterpriseId?: string }) {
  const { t } = useLocale();
  const { data: me } = useMe();
  const [status, setStatus] = useState<string | undefined>();
  const [formFilter, setFormFilter] = useState<string | undefined>();
  const [open, setOpen] = useState(false);
  const list = useEcoReports({ status, form: formFilter, enterpriseId });
  const canFile = !enterpriseId && (me?.role === 'developer' || me?.role === 'enterprise');
  return (
    <Flex vertical gap={12} data-testid="eco-reports">
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 900 }}>
        {t('ecorep.intro')}
      </Typography.Paragraph>
      <Space wrap>
        <Select
          allowClear
          placeholder={t('ecorep.form')}
          style={{ width: 160 }}
          value={formFilter}
          onChange={setFormFilter}
          options={FORMS.map((f) => ({ value: f, label: `Mẫu ${f}` }))}
        />
        <Select
          allowClear
          placeholder={t('ecorep.status')}
          style={{ width: 200 }}
          value={status}
          onChange={setStatus}
          data-testid="ecorep-status-filter"
          options={(['draft', 'submitted', 'accepted', 'revision_requested'] as const).map((s) => ({
            value: s,
            label: t(`ecorep.status.${s}`),
          }))}
        />
        {canFile && (
          <Button type="primary" onClick={() => setOpen(true)} data-testid="ecorep-new">
            {t('ecorep.new')}
          </Button>
        )}
      </Space>
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Table<EcoReportSummary>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t('ecorep.empty') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            {
              title: t('ecorep.form'),
              key: 'form',
              render: (_, r) => <Link to={reportPath(r.id)}>{`Mẫu ${r.form}`}</Link>,
            },
            { title: t('ecorep.year'), dataIndex: 'year', width: 90 },
            { title: t('ecorep.park'), key: 'park', render: (_, r) => r.park.name },
            { title: t('ecorep.enterprise'), key: 'enterprise', render: (_, r) => r.enterprise.name },
            {
              title: t('ecorep.status'),
              key: 'status',
              render: (_, r) => (
                <Space size={4}>
                  <Tag color={STATUS_COLOURS[r.status]}>{t(`ecorep.status.${r.status}`)}</Tag>
                  {r.late && <Tag color="red">{t('ecorep.late')}</Tag>}
                </Space>
              ),
            },
            { title: t('ecorep.submittedAt'), key: 'submittedAt', render: (_, r) => formatDateTime(r.submittedAt) },
            { title: t('ecorep.deadline'), key: 'deadline', render: (_, r) => formatDate(r.deadline) },
            {
              key: 'open',
              render: (_, r) => (
                <Link to={reportPath(r.id)}>
                  <Button
                    size="small"
                    type={r.can.accept ? 'primary' : 'default'}
                    data-testid={`open-report-${r.form}`}
                  >
                    {r.can.accept ? t('ecorep.accept') : t('ecorep.open')}
                  </Button>
                </Link>
              ),
            },
          ]}
        />
      )}
      {canFile && <CreateReport open={open} onClose={() => setOpen(false)} />}
    </Flex>
  );
}
