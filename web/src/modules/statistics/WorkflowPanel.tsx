import { Alert, App, Button, Card, Flex, Form, Input, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { FormCode } from '../../../../src/modules/statistics/contract';
import {
  SUBMISSION_STATUS_LABELS,
  type SubmissionStatus,
  type SubmissionSummary,
  WORKFLOW_ACTION_LABELS,
  type WorkflowAction,
} from '../../../../src/modules/statistics/contract-workflow';
import { errorText } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { useLocale } from '../../app/locale';
import { useWorkflowStep } from './queries';

export const STATUS_COLOURS: Record<SubmissionStatus, string> = {
  draft: 'default',
  pending: 'gold',
  sent: 'blue',
  accepted: 'green',
  revision_requested: 'red',
};

export function StatusTag({ status }: { status: SubmissionStatus }) {
  const { lang } = useLocale();
  return (
    <Tag color={STATUS_COLOURS[status]} data-testid={`status-${status}`}>
      {SUBMISSION_STATUS_LABELS[status][lang]}
    </Tag>
  );
}

const NEEDS_REASON: readonly WorkflowAction[] = ['return', 'request_revision'];
const PRIMARY: readonly WorkflowAction[] = ['prepare', 'submit', 'approve', 'accept'];

/**
 * The form's place in its workflow for this Board and period: the newest version's status and
 * the steps the signed-in role may take now (the server says which); sending back asks for a
 * reason. Preparing freezes today's figures as a version.
 */
export function WorkflowPanel({
  code,
  period,
  latest,
  canPrepare,
  country,
}: {
  code: FormCode;
  period: string;
  latest: SubmissionSummary | null;
  canPrepare: boolean;
  country: boolean;
}) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const step = useWorkflowStep();
  const [asking, setAsking] = useState<WorkflowAction | null>(null);
  const [form] = Form.useForm<{ reason: string }>();

  const run = (action: WorkflowAction, reason?: string) => {
    const input =
      action === 'prepare'
        ? { action, code, period }
        : { action, id: latest!.id, ...(reason === undefined ? {} : { reason }) };
    step.mutate(input as Parameters<typeof step.mutate>[0], {
      onSuccess: () => {
        setAsking(null);
        form.resetFields();
        message.success(t('stats.wf.done'));
      },
    });
  };

  const actions: WorkflowAction[] = latest ? latest.actions : canPrepare ? ['prepare'] : [];

  return (
    <Card size="small" title={t('stats.wf.title')} data-testid="workflow-panel">
      {country ? (
        <Typography.Text type="secondary">{t('stats.wf.countryHint')}</Typography.Text>
      ) : (
        <Flex vertical gap={10}>
          {latest ? (
            <Flex gap={8} wrap align="center">
              <Typography.Text strong>{latest.reportCode}</Typography.Text>
              <Tag>{t('stats.wf.version', { v: latest.version })}</Tag>
              <StatusTag status={latest.status} />
              <Typography.Text type="secondary">
                {t('stats.wf.frozenAt', { at: formatDateTime(latest.computedAt) })}
              </Typography.Text>
            </Flex>
          ) : (
            <Typography.Text type="secondary" data-testid="workflow-none">
              {t('stats.wf.none')}
            </Typography.Text>
          )}
          {latest?.reason && latest.status === 'revision_requested' && (
            <Alert type="warning" showIcon title={`${t('stats.wf.reason')}: ${latest.reason}`} />
          )}
          {actions.includes('prepare') && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('stats.wf.prepareHint')}
            </Typography.Text>
          )}
          {actions.length > 0 && (
            <Flex gap={8} wrap>
              {actions.map((a) => (
                <Button
                  key={a}
                  type={PRIMARY.includes(a) ? 'primary' : 'default'}
                  danger={NEEDS_REASON.includes(a)}
                  loading={step.isPending && step.variables?.action === a}
                  onClick={() => (NEEDS_REASON.includes(a) ? setAsking(a) : run(a))}
                  data-testid={`wf-${a}`}
                >
                  {WORKFLOW_ACTION_LABELS[a][lang]}
                </Button>
              ))}
            </Flex>
          )}
          {step.error && !asking && <Alert type="error" showIcon title={errorText(step.error, lang)} />}
        </Flex>
      )}
      <Modal
        open={asking !== null}
        title={asking ? WORKFLOW_ACTION_LABELS[asking][lang] : ''}
        okText={t('stats.wf.confirm')}
        cancelText={t('stats.wf.cancel')}
        okButtonProps={{ danger: true, loading: step.isPending, id: 'wf-reason-ok' }}
        onCancel={() => setAsking(null)}
        onOk={() => form.validateFields().then((v) => run(asking!, v.reason))}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="reason"
            label={t('stats.wf.reason')}
            rules={[{ required: true, whitespace: true, message: t('stats.wf.reasonRequired') }, { max: 3000 }]}
          >
            <Input.TextArea rows={4} placeholder={t('stats.wf.reasonPlaceholder')} data-testid="wf-reason" />
          </Form.Item>
        </Form>
        {step.error && <Alert type="error" showIcon title={errorText(step.error, lang)} />}
      </Modal>
    </Card>
  );
}
