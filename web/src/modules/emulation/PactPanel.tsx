import { Alert, App, Button, DatePicker, Flex, Form, Input, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { PactView } from '../../../../src/modules/emulation/contract-cycle';
import { errorText } from '../../app/api';
import { formatDate } from '../../app/format';
import type { MessageKey } from '../../app/i18n';
import { useLocale } from '../../app/locale';
import { LoadError } from '../../ui/LoadError';
import { RoleTag, UnitLink } from './parts';
import { useEmulationWrite, usePact } from './queries';
import { RegistrationForm } from './RegistrationForm';

type Member = PactView['members'][number];

/** "Giao ước thi đua": the leader drafts it, each member registers its targets, the leader records the signing. */
export function PactPanel({ blockId, year }: { blockId: string; year: number }) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const pact = usePact(blockId, year);
  const base = `/api/emulation/blocks/${blockId}/years/${year}/pact`;
  const draft = useEmulationWrite<{ content: string }>('put', () => base);
  const sign = useEmulationWrite<{ signedOn: string; signedPlace: string }>('post', () => `${base}/sign`);
  const [content, setContent] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      message.success(t('emulation.saved'));
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };

  if (pact.error) return <LoadError error={pact.error} onRetry={() => pact.refetch()} />;
  const p = pact.data;
  if (!p) return null;
  const text = content ?? p.content ?? '';

  return (
    <Flex vertical gap={12} data-testid="pact-panel">
      {p.signedOn ? (
        <Alert
          type="success"
          showIcon
          data-testid="pact-signed"
          title={t('emulation.pact.signed', {
            date: formatDate(p.signedOn),
            place: p.signedPlace ?? '',
            by: p.signedBy?.shortName ?? '',
          })}
        />
      ) : (
        <Alert type="info" showIcon title={p.exists ? t('emulation.pact.open') : t('emulation.pact.none')} />
      )}
      {p.canDraft ? (
        <Flex vertical gap={8}>
          <Input.TextArea
            rows={3}
            value={text}
            onChange={(e) => setContent(e.target.value)}
            placeholder={t('emulation.pact.contentHint')}
            data-testid="pact-content"
          />
          <Button
            style={{ alignSelf: 'start' }}
            disabled={!text.trim()}
            loading={draft.isPending}
            onClick={() => run(() => draft.mutateAsync({ content: text.trim() }))}
            data-testid="pact-save"
          >
            {t('emulation.pact.save')}
          </Button>
        </Flex>
      ) : (
        p.content && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{p.content}</Typography.Paragraph>
      )}
      {p.exists && (
        <Table<Member>
          rowKey={(m) => m.unit.id}
          dataSource={p.members}
          pagination={false}
          size="small"
          data-testid="pact-members"
          columns={[
            { title: t('emulation.unit'), render: (_, m) => <UnitLink unit={m.unit} /> },
            { title: t('emulation.role'), render: (_, m) => <RoleTag role={m.role} /> },
            {
              title: t('emulation.pact.targets'),
              render: (_, m) =>
                m.targets.length ? (
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {m.targets.map((x) => (
                      <li key={x.item}>{[x.item, x.value, x.unit].filter(Boolean).join(' ')}</li>
                    ))}
                  </ul>
                ) : (
                  <Tag color="orange">{t('emulation.pact.notRegistered')}</Tag>
                ),
            },
            {
              title: t('emulation.pact.registeredOn'),
              render: (_, m) => (m.registeredOn ? formatDate(m.registeredOn) : ''),
            },
            {
              title: '',
              render: (_, m) => (m.canRegister ? <TargetsForm blockId={blockId} year={year} member={m} /> : null),
            },
          ]}
        />
      )}
      {p.registrations.length > 0 && (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={p.registrations}
          title={() => t('emulation.pact.registrations')}
          columns={[
            { title: t('emulation.unit'), render: (_, r) => r.unit.shortName },
            { title: t('emulation.pact.subject'), dataIndex: 'subjectName' },
            { title: t('emulation.pact.title'), render: (_, r) => t(`emulation.title.${r.title}` as MessageKey) },
          ]}
        />
      )}
      {p.members
        .filter((m) => m.canRegister)
        .map((m) => (
          <RegistrationForm key={m.unit.id} blockId={blockId} year={year} unit={m.unit} />
        ))}
      {p.canSign && <SignForm onSign={(v) => run(() => sign.mutateAsync(v))} pending={sign.isPending} />}
    </Flex>
  );
}

function TargetsForm({ blockId, year, member }: { blockId: string; year: number; member: Member }) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const [value, setValue] = useState(member.targets.map((x) => x.item).join('\n'));
  const save = useEmulationWrite<{ targets: { item: string }[] }>(
    'put',
    () => `/api/emulation/blocks/${blockId}/years/${year}/pact/targets/${member.unit.id}`,
  );
  const items = value
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  return (
    <Space.Compact style={{ minWidth: 320 }}>
      <Input.TextArea
        autoSize
        value={value}
        onChange={(e) => setValue(e.target.value)}
        placeholder={t('emulation.pact.targetsHint')}
        data-testid="pact-targets-input"
      />
      <Button
        type="primary"
        disabled={items.length === 0}
        loading={save.isPending}
        data-testid="pact-targets-save"
        onClick={async () => {
          try {
            await save.mutateAsync({ targets: items.map((item) => ({ item })) });
            message.success(t('emulation.saved'));
          } catch (e) {
            message.error(errorText(e, lang));
          }
        }}
      >
        {t('emulation.pact.register')}
      </Button>
    </Space.Compact>
  );
}

function SignForm({
  onSign,
  pending,
}: {
  onSign: (v: { signedOn: string; signedPlace: string }) => void;
  pending: boolean;
}) {
  const { t } = useLocale();
  return (
    <Form<{ on: Dayjs; place: string }>
      layout="inline"
      onFinish={(v) => onSign({ signedOn: v.on.format('YYYY-MM-DD'), signedPlace: v.place })}
      data-testid="pact-sign-form"
    >
      <Form.Item
        name="on"
        label={t('emulation.pact.signedOn')}
        rules={[{ required: true, message: t('emulation.required') }]}
      >
        <DatePicker format="DD/MM/YYYY" data-testid="pact-sign-date" />
      </Form.Item>
      <Form.Item
        name="place"
        label={t('emulation.place')}
        rules={[{ required: true, whitespace: true, message: t('emulation.required') }]}
      >
        <Input data-testid="pact-sign-place" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending} data-testid="pact-sign">
        {t('emulation.pact.sign')}
      </Button>
    </Form>
  );
}
