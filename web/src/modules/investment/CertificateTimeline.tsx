import { Card, Flex, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import type { CertificateEventView } from '../../../../src/modules/investment/contract';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { formatDecimalText, formatHectares, formatMoney, formatMoneyChange } from './amounts';

const COLORS: Record<CertificateEventView['kind'], string> = {
  issued: 'green',
  adjusted: 'blue',
  reissued: 'gray',
  revoked: 'red',
  terminated: 'red',
};

/** What one event did to the certificate, line by line. */
function EventLines({ e }: { e: CertificateEventView }) {
  const { t } = useLocale();
  const lines: string[] = [];
  if (e.kind === 'issued') {
    lines.push(t('inv.timeline.capital', { amount: formatMoney(e.capital) }));
    if (e.charterCapital) lines.push(t('inv.timeline.charter', { amount: formatMoney(e.charterCapital) }));
    lines.push(t('inv.timeline.land', { area: formatHectares(e.landAreaHa) }));
  }
  if (e.kind === 'adjusted') {
    if (e.capital) lines.push(t('inv.timeline.capitalChange', { amount: formatMoneyChange(e.capital) }));
    if (e.charterCapital) {
      lines.push(t('inv.timeline.charterChange', { amount: formatMoneyChange(e.charterCapital) }));
    }
    if (e.exchangeRate) {
      lines.push(
        t('inv.timeline.rate', {
          rate: formatDecimalText(e.exchangeRate.rate),
          pair: `${e.exchangeRate.from}/${e.exchangeRate.to}`,
          date: formatDate(e.exchangeRate.date),
          source: e.exchangeRate.source,
        }),
      );
    }
    if (e.landAreaHa) lines.push(t('inv.timeline.landChange', { area: formatHectares(e.landAreaHa, true) }));
  }
  if (e.kind === 'revoked' || e.kind === 'terminated') {
    lines.push(t('inv.timeline.capitalAtEnd', { amount: formatMoney(e.capital) }));
  }
  if (e.objectives) lines.push(t('inv.timeline.objectives', { list: e.objectives.join('; ') }));
  if (e.schedule) lines.push(t('inv.timeline.schedule', { text: e.schedule }));
  if (e.investors) {
    const list = e.investors
      .map((i) => `${i.name ?? i.investorId.slice(0, 8)} (${i.nationality ?? '?'}) ${i.share.replace('.', ',')} %`)
      .join('; ');
    lines.push(t(e.kind === 'issued' ? 'inv.timeline.investors' : 'inv.timeline.investorsChanged', { list }));
  }
  return (
    <Flex vertical gap={2}>
      {lines.map((l) => (
        <span key={l}>{l}</span>
      ))}
    </Flex>
  );
}

/**
 * Every event of the certificate in recording order: issue, adjustments with what changed,
 * re-issues, revocation or termination with the document number. Events after the day the
 * page is read on are shown faded.
 */
export function CertificateTimeline({ events }: { events: CertificateEventView[] }) {
  const { lang, t } = useLocale();
  return (
    <Card title={t('inv.timeline.title')} size="small" data-testid="certificate-timeline">
      <Timeline
        items={events.map((e) => ({
          key: e.id,
          color: COLORS[e.kind],
          content: (
            <Flex vertical gap={2} style={{ opacity: e.applied ? 1 : 0.55 }} data-testid={`timeline-${e.kind}`}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{formatDate(e.date)}</Typography.Text>
                <Tag color={COLORS[e.kind]}>{e.label[lang]}</Tag>
                {e.documentNo && <span>{t('inv.timeline.documentNo', { no: e.documentNo })}</span>}
                {e.certificateNo && <span>{t('inv.timeline.certificateNo', { no: e.certificateNo })}</span>}
                {e.source && (
                  <Link to={`${PATHS.dossiers}/${e.source.id}`} data-testid="timeline-source">
                    {t('inv.timeline.source', { code: e.source.code })}
                  </Link>
                )}
                {!e.applied && <Tag>{t('inv.timeline.later')}</Tag>}
              </Flex>
              <EventLines e={e} />
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}
