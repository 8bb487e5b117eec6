import { Space, Tag } from 'antd';
import type { ClockView, DossierSummary } from '../../../../../src/modules/onestop/dossiers/contract';
import { formatNumber } from '../../../app/format';
import type { Translate } from '../../../app/i18n';

/** Office minutes as the queue says them: hours under a working day, else working days (8 h). */
export function timeLeft(clock: ClockView, t: Translate): string {
  const m = clock.remainingMinutes;
  if (m === null) return '—';
  if (m <= -8 * 60) return t('dossier.left.lateDays', { days: formatNumber(Math.round((-m / 480) * 10) / 10) });
  if (m < 0) return t('dossier.left.late', { hours: formatNumber(Math.ceil(-m / 60)) });
  if (m < 8 * 60) return t('dossier.left.hours', { hours: formatNumber(Math.floor(m / 60)) });
  return t('dossier.left.days', { days: formatNumber(Math.round((m / 480) * 10) / 10) });
}

/** Colour of a dossier in the queue: red late, orange due soon, blue paused, green otherwise. */
export function clockColor(clock: ClockView): string | undefined {
  if (clock.late) return 'red';
  if (clock.dueSoon) return 'orange';
  if (clock.paused) return 'blue';
  return undefined;
}

export function ClockFlags({ clock, t }: { clock: ClockView; t: Translate }) {
  return (
    <Space size={4} wrap>
      {clock.late && <Tag color="red">{t('dossier.flag.late')}</Tag>}
      {clock.dueSoon && <Tag color="orange">{t('dossier.flag.dueSoon')}</Tag>}
      {clock.paused && <Tag color="blue">{t('dossier.flag.paused')}</Tag>}
      {clock.extended && <Tag color="purple">{t('dossier.flag.extended')}</Tag>}
      {clock.timeliness && (
        <Tag color={clock.timeliness === 'late' ? 'red' : 'green'}>{t(`dossier.timeliness.${clock.timeliness}`)}</Tag>
      )}
    </Space>
  );
}

const STATE_COLOR: Partial<Record<DossierSummary['state'], string>> = {
  submitted: 'gold',
  supplement_at_receipt: 'orange',
  supplement_in_process: 'orange',
  refused_at_receipt: 'default',
  received: 'cyan',
  in_process: 'blue',
  decided: 'green',
  returned: 'green',
  withdrawn: 'default',
  stopped: 'default',
};

export function StateTag({ d, lang }: { d: Pick<DossierSummary, 'state' | 'stateLabel'>; lang: 'vi' | 'en' }) {
  return (
    <Tag color={STATE_COLOR[d.state]} data-testid="dossier-state">
      {d.stateLabel[lang]}
    </Tag>
  );
}
