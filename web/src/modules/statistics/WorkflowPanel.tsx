import { Alert, App, Button, Card, Collapse, Flex, Form, Input, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { FormCode } from '../../../../src/modules/statistics/contract';
import {
  type FormWorkflowView,
  SUBMISSION_STATUS_LABELS,
  type SubmissionStatus,
  type SubmissionSummary,
  WORKFLOW_ACTION_LABELS,
  type WorkflowAction,
} from '../../../../src/modules/statistics/contract-workflow';
import { ROLE_LABELS, type Role } from '../../../../src/platform/auth/contract';
import { errorText } from '../../app/api';
import { formatDate, formatDateTime } from '../../app/format';
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

/** A step's label in this form's workflow ("Gửi Bộ" where the officer sends without the leader's step). */
export function stepLabel(workflow: FormWorkflowView | null, action: WorkflowAction, lang: 'vi' | 'en'): string {
  const step = workflow?.steps.find((s) => s.action === action);
  return (step?.label ?? WORKFLOW_ACTION_LABELS[action] ?? { vi: action, en: action })[lang];
}

/** The form's workflow version: its steps in order, who takes each, and its basis. */
function WorkflowSteps({ workflow }: { workflow: FormWorkflowView }) {
  const { lang, t } = useLocale();
  const roles = (list: string[]) => list.map((r) => ROLE_LABELS[r as Role]?.[lang] ?? r).join(', ');
  return (
    <Collapse
      size="small"
      ghost
      data-testid="workflow-steps"
      items={[
        {
          key: 'wf',
          label: `${t('stats.wf.process', { process: workflow.process })} – ${workflow.name[lang]}`,
          children: (
            <Flex vertical gap={6}>
              {!workflow.leaderApproval && <Alert type="info" showIcon title={t('stats.wf.noLeader')} />}
              <Typography.Text strong>{t('stats.wf.steps')}</Typography.Text>
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {workflow.steps.map((s) => (
                  <li key={s.action}>
                    {s.label[lang]} → {SUBMISSION_STATUS_LABELS[s.to][lang]}{' '}
                    <Typography.Text type="secondary">({roles(s.roles)})</Typography.Text>
                  </li>
                ))}
              </ol>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('stats.wf.basis')} ({t('stats.wf.validFrom', { from: formatDate(workflow.validFrom) })}):{' '}
                {workflow.basis[lang]}
              </Typography.Text>
            </Flex>
          ),
        },
      ]}
    />
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
  workflow,
}: {
  code: FormCode;
  period: string;
  latest: SubmissionSummary | null;
  canPrepare: boolean;
  country: boolean;
  /** The newest version's workflow, or the one a new version would follow. */
  workflow: FormWorkflowView | null;
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
                  {stepLabel(workflow, a, lang)}
                </Button>
              ))}
            </Flex>
          )}
          {step.error && !asking && <Alert type="error" showIcon title={errorText(step.error, lang)} />}
          {workflow && <WorkflowSteps workflow={workflow} />}
        </Flex>
      )}
      <Modal
        open={asking !== null}
        title={asking ? stepLabel(workflow, asking, lang) : ''}
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
