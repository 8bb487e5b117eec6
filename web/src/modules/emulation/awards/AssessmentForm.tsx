import { App, Button, Checkbox, Flex, InputNumber, Select } from 'antd';
import { useState } from 'react';
import type { UnitHistory } from '../../../../../src/modules/emulation/awards/contract';
import { errorText } from '../../../app/api';
import type { MessageKey } from '../../../app/i18n';
import { useLocale } from '../../../app/locale';
import { useAwardWrite } from './queries';

const RATINGS = ['excellent', 'good', 'completed', 'not_completed'] as const;
const DISCIPLINES = ['reprimand', 'warning', 'demotion', 'dismissal'] as const;

/**
 * The unit's own Board records a year's duty rating, disciplines and the council's confirmations
 * (the judgements the eligibility rules ask for), so a missing year stops being "needs review".
 */
export function AssessmentForm({ history }: { history: UnitHistory }) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const [year, setYear] = useState(history.eligibilityYear);
  const recorded = history.assessments.find((a) => a.year === year);
  const [draft, setDraft] = useState<{
    year: number;
    rating: string | null;
    disciplines: string[];
    attestations: string[];
  } | null>(null);
  const values =
    draft?.year === year
      ? draft
      : {
          year,
          rating: recorded?.rating ?? null,
          disciplines: recorded?.disciplines ?? [],
          attestations: recorded?.attestations ?? [],
        };
  const judgements = new Map(
    history.eligibility.flatMap((e) =>
      e.conditions.flatMap((c) =>
        c.attestation
          ? [[c.attestation.key, lang === 'vi' ? c.attestation.labelVi : c.attestation.labelEn] as const]
          : [],
      ),
    ),
  );
  const write = useAwardWrite('put', '/api/emulation/assessments');
  const save = async () => {
    try {
      await write.mutateAsync({
        subject: { kind: 'collective', unitId: history.unit.id },
        year,
        rating: values.rating,
        initiatives: [],
        disciplines: values.disciplines,
        attestations: values.attestations,
      });
      message.success(t('emulation.score.saved'));
      setDraft(null);
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };
  return (
    <Flex vertical gap={8} data-testid="assessment-form">
      <Flex gap={8} wrap align="center">
        <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        <Select
          style={{ minWidth: 260 }}
          placeholder={t('emulation.award.rating')}
          value={values.rating}
          onChange={(v) => setDraft({ ...values, rating: v })}
          options={RATINGS.map((r) => ({ value: r, label: t(`emulation.award.rating.${r}` as MessageKey) }))}
          data-testid="assessment-rating"
        />
        <Select
          mode="multiple"
          style={{ minWidth: 260 }}
          placeholder={t('emulation.award.disciplines')}
          value={values.disciplines}
          onChange={(v) => setDraft({ ...values, disciplines: v })}
          options={DISCIPLINES.map((d) => ({ value: d, label: t(`emulation.award.discipline.${d}` as MessageKey) }))}
        />
        <Button type="primary" onClick={save} loading={write.isPending} data-testid="assessment-save">
          {t('emulation.award.saveAssessment')}
        </Button>
      </Flex>
      {judgements.size > 0 && (
        <Checkbox.Group
          value={values.attestations}
          onChange={(v) => setDraft({ ...values, attestations: v as string[] })}
          options={[...judgements].map(([value, label]) => ({ value, label }))}
        />
      )}
    </Flex>
  );
}
