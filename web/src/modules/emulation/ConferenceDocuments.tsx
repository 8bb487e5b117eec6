import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import type { ConferenceBody } from '../../../../src/modules/emulation/contract-cycle';
import type { MessageKey } from '../../app/i18n';
import { useLocale } from '../../app/locale';

export type ConferenceDocument = ConferenceBody['documents'][number];
const KINDS = ['report', 'conclusion', 'minutes', 'pact', 'decision', 'other'] as const;

/** The conference's document list: kind, number, date, title and a link where it can be read. */
export function ConferenceDocuments(props: {
  documents: ConferenceDocument[];
  onChange: (documents: ConferenceDocument[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useLocale();
  const set = (i: number, patch: Partial<ConferenceDocument>) =>
    props.onChange(props.documents.map((d, k) => (k === i ? { ...d, ...patch } : d)));
  const status = (path: string) =>
    props.errors[path] ? { validateStatus: 'error' as const, help: props.errors[path] } : {};
  return (
    <Flex vertical gap={4} data-testid="conference-documents">
      {props.documents.map((d, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; the position is the row.
        <Flex key={i} gap={6} align="start" wrap data-testid={`conference-document-${i}`}>
          <Form.Item style={{ width: 130, marginBottom: 4 }}>
            <Select
              value={d.kind}
              onChange={(kind) => set(i, { kind })}
              options={KINDS.map((k) => ({ value: k, label: t(`emulation.doc.kind.${k}` as MessageKey) }))}
              data-testid="doc-kind"
            />
          </Form.Item>
          <Form.Item style={{ width: 130, marginBottom: 4 }}>
            <Input
              placeholder={t('emulation.doc.number')}
              value={d.number ?? ''}
              onChange={(e) => set(i, { number: e.target.value || null })}
            />
          </Form.Item>
          <Form.Item style={{ marginBottom: 4 }}>
            <DatePicker
              format="DD/MM/YYYY"
              style={{ width: 130 }}
              value={d.date ? dayjs(d.date) : null}
              onChange={(v) => set(i, { date: v ? v.format('YYYY-MM-DD') : null })}
            />
          </Form.Item>
          <Form.Item style={{ flex: 1, minWidth: 200, marginBottom: 4 }} {...status(`documents.${i}.title`)}>
            <Input
              placeholder={t('emulation.doc.title')}
              value={d.title}
              onChange={(e) => set(i, { title: e.target.value })}
              data-testid="doc-title"
            />
          </Form.Item>
          <Form.Item style={{ flex: 1, minWidth: 200, marginBottom: 4 }} {...status(`documents.${i}.url`)}>
            <Input
              placeholder={t('emulation.doc.url')}
              value={d.url ?? ''}
              onChange={(e) => set(i, { url: e.target.value.trim() || null })}
              data-testid="doc-url"
            />
          </Form.Item>
          <Button
            icon={<DeleteOutlined />}
            aria-label={t('emulation.doc.remove')}
            onClick={() => props.onChange(props.documents.filter((_, k) => k !== i))}
          />
        </Flex>
      ))}
      <Button
        type="dashed"
        icon={<PlusOutlined />}
        style={{ alignSelf: 'start' }}
        onClick={() => props.onChange([...props.documents, { kind: 'report', title: '' }])}
        data-testid="doc-add"
      >
        {t('emulation.doc.add')}
      </Button>
    </Flex>
  );
}
