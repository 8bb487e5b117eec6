import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ActionOut, RequirementOut } from '../../../../src/modules/eco/contract';
import { ACTION_STATUSES } from '../../../../src/modules/eco/contract';
import { errorText } from '../../app/api';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { useAddAction, useDeclare, useUpdateAction } from './queries';

/** The actions of one requirement: owner, due date, status (changed in place). */
export function ActionList({ actions }: { actions: ActionOut[] }) {
  const { t } = useLocale();
  const update = useUpdateAction();
  return (
    <>
      {actions.map((a) => (
        <div key={a.id} style={{ marginBottom: 4 }}>
          {a.title} — {a.owner}, {formatDate(a.dueOn)}{' '}
          {a.overdue && <Tag color="red">{t('eco.sc.action.overdue')}</Tag>}
          <Select
            size="small"
            value={a.status}
            style={{ width: 110, marginLeft: 4 }}
            onChange={(status) =>
              update.mutate({ id: a.id, title: a.title, owner: a.owner, dueOn: a.dueOn, note: a.note, status })
            }
            options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`eco.sc.action.status.${s}`) }))}
          />
        </div>
      ))}
    </>
  );
}

export type Editing = { kind: 'declare' | 'action'; requirement: RequirementOut } | null;

/** The dialog to declare a value for a requirement, or to add an action for its gap. */
export function RequirementDialog({
  parkId,
  ruleSet,
  year,
  editing,
  onClose,
}: {
  parkId: string;
  ruleSet: string;
  year: number;
  editing: Editing;
  onClose: () => void;
}) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const declare = useDeclare(parkId);
  const add = useAddAction(parkId);
  const r = editing?.requirement;
  const submit = async (v: {
    value?: boolean | number;
    evidence?: string;
    title?: string;
    owner?: string;
    dueOn?: Dayjs;
  }) => {
    if (!editing || !r) return;
    try {
      if (editing.kind === 'declare')
        await declare.mutateAsync({
          measure: r.measure,
          year,
          value: v.value as boolean | number,
          evidence: v.evidence ?? '',
        });
      else
        await add.mutateAsync({
          ruleSet,
          requirementId: r.id,
          title: v.title,
          owner: v.owner,
          dueOn: v.dueOn?.format('YYYY-MM-DD'),
        });
      message.success(t('eco.sc.declared'));
      form.resetFields();
      onClose();
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };
  return (
    <Modal
      open={editing !== null}
      title={r ? `${r.id} · ${lang === 'vi' ? r.labelVi : r.labelEn}` : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('eco.save')}
      cancelText={t('eco.cancel')}
      confirmLoading={declare.isPending || add.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        {editing?.kind === 'declare' ? (
          <>
            <Form.Item name="value" label={`${t('eco.sc.value')} (${year})`} rules={[{ required: true }]}>
              {r?.unit === 'yes_no' ? (
                <Radio.Group
                  options={[
                    { value: true, label: t('eco.sc.yes') },
                    { value: false, label: t('eco.sc.no') },
                  ]}
                />
              ) : (
                <InputNumber
                  min={0}
                  max={r?.unit === 'percent' ? 100 : undefined}
                  decimalSeparator=","
                  style={{ width: 200 }}
                />
              )}
            </Form.Item>
            <Form.Item
              name="evidence"
              label={t('eco.sc.evidence')}
              rules={[{ required: true }]}
              extra={r ? (lang === 'vi' ? r.evidenceVi : r.evidenceEn) : null}
            >
              <Input />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item name="title" label={t('eco.sc.action.title')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="owner" label={t('eco.sc.action.owner')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="dueOn" label={t('eco.sc.action.due')} rules={[{ required: true }]}>
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

export function DeclareButtons({ r, onEdit }: { r: RequirementOut; onEdit: (e: Editing) => void }) {
  const { t } = useLocale();
  return (
    <>
      {r.source !== 'live' && (
        <Button size="small" onClick={() => onEdit({ kind: 'declare', requirement: r })}>
          {t('eco.sc.declare')}
        </Button>
      )}
      {r.status !== 'met' && (
        <Button size="small" type="link" onClick={() => onEdit({ kind: 'action', requirement: r })}>
          {t('eco.sc.addAction')}
        </Button>
      )}
    </>
  );
}
