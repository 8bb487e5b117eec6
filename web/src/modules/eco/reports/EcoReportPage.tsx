import { DownloadOutlined } from '@ant-design/icons';
import type { ButtonProps } from 'antd';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../app/api';
import { formatDate, formatDateTime } from '../../../app/format';
import { useLocale } from '../../../app/locale';
import { PATHS } from '../../../app/paths';
import { LoadError } from '../../../ui/LoadError';
import { STATUS_COLOURS } from './EcoReportsTab';
import { type EcoReportView, useEcoReport, useEcoReportStep, useSaveEcoReport } from './queries';
import { ReportField } from './ReportField';

/** What the filer typed, as the API takes it: empty values left out, locked fields never sent. */
function typedValues(view: EcoReportView, form: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of view.fields) {
    if (f.source === 'registry' || f.source === 'computed') continue;
    const v = form[f.key];
    if (v === undefined || v === null || v === '') continue;
    // A suggestion left as proposed is not sent, so it follows its parts at the next save.
    if (f.source === 'suggested' && v === view.suggestions[f.key]) continue;
    out[f.key] = Array.isArray(v)
      ? v.map((row) =>
          Object.fromEntries(Object.entries(row ?? {}).filter(([, c]) => c !== undefined && c !== null && c !== '')),
        )
      : v;
  }
  return out;
}

/** Server paths `body.values.capacity.1.unit` as antd names. */
const errorFields = (e: ApiError, lang: 'vi' | 'en') =>
  Object.entries(e.fields)
    .filter(([path]) => path.startsWith('body.values.'))
    .map(([path, m]) => ({
      name: path
        .slice('body.'.length)
        .split('.')
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      errors: [lang === 'vi' ? m.message : m.messageEn],
    }));

/** One eco report: the filer fills and submits it; the Board accepts it or asks for a revision. */
export function EcoReportPage() {
  const { id = '' } = useParams();
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const report = useEcoReport(id);
  const save = useSaveEcoReport(id);
  const stepper = useEcoReportStep(id);
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const view = report.data;
  useEffect(() => {
    if (view) form.setFieldsValue({ values: view.values });
  }, [view, form]);
  if (report.isError) return <LoadError error={report.error} onRetry={() => report.refetch()} />;
  if (!view) return <Spin />;

  const fail = (e: unknown) => {
    if (e instanceof ApiError) {
      const fields = errorFields(e, lang);
      form.setFields(fields as never);
      setError(fields.length > 0 ? `${e.text(lang)} ${t('ecorep.fix')}` : e.text(lang));
    } else setError(String(e));
  };
  const saveNow = async () => {
    const saved = await save.mutateAsync({
      values: typedValues(view, form.getFieldValue('values') ?? {}),
      updatedAt: view.updatedAt,
    });
    return saved;
  };
  const run = async (action: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await action();
      message.success(done);
    } catch (e) {
      fail(e);
    }
  };
  const submit = () =>
    run(async () => {
      const saved = await saveNow();
      await stepper.mutateAsync({ step: 'submit', updatedAt: saved.updatedAt });
    }, t('ecorep.submitted'));
  const busy = save.isPending || stepper.isPending;

  return (
    <Flex vertical gap={16} data-testid="eco-report">
      <Link to={`${PATHS.eco}?tab=reports`}>{t('ecorep.back')}</Link>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {view.name[lang]} — {view.year}
          </Typography.Title>
          <Typography.Text type="secondary">
            {view.park.name} · {view.enterprise.name} · {t('ecorep.deadline')} {formatDate(view.deadline)}
          </Typography.Text>
        </div>
        <Space wrap>
          <Tag color={STATUS_COLOURS[view.status]} data-testid="report-status">
            {t(`ecorep.status.${view.status}`)}
          </Tag>
          {view.late && <Tag color="red">{t('ecorep.late')}</Tag>}
          <Button icon={<DownloadOutlined />} href={`/api/eco/reports/${view.id}.xlsx`}>
            {t('ecorep.export')}
          </Button>
          {view.can.edit && (
            <Button loading={busy} onClick={() => run(saveNow, t('ecorep.saved'))} data-testid="report-save">
              {t('ecorep.save')}
            </Button>
          )}
          {view.can.submit && (
            <Button type="primary" loading={busy} onClick={submit} data-testid="report-submit">
              {t('ecorep.submit')}
            </Button>
          )}
          {view.can.requestRevision && (
            <Button danger onClick={() => setAsking(true)} data-testid="report-revision">
              {t('ecorep.revision')}
            </Button>
          )}
          {view.can.accept && (
            <Button
              type="primary"
              loading={busy}
              data-testid="report-accept"
              onClick={() =>
                run(() => stepper.mutateAsync({ step: 'accept', updatedAt: view.updatedAt }), t('ecorep.accepted'))
              }
            >
              {t('ecorep.accept')}
            </Button>
          )}
        </Space>
      </Flex>
      {view.revisionReason && view.status === 'revision_requested' && (
        <Alert type="warning" showIcon title={`${t('ecorep.revisionReason')}: ${view.revisionReason}`} />
      )}
      {error && <Alert type="error" showIcon title={error} data-testid="report-error" />}
      {view.warnings.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('ecorep.warnings')}
          description={view.warnings.map((w) => w[lang]).join(' · ')}
        />
      )}
      <Form form={form} layout="vertical" disabled={!view.can.edit}>
        <Flex vertical gap={12}>
          {view.sections.map((s) => (
            <Card key={s.id} size="small" title={s.title[lang]}>
              {view.fields
                .filter((f) => f.section === s.id)
                .map((f) => (
                  <ReportField key={f.key} f={f} value={view.values[f.key]} editable={view.can.edit} />
                ))}
            </Card>
          ))}
        </Flex>
      </Form>
      <Card size="small" title={t('ecorep.history')}>
        <Timeline
          items={view.events.map((e) => ({
            children: `${formatDateTime(e.at)} · ${t(`ecorep.status.${e.status}`)}${e.by ? ` · ${e.by}` : ''}${e.note ? ` — ${e.note}` : ''}`,
          }))}
        />
        <Typography.Text type="secondary">
          {t('ecorep.basis')}: {view.legalBasis.join('; ')}
        </Typography.Text>
      </Card>
      <Modal
        open={asking}
        title={t('ecorep.revision')}
        onCancel={() => setAsking(false)}
        okButtonProps={
          {
            loading: stepper.isPending,
            disabled: reason.trim().length < 5,
            'data-testid': 'revision-ok',
          } as ButtonProps
        }
        onOk={() =>
          run(async () => {
            await stepper.mutateAsync({ step: 'revision', reason, updatedAt: view.updatedAt });
            setAsking(false);
          }, t('ecorep.revisionSent'))
        }
      >
        <Input.TextArea
          rows={3}
          placeholder={t('ecorep.revisionReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          data-testid="revision-reason"
        />
      </Modal>
    </Flex>
  );
}
