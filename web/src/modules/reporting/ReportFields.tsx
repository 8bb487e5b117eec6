import { WarningFilled } from '@ant-design/icons';
import { Alert, Card, Checkbox, Col, Flex, Form, Input, Radio, Row, Typography } from 'antd';
import type { Currency } from '../../../../src/kernel/money';
import type {
  PlausibilityWarning,
  ReportFieldView,
  ReportTypeVersionView,
} from '../../../../src/modules/reporting/contract';
import { useLocale } from '../../app/locale';
import { fromApiDecimal, tidyNumberText } from './numbers';

export const SECTIONS = ['capital', 'business', 'labour', 'rnd', 'environment'] as const;

/** One plausibility confirmation as the submitter fills it next to the field. */
export type ConfirmDraft = { checked: boolean; reason: string };

export const unitText = (field: ReportFieldView, currency: Currency, lang: 'vi' | 'en') => field.unit[currency][lang];

/** "from 1.200 to 4.800 triệu đồng" for a warning's expected range. */
function expectedRange(w: PlausibilityWarning, lang: 'vi' | 'en', t: ReturnType<typeof useLocale>['t']) {
  return t('reporting.warning.expected', {
    low: fromApiDecimal(w.expected.low),
    high: fromApiDecimal(w.expected.high),
    unit: w.unit[lang],
    basis: t(`reporting.warning.basis.${w.basis}`),
  });
}

/**
 * A plausibility warning on its field, impossible to miss: red, with the value, the expected
 * range and where the range comes from. A scale (×1000) warning is confirmed only here, field by
 * field, with a reason; the others too (or all at once above the form).
 */
export function FieldWarning({
  warning,
  confirm,
  onConfirm,
  readOnly,
}: {
  warning: PlausibilityWarning;
  confirm: ConfirmDraft | undefined;
  onConfirm: (next: ConfirmDraft) => void;
  readOnly: boolean;
}) {
  const { lang, t } = useLocale();
  const scale = warning.code === 'scale_x1000' || warning.code === 'scale_div1000';
  const c = confirm ?? { checked: false, reason: '' };
  const text = lang === 'vi' ? warning.message : warning.messageEn;
  return (
    <Alert
      type="error"
      showIcon
      icon={<WarningFilled />}
      style={{ marginTop: 6, borderWidth: 2 }}
      data-testid={`warning-${warning.field}`}
      data-code={warning.code}
      title={
        <Typography.Text strong style={{ color: '#a8071a' }}>
          {scale ? t('reporting.warning.scaleTitle') : t('reporting.warning.title')}
        </Typography.Text>
      }
      description={
        <Flex vertical gap={6}>
          <Typography.Text>{text}</Typography.Text>
          {/* The range once: the server's sentence usually names it already. */}
          {!text.includes(fromApiDecimal(warning.expected.low)) && (
            <Typography.Text type="secondary">{expectedRange(warning, lang, t)}</Typography.Text>
          )}
          {!readOnly && (
            <>
              <Checkbox
                checked={c.checked}
                onChange={(e) => onConfirm({ ...c, checked: e.target.checked })}
                data-testid={`confirm-${warning.field}`}
              >
                {t(scale ? 'reporting.warning.confirmScale' : 'reporting.warning.confirm', {
                  value: fromApiDecimal(warning.value),
                  unit: warning.unit[lang],
                })}
              </Checkbox>
              {c.checked && (
                <Input
                  value={c.reason}
                  maxLength={1000}
                  onChange={(e) => onConfirm({ ...c, reason: e.target.value })}
                  placeholder={t('reporting.warning.reasonPlaceholder')}
                  status={c.reason.trim() ? undefined : 'error'}
                  data-testid={`confirm-reason-${warning.field}`}
                />
              )}
            </>
          )}
        </Flex>
      }
    />
  );
}

/**
 * The fields of a report type version, by section, typed in the unit shown beside each input
 * (vi-VN: 1.250,5). Revision reasons of a Board sit above their field; plausibility warnings
 * below it.
 */
export function ReportFields({
  version,
  currency,
  readOnly,
  fieldReasons,
  warnings,
  confirms,
  onConfirm,
}: {
  version: ReportTypeVersionView;
  currency: Currency;
  readOnly: boolean;
  fieldReasons: Record<string, string>;
  warnings: readonly PlausibilityWarning[];
  confirms: Record<string, ConfirmDraft>;
  onConfirm: (field: string, next: ConfirmDraft) => void;
}) {
  const { lang, t } = useLocale();
  const form = Form.useFormInstance();
  const sections = SECTIONS.filter((s) => version.fields.some((f) => f.section === s));
  return (
    <Flex vertical gap={16}>
      {sections.map((section) => (
        <Card key={section} size="small" title={t(`reporting.section.${section}`)} data-testid={`section-${section}`}>
          <Row gutter={[24, 0]}>
            {version.fields
              .filter((f) => f.section === section)
              .map((f) => {
                const warning = warnings.find((w) => w.field === f.key);
                const reason = fieldReasons[f.key];
                const unit = unitText(f, currency, lang);
                return (
                  <Col key={f.key} xs={24} lg={f.kind === 'flag' ? 24 : 12}>
                    <Form.Item
                      name={f.key}
                      label={f.label[lang]}
                      required={f.required}
                      extra={f.help ? f.help[lang] : undefined}
                      validateStatus={warning ? 'error' : undefined}
                      style={{ marginBottom: warning ? 4 : 16 }}
                    >
                      {f.kind === 'flag' ? (
                        <Radio.Group disabled={readOnly} data-testid={`field-${f.key}`}>
                          <Radio value={true}>{t('reporting.yes')}</Radio>
                          <Radio value={false}>{t('reporting.no')}</Radio>
                        </Radio.Group>
                      ) : (
                        <Input
                          inputMode="decimal"
                          maxLength={24}
                          readOnly={readOnly}
                          variant={readOnly ? 'filled' : 'outlined'}
                          suffix={<Typography.Text type="secondary">{unit}</Typography.Text>}
                          placeholder={readOnly ? '' : t('reporting.field.placeholder')}
                          onBlur={(e) => {
                            if (!readOnly) form.setFieldValue(f.key, tidyNumberText(e.target.value));
                          }}
                          styles={{ input: { textAlign: 'right' } }}
                          data-testid={`field-${f.key}`}
                        />
                      )}
                    </Form.Item>
                    {reason && (
                      <Alert
                        type="warning"
                        showIcon
                        style={{ marginBottom: 16, marginTop: -12, padding: '4px 10px' }}
                        title={t('reporting.revision.onField', { reason })}
                        data-testid={`field-reason-${f.key}`}
                      />
                    )}
                    {warning && (
                      <div style={{ marginBottom: 16 }}>
                        <FieldWarning
                          warning={warning}
                          confirm={confirms[f.key]}
                          onConfirm={(next) => onConfirm(f.key, next)}
                          readOnly={readOnly}
                        />
                      </div>
                    )}
                  </Col>
                );
              })}
          </Row>
        </Card>
      ))}
    </Flex>
  );
}
