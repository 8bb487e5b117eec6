import { Alert, App, Button, Checkbox, Col, DatePicker, Drawer, Flex, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { EVENT_KIND_LABELS, type ProjectDetail } from '../../../../src/modules/investment/contract';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { formatDecimalText, parseAmountInput } from './amounts';
import { InvestorSharesField, OriginPreviewBox, type ShareValue } from './InvestorShares';
import { linesOf } from './ProjectCreateDrawer';
import { useRateOn, useRegistryMutations } from './queries';
import { showServerErrors } from './serverErrors';

type Kind = 'adjusted' | 'reissued' | 'revoked' | 'terminated';
type Values = {
  kind: Kind;
  date?: Dayjs;
  certificateNo?: string;
  documentNo?: string;
  capitalDelta?: { value?: string; currency: 'USD' | 'VND' };
  charterCapitalDelta?: { value?: string };
  landAreaDeltaHa?: string;
  objectives?: string;
  schedule?: string;
  changeInvestors?: boolean;
  investors?: ShareValue[];
  capitalAtEnd?: { value?: string; currency: 'USD' | 'VND' };
};
const FIELDS = [
  'kind',
  'date',
  'certificateNo',
  'documentNo',
  'capitalDelta',
  'charterCapitalDelta',
  'landAreaDeltaHa',
  'objectives',
  'schedule',
  'investors',
  'capitalAtEnd',
];
const orNull = (s: string | undefined) => s?.trim() || null;

/**
 * Records an adjustment (capital up or down, land, objectives, schedule, investors), a re-issue,
 * a revocation or a termination. Amounts are in the certificate's currency; an amount in the
 * other one names the State Bank rate of its day, which the form finds and shows.
 */
export function CertificateEventDrawer({
  open,
  project,
  onClose,
}: {
  open: boolean;
  project: ProjectDetail;
  onClose: () => void;
}) {
  const { lang, t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const { recordEvent } = useRegistryMutations();
  const kind = Form.useWatch('kind', form);
  const date = (Form.useWatch('date', form) as Dayjs | undefined)?.format('YYYY-MM-DD');
  const deltaCurrency = Form.useWatch(['capitalDelta', 'currency'], form);
  const changeInvestors = Form.useWatch('changeInvestors', form);
  const investors = Form.useWatch('investors', form);
  const needsRate = kind === 'adjusted' && deltaCurrency !== undefined && deltaCurrency !== project.currency;
  const rate = useRateOn('USD', 'VND', date, needsRate);
  const capital = project.current.registeredCapital;

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({
      kind: 'adjusted',
      date: dayjs(),
      capitalDelta: { currency: project.currency },
      capitalAtEnd: { value: capital?.value, currency: capital?.currency ?? project.currency },
      investors: project.investors.map((i) => ({ investorId: i.investorId, share: i.share })),
    });
  }, [open, form, project, capital]);

  const submit = async (v: Values) => {
    setError(null);
    const base = {
      date: v.date?.format('YYYY-MM-DD') ?? '',
      certificateNo: orNull(v.certificateNo),
      documentNo: orNull(v.documentNo),
    };
    const rateId = needsRate && rate.data ? { exchangeRateId: rate.data.id } : {};
    let body: Parameters<typeof recordEvent.mutateAsync>[0]['body'];
    if (v.kind === 'adjusted') {
      const delta = v.capitalDelta?.value?.trim();
      const charter = v.charterCapitalDelta?.value?.trim();
      body = {
        kind: 'adjusted',
        ...base,
        ...(delta
          ? { capitalDelta: { value: parseAmountInput(delta), currency: v.capitalDelta!.currency }, ...rateId }
          : {}),
        ...(charter ? { charterCapitalDelta: { value: parseAmountInput(charter), currency: project.currency } } : {}),
        ...(v.landAreaDeltaHa?.trim() ? { landAreaDeltaHa: parseAmountInput(v.landAreaDeltaHa) } : {}),
        ...(linesOf(v.objectives).length ? { objectives: linesOf(v.objectives) } : {}),
        ...(v.schedule?.trim() ? { schedule: v.schedule.trim() } : {}),
        ...(v.changeInvestors
          ? {
              investors: (v.investors ?? []).map((s) => ({
                investorId: s.investorId ?? '',
                share: (s.share ?? '').trim().replace(',', '.'),
              })),
            }
          : {}),
      };
    } else if (v.kind === 'reissued') {
      body = { kind: 'reissued', ...base };
    } else {
      body = {
        kind: v.kind,
        ...base,
        capitalAtEnd: {
          value: parseAmountInput(v.capitalAtEnd?.value ?? ''),
          currency: v.capitalAtEnd?.currency ?? project.currency,
        },
      };
    }
    try {
      await recordEvent.mutateAsync({ id: project.id, body });
      message.success(t('inv.event.recorded', { kind: EVENT_KIND_LABELS[v.kind][lang] }));
      onClose();
    } catch (e) {
      setError(
        showServerErrors(form, FIELDS, e, lang, {
          capitalDelta: ['capitalDelta', 'value'],
          charterCapitalDelta: ['charterCapitalDelta', 'value'],
          'charterCapitalDelta.currency': ['charterCapitalDelta', 'value'],
          capitalAtEnd: ['capitalAtEnd', 'value'],
        }),
      );
    }
  };

  const currencyOptions = [{ value: 'USD' }, { value: 'VND' }];
  return (
    <Drawer
      open={open}
      title={t('inv.event.title', { code: project.projectCode })}
      size={720}
      onClose={onClose}
      forceRender
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('inv.cancel')}</Button>
          <Button
            type="primary"
            loading={recordEvent.isPending}
            onClick={() => form.submit()}
            data-testid="event-submit"
          >
            {t('inv.save')}
          </Button>
        </Flex>
      }
      data-testid="event-drawer"
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('inv.event.currencyRule', { currency: project.currency, origin: project.current.origin })}
        data-testid="event-currency-rule"
      />
      <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="kind" label={t('inv.event.kind')}>
              <Select
                options={(['adjusted', 'reissued', 'revoked', 'terminated'] as const).map((k) => ({
                  value: k,
                  label: EVENT_KIND_LABELS[k][lang],
                }))}
                data-testid="event-kind"
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="date" label={t('inv.event.date')} rules={[{ required: true, message: t('inv.required') }]}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid="event-date" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="certificateNo" label={t('inv.certificate.no')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="documentNo"
          label={t('inv.certificate.documentNo')}
          rules={
            kind === 'revoked' || kind === 'terminated'
              ? [{ required: true, message: t('inv.event.documentRequired') }]
              : []
          }
        >
          <Input data-testid="event-document" />
        </Form.Item>
        {kind === 'adjusted' && (
          <>
            <Row gutter={16}>
              <Col span={16}>
                <Form.Item
                  name={['capitalDelta', 'value']}
                  label={t('inv.event.capitalDelta')}
                  extra={t('inv.event.capitalDeltaHelp')}
                >
                  <Input data-testid="event-capital-delta" />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name={['capitalDelta', 'currency']} label={t('inv.currency')}>
                  <Select options={currencyOptions} data-testid="event-capital-currency" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name={['charterCapitalDelta', 'value']}
              label={t('inv.event.charterDelta', { currency: project.currency })}
              extra={t('inv.event.charterDeltaHelp')}
            >
              <Input data-testid="event-charter-delta" />
            </Form.Item>
            {needsRate && (
              <Alert
                style={{ marginBottom: 16 }}
                type={rate.data ? 'info' : 'warning'}
                showIcon
                data-testid="event-rate"
                title={
                  rate.data
                    ? t('inv.event.rateFound', {
                        rate: formatDecimalText(rate.data.rate),
                        date: formatDate(rate.data.date),
                        source: rate.data.source,
                      })
                    : t('inv.event.rateMissing', { date: formatDate(date) })
                }
              />
            )}
            <Form.Item name="landAreaDeltaHa" label={t('inv.event.landDelta')}>
              <Input suffix="ha" />
            </Form.Item>
            <Form.Item name="objectives" label={t('inv.event.objectives')} extra={t('inv.onePerLine')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="schedule" label={t('inv.event.schedule')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="changeInvestors" valuePropName="checked">
              <Checkbox data-testid="event-change-investors">{t('inv.event.changeInvestors')}</Checkbox>
            </Form.Item>
            {changeInvestors && (
              <>
                <InvestorSharesField name="investors" form={form} />
                <div style={{ marginTop: 12 }}>
                  <OriginPreviewBox investors={investors} date={date} />
                </div>
              </>
            )}
          </>
        )}
        {(kind === 'revoked' || kind === 'terminated') && (
          <Row gutter={16}>
            <Col span={16}>
              <Form.Item
                name={['capitalAtEnd', 'value']}
                label={t('inv.event.capitalAtEnd')}
                rules={[{ required: true, message: t('inv.required') }]}
              >
                <Input data-testid="event-capital-end" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name={['capitalAtEnd', 'currency']} label={t('inv.currency')}>
                <Select options={currencyOptions} />
              </Form.Item>
            </Col>
          </Row>
        )}
      </Form>
    </Drawer>
  );
}
