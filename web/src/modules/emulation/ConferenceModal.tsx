import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Modal, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { splitBilingual } from '../../../../src/kernel/bilingual';
import {
  type ConferenceBody,
  type ConferenceView,
  ConferenceDocument as DocumentContract,
} from '../../../../src/modules/emulation/contract-cycle';
import { errorText } from '../../app/api';
import { useLocale } from '../../app/locale';
import { type ConferenceDocument, ConferenceDocuments } from './ConferenceDocuments';
import { useEmulationWrite } from './queries';

type Values = {
  edition?: number;
  heldOn: Dayjs;
  place?: string;
  title: string;
  agenda?: string;
  attendees?: string;
  conclusions?: string;
};

/** Agenda and attendees are typed one per line ("08:30 Khai mạc"; "Nguyễn Văn A, Trưởng ban, BQL Quảng Ninh"). */
function parseAgenda(text: string | undefined) {
  return (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const m = /^(\d{1,2}[:h]\d{2})\s+(.*)$/.exec(l);
      return m ? { time: m[1]!, item: m[2]! } : { item: l };
    });
}
function parseAttendees(text: string | undefined) {
  return (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const parts = l.split(',').map((p) => p.trim());
      if (parts.length >= 3)
        return { name: parts[0]!, position: parts.slice(1, -1).join(', '), organisation: parts.at(-1)! };
      return { name: parts[0]!, organisation: parts[1] ?? parts[0]! };
    });
}

export function ConferenceModal(props: {
  blockId: string;
  conference: ConferenceView | null;
  next: number;
  onClose: () => void;
}) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const c = props.conference;
  const [error, setError] = useState<string | null>(null);
  const [documents, setDocuments] = useState<ConferenceDocument[]>(c?.documents ?? []);
  const [docErrors, setDocErrors] = useState<Record<string, string>>({});
  const save = useEmulationWrite<ConferenceBody>(c ? 'put' : 'post', () =>
    c ? `/api/emulation/conferences/${c.id}` : `/api/emulation/blocks/${props.blockId}/conferences`,
  );
  const initial: Partial<Values> = c
    ? {
        edition: c.edition ?? undefined,
        heldOn: dayjs(c.heldOn),
        place: c.place ?? '',
        title: c.title,
        agenda: c.agenda.map((a) => (a.time ? `${a.time} ${a.item}` : a.item)).join('\n'),
        attendees: c.attendees.map((a) => [a.name, a.position, a.organisation].filter(Boolean).join(', ')).join('\n'),
        conclusions: c.conclusions ?? '',
      }
    : { edition: props.next, title: t('emulation.club.defaultTitle') };
  const submit = async (v: Values) => {
    // The rows are checked by the contract the server uses, so a bad link shows beside its field.
    const found: Record<string, string> = {};
    documents.forEach((d, i) => {
      const r = DocumentContract.safeParse(d);
      if (!r.success)
        for (const issue of r.error.issues) {
          const both = splitBilingual(issue.message);
          found[`documents.${i}.${issue.path.join('.')}`] ??= both
            ? lang === 'vi'
              ? both.vi
              : both.en
            : t('emulation.required');
        }
    });
    setDocErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await save.mutateAsync({
        edition: v.edition ?? null,
        year: v.heldOn.year(),
        hostUnitId: c?.hostUnitId ?? null,
        heldOn: v.heldOn.format('YYYY-MM-DD'),
        place: v.place?.trim() || null,
        title: v.title,
        agenda: parseAgenda(v.agenda),
        attendees: parseAttendees(v.attendees),
        documents,
        conclusions: v.conclusions?.trim() || null,
      });
      message.success(t('emulation.saved'));
      props.onClose();
    } catch (e) {
      setError(errorText(e, lang));
    }
  };
  const [form] = Form.useForm<Values>();
  return (
    <Modal
      open
      width={980}
      title={c ? t('emulation.edit') : t('emulation.club.newConference')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item name="edition" label={t('emulation.club.editionNo')}>
              <InputNumber min={1} max={500} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="heldOn"
              label={t('emulation.date')}
              rules={[{ required: true, message: t('emulation.required') }]}
            >
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="place" label={t('emulation.place')}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="title"
          label={t('emulation.club.title')}
          rules={[{ required: true, whitespace: true, message: t('emulation.required') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="agenda" label={t('emulation.club.agendaHint')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="attendees" label={t('emulation.club.attendeesHint')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item label={t('emulation.club.documents')}>
          <ConferenceDocuments documents={documents} onChange={setDocuments} errors={docErrors} />
        </Form.Item>
        <Form.Item name="conclusions" label={t('emulation.club.conclusions')}>
          <Input.TextArea rows={6} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
