import { Timeline, Typography } from 'antd';
import type { DossierDetail } from '../../../../../src/modules/onestop/dossiers/contract';
import { formatDateTime } from '../../../app/format';
import { useLocale } from '../../../app/locale';

/** Every transition, newest first: who, when, what, why (the control slip's lines). */
export function EventTimeline({ events }: { events: DossierDetail['events'] }) {
  const { t, lang } = useLocale();
  const items = [...events].reverse().map((e) => {
    const p = e.payload as { handoverLate?: boolean; handoverDueBy?: string; dueAt?: string };
    return {
      key: e.seq,
      color: e.type === 'refuse_at_receipt' || e.type === 'stop' ? 'red' : e.type === 'decide' ? 'green' : 'blue',
      children: (
        <div data-testid="dossier-event">
          <Typography.Text strong>{e.label[lang]}</Typography.Text>
          <Typography.Text type="secondary">
            {' '}
            · {formatDateTime(e.at)} · {t('dossier.event.by', { name: e.actorName })}
          </Typography.Text>
          {e.reason && <div>{e.reason}</div>}
          {p.handoverLate && p.handoverDueBy && (
            <div>
              <Typography.Text type="danger">
                {t('dossier.event.handoverLate', { time: formatDateTime(p.handoverDueBy) })}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    };
  });
  return <Timeline items={items} />;
}
