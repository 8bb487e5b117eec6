import { Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import {
  ESTABLISHMENT_ACT_LABELS,
  type ParkEventBody,
  type ParkEventKind,
} from '../../../../src/modules/zones/contract';
import { todayInVietnam } from '../../app/format';
import { useLocale } from '../../app/locale';
import { DATE_FORMAT, decimalInput, optionsOf, toDay } from './labels';

export interface EventValues {
  date?: Dayjs;
  approved?: boolean;
  act?: string;
  area?: string;
  areaBefore?: string;
  areaAfter?: string;
  termYears?: number;
  note?: string;
  decision?: { number?: string; date?: Dayjs; issuer?: string };
}

/** The form paths of an event's fields under `prefix`, for placing the server's field errors. */
export const eventFieldPaths = (prefix: string[]): string[][] =>
  ['date', 'approved', 'act', 'area', 'areaBefore', 'areaAfter', 'termYears', 'note']
    .map((f) => [...prefix, f])
    .concat([
      [...prefix, 'decision', 'number'],
      [...prefix, 'decision', 'date'],
      [...prefix, 'decision', 'issuer'],
    ]);

/** The event as the API takes it; a decision without a date is dated on the event's day. */
export function eventBody(kind: ParkEventKind, v: EventValues): ParkEventBody {
  const date = toDay(v.date) ?? '';
  const number = v.decision?.number?.trim();
  const decision = number
    ? {
        number,
        date: toDay(v.decision?.date) ?? date,
        ...(v.decision?.issuer?.trim() ? { issuer: v.decision.issuer.trim() } : {}),
      }
    : undefined;
  const base = { date, ...(decision ? { decision } : {}), ...(v.note?.trim() ? { note: v.note.trim() } : {}) };
  switch (kind) {
    case 'planned':
      return { ...base, kind, approved: Boolean(v.approved) };
    case 'established':
      return { ...base, kind, act: v.act as never, area: decimalInput(v.area) ?? '' };
    case 'area_increased':
    case 'area_decreased':
      return {
        ...base,
        kind,
        areaBefore: decimalInput(v.areaBefore) ?? '',
        areaAfter: decimalInput(v.areaAfter) ?? '',
      };
    case 'converted_to_urban_service':
      return { ...base, kind, ...(v.termYears ? { termYears: v.termYears } : {}) };
    default:
      return { ...base, kind };
  }
}

/** The fields of one lifecycle event, by kind (the rules are checked by the server over the history). */
export function EventFields({ kind, prefix = [] }: { kind: ParkEventKind; prefix?: string[] }) {
  const { lang, t } = useLocale();
  const name = (...rest: string[]) => [...prefix, ...rest];
  const today = dayjs(todayInVietnam());
  const decisionNeeded = !['construction_started', 'operating', 'planned'].includes(kind);
  const date = (
    <DatePicker format={DATE_FORMAT} disabledDate={(d) => d.isAfter(today, 'day')} style={{ width: '100%' }} />
  );
  return (
    <>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name={name('date')}
            label={t('parkEvent.date')}
            rules={[{ required: true, message: t('parkEvent.dateRequired') }]}
          >
            {/* the test id goes on the picker's input through the wrapper */}
            <DatePicker
              format={DATE_FORMAT}
              disabledDate={(d) => d.isAfter(today, 'day')}
              style={{ width: '100%' }}
              data-testid="event-date"
            />
          </Form.Item>
        </Col>
        {kind === 'planned' && (
          <Col span={12}>
            <Form.Item name={name('approved')} label={t('parkEvent.approved')} valuePropName="checked" initialValue>
              <Switch data-testid="event-approved" />
            </Form.Item>
          </Col>
        )}
        {kind === 'converted_to_urban_service' && (
          <Col span={12}>
            <Form.Item name={name('termYears')} label={t('parkEvent.termYears')}>
              <InputNumber min={1} max={99} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        )}
      </Row>
      {kind === 'established' && (
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item
              name={name('act')}
              label={t('parkEvent.act')}
              rules={[{ required: true, message: t('parkEvent.actRequired') }]}
            >
              <Select
                options={optionsOf(ESTABLISHMENT_ACT_LABELS, lang)}
                popupMatchSelectWidth={false}
                data-testid="event-act"
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item
              name={name('area')}
              label={t('parkEvent.area')}
              rules={[{ required: true, message: t('parkEvent.areaRequired') }]}
            >
              <Input suffix="ha" inputMode="decimal" placeholder="1.250,5" data-testid="event-area" />
            </Form.Item>
          </Col>
        </Row>
      )}
      {(kind === 'area_increased' || kind === 'area_decreased') && (
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name={name('areaBefore')}
              label={t('parkEvent.areaBefore')}
              rules={[{ required: true, message: t('parkEvent.areaRequired') }]}
            >
              <Input suffix="ha" inputMode="decimal" placeholder="1.250,5" data-testid="event-area-before" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name={name('areaAfter')}
              label={t('parkEvent.areaAfter')}
              rules={[{ required: true, message: t('parkEvent.areaRequired') }]}
            >
              <Input suffix="ha" inputMode="decimal" placeholder="1.250,5" data-testid="event-area-after" />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name={name('decision', 'number')}
            label={t('parkEvent.decisionNo')}
            extra={decisionNeeded ? undefined : t('parkEvent.decisionOptional')}
            rules={
              decisionNeeded ? [{ required: true, whitespace: true, message: t('parkEvent.decisionRequired') }] : []
            }
          >
            <Input maxLength={100} placeholder="1234/QĐ-UBND" data-testid="event-decision-no" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name={name('decision', 'date')}
            label={t('parkEvent.decisionDate')}
            extra={t('parkEvent.decisionDateHint')}
          >
            {date}
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={name('decision', 'issuer')} label={t('parkEvent.issuer')}>
        <Input maxLength={300} data-testid="event-issuer" />
      </Form.Item>
      <Form.Item name={name('note')} label={t('parkEvent.note')}>
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
    </>
  );
}
