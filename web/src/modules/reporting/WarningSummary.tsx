import { WarningFilled } from '@ant-design/icons';
import { Alert, Flex, Typography } from 'antd';
import type { PlausibilityWarning, ReportFieldView } from '../../../../src/modules/reporting/contract';
import { useLocale } from '../../app/locale';
import { fromApiDecimal } from './numbers';

/**
 * Above the form while any plausibility warning is unconfirmed: how many, which fields, and that
 * nothing can be submitted until each is corrected or confirmed with a reason.
 */
export function WarningSummary({
  warnings,
  fields,
  hint,
}: {
  warnings: readonly PlausibilityWarning[];
  fields: readonly ReportFieldView[];
  /** What is held back until each warning is dealt with (default: the submit). */
  hint?: string;
}) {
  const { lang, t } = useLocale();
  if (warnings.length === 0) return null;
  const scale = warnings.some((w) => w.code === 'scale_x1000' || w.code === 'scale_div1000');
  return (
    <Alert
      type="error"
      showIcon
      icon={<WarningFilled />}
      style={{ borderWidth: 2 }}
      data-testid="warning-summary"
      title={
        <Typography.Text strong style={{ color: '#a8071a' }}>
          {t(scale ? 'reporting.warning.summaryScale' : 'reporting.warning.summary', { count: warnings.length })}
        </Typography.Text>
      }
      description={
        <Flex vertical gap={2}>
          {warnings.map((w) => (
            <Typography.Text key={`${w.field}-${w.code}`}>
              • {fields.find((f) => f.key === w.field)?.label[lang] ?? w.field}: {fromApiDecimal(w.value)}{' '}
              {w.unit[lang]}
            </Typography.Text>
          ))}
          <Typography.Text type="secondary">{hint ?? t('reporting.warning.summaryHint')}</Typography.Text>
        </Flex>
      }
    />
  );
}
