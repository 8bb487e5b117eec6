import { Space, Tag } from 'antd';
import {
  PARK_KIND_LABELS,
  PARK_STATUS_LABELS,
  type ParkKind,
  type ParkStatus,
} from '../../../../src/modules/zones/contract';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { STATUS_COLORS } from './labels';

/** A park's status on the page's date, with the day it entered it. */
export function StatusTag({ status, since }: { status: ParkStatus | null; since?: string | null }) {
  const { lang, t } = useLocale();
  if (!status) return <Tag data-testid="park-status">{t('parks.noStatus')}</Tag>;
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="park-status" data-status={status}>
      {PARK_STATUS_LABELS[status][lang]}
      {since ? ` · ${t('parks.since', { date: formatDate(since) })}` : ''}
    </Tag>
  );
}

/** The park's kinds; none is a plain KCN. */
export function KindTags({ kinds, hidePlain = false }: { kinds: readonly ParkKind[]; hidePlain?: boolean }) {
  const { lang, t } = useLocale();
  if (kinds.length === 0) return hidePlain ? null : <Tag>{t('parks.plainKind')}</Tag>;
  return (
    <Space size={[0, 4]} wrap>
      {kinds.map((k) => (
        <Tag key={k} color="geekblue">
          {PARK_KIND_LABELS[k][lang]}
        </Tag>
      ))}
    </Space>
  );
}
