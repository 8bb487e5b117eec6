import { Empty, Flex, Segmented, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import {
  ESTABLISHMENT_ACT_LABELS,
  LAND_MEASURE_LABELS,
  PARK_EVENT_LABELS,
  type ParkDetail,
} from '../../../../src/modules/zones/contract';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { formatDecimal, formatHa } from './labels';

type Item = ParkDetail['timeline'][number];

/**
 * Every dated fact of the park in order: lifecycle events with their decision, and land values
 * with their source. Facts after the page's date are shown greyed (not yet in force on it).
 */
export function ParkTimeline({ park }: { park: ParkDetail }) {
  const { lang, t } = useLocale();
  const [show, setShow] = useState<'all' | 'event' | 'land'>('all');
  if (park.timeline.length === 0) return <Empty description={t('parks.noHistory')} />;
  // Infrastructure completion is shown with the land values: both are dated figures with a source.
  const items = park.timeline.filter(
    (i) => show === 'all' || i.type === show || (show === 'land' && i.type === 'progress'),
  );

  const describe = (item: Item) => {
    if (item.type === 'land') {
      return (
        <Flex vertical gap={2}>
          <Typography.Text strong>
            {LAND_MEASURE_LABELS[item.measure][lang]}: {formatHa(item.value)}
          </Typography.Text>
          <Typography.Text type="secondary">{t('parks.source', { source: item.source })}</Typography.Text>
        </Flex>
      );
    }
    if (item.type === 'progress') {
      return (
        <Flex vertical gap={2}>
          <Typography.Text strong>
            {t('parks.infrastructureProgress', { value: formatDecimal(item.value, '%') })}
          </Typography.Text>
          <Typography.Text type="secondary">{t('parks.source', { source: item.source })}</Typography.Text>
        </Flex>
      );
    }
    const details: string[] = [];
    if (item.kind === 'planned')
      details.push(t(item.approved ? 'parkEvent.planApproved' : 'parkEvent.planNotApproved'));
    if (item.act) details.push(ESTABLISHMENT_ACT_LABELS[item.act][lang]);
    if (item.area) details.push(t('parkEvent.areaIs', { area: formatHa(item.area) }));
    if (item.areaBefore && item.areaAfter) {
      details.push(t('parkEvent.areaChange', { before: formatHa(item.areaBefore), after: formatHa(item.areaAfter) }));
    }
    if (item.termYears) details.push(t('parks.yearsN', { n: item.termYears }));
    return (
      <Flex vertical gap={2}>
        <Typography.Text strong>{PARK_EVENT_LABELS[item.kind][lang]}</Typography.Text>
        {item.decision && (
          <Typography.Text data-testid="timeline-decision">
            {t('parks.byDecision', { number: item.decision.number, date: formatDate(item.decision.date) })}
            {item.decision.issuer ? ` — ${item.decision.issuer}` : ''}
          </Typography.Text>
        )}
        {details.length > 0 && <Typography.Text type="secondary">{details.join(' · ')}</Typography.Text>}
        {item.note && <Typography.Text italic>{item.note}</Typography.Text>}
      </Flex>
    );
  };

  return (
    <Flex vertical gap={16}>
      <Segmented
        value={show}
        onChange={(v) => setShow(v as typeof show)}
        options={[
          { value: 'all', label: t('parks.showAll') },
          { value: 'event', label: t('parks.showEvents') },
          { value: 'land', label: t('parks.showLand') },
        ]}
        style={{ alignSelf: 'flex-start' }}
        data-testid="timeline-filter"
      />
      <Timeline
        mode="start"
        data-testid="park-timeline"
        items={items.map((item, i) => {
          const later = item.date > park.asOf;
          return {
            key: `${item.type}-${i}`,
            color: later ? 'gray' : item.type === 'event' ? 'blue' : 'green',
            title: (
              <Flex vertical align="flex-end">
                <span>{formatDate(item.date)}</span>
                {later && <Tag>{t('parks.afterAsOf')}</Tag>}
              </Flex>
            ),
            content: (
              <div data-testid="timeline-item" data-type={item.type} style={later ? { opacity: 0.55 } : undefined}>
                {describe(item)}
              </div>
            ),
          };
        })}
      />
    </Flex>
  );
}
