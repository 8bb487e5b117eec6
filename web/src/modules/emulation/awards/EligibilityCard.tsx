import { Card, Flex, List, Tag, Tooltip, Typography } from 'antd';
import type { EligibilityView } from '../../../../../src/modules/emulation/awards/contract';
import { formatDate } from '../../../app/format';
import type { MessageKey } from '../../../app/i18n';
import { useLocale } from '../../../app/locale';

const OUTCOME_COLOURS = { eligible: 'green', not_eligible: 'red', needs_review: 'orange' } as const;
const STATUS_COLOURS = { met: 'green', not_met: 'red', unknown: 'orange' } as const;

export function OutcomeTag({ outcome }: { outcome: EligibilityView['outcome'] }) {
  const { t } = useLocale();
  return <Tag color={OUTCOME_COLOURS[outcome]}>{t(`emulation.award.outcome.${outcome}` as MessageKey)}</Tag>;
}

/** One eligibility answer: the outcome, each condition with its reason, citation and whether its number was checked. */
export function EligibilityCard({ e, compact = false }: { e: EligibilityView; compact?: boolean }) {
  const { t, lang } = useLocale();
  return (
    <Card
      size="small"
      data-testid={`eligibility-${e.titleKey}`}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{lang === 'vi' ? e.titleVi : e.titleEn}</span>
          <OutcomeTag outcome={e.outcome} />
        </Flex>
      }
    >
      <List
        size="small"
        dataSource={e.conditions}
        renderItem={(c) => (
          <List.Item>
            <Flex vertical gap={2}>
              <Flex gap={6} align="center" wrap>
                <Tag color={STATUS_COLOURS[c.status]}>{t(`emulation.award.condition.${c.status}` as MessageKey)}</Tag>
                <span>{lang === 'vi' ? c.reasonVi : c.reasonEn}</span>
              </Flex>
              {!compact && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.citation.source}
                  {!c.verified && (
                    <Tooltip title={c.citation.note}>
                      <Tag style={{ marginLeft: 6 }}>{t('emulation.award.unverified')}</Tag>
                    </Tooltip>
                  )}
                </Typography.Text>
              )}
            </Flex>
          </List.Item>
        )}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('emulation.award.ruleVersion', {
          name: lang === 'vi' ? e.ruleVersion.nameVi : e.ruleVersion.nameEn,
          from: formatDate(e.ruleVersion.effectiveFrom),
        })}
      </Typography.Text>
    </Card>
  );
}
