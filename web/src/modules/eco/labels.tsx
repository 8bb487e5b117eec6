import { Tag } from 'antd';
import type { DealStatus, Listing } from '../../../../src/modules/eco/contract';
import { formatDate } from '../../app/format';
import type { MessageKey, Translate } from '../../app/i18n';

const UNIT_LABEL: Record<Listing['unit'], string> = {
  t: 't',
  kg: 'kg',
  m3: 'm³',
  l: 'lít',
  MWh: 'MWh',
  kWh: 'kWh',
  GJ: 'GJ',
  h: 'giờ',
};

/** 1.234,5 (vi-VN) from the API's decimal text. */
export const decimal = (text: string | number) =>
  new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 }).format(Number(text));

export const quantityText = (l: Pick<Listing, 'quantity' | 'unit' | 'frequency'>, t: Translate) =>
  `${decimal(l.quantity)} ${UNIT_LABEL[l.unit]}${l.frequency === 'once' ? ` (${t('eco.freq.once')})` : t(`eco.freq.${l.frequency}` as MessageKey)}`;

export const windowText = (l: Pick<Listing, 'availableFrom' | 'availableTo'>, t: Translate) =>
  l.availableTo
    ? t('eco.fromTo', { from: formatDate(l.availableFrom), to: formatDate(l.availableTo) })
    : t('eco.from', { date: formatDate(l.availableFrom) });

const STATUS_COLOR: Record<DealStatus, string> = {
  proposed: 'default',
  contacted: 'blue',
  agreed: 'gold',
  operating: 'green',
  ended: 'red',
};
export function DealStatusTag({ status, t }: { status: DealStatus; t: Translate }) {
  return (
    <Tag color={STATUS_COLOR[status]} data-testid={`deal-status-${status}`}>
      {t(`eco.deal.status.${status}` as MessageKey)}
    </Tag>
  );
}

export function CodeTag({ listing }: { listing: Pick<Listing, 'ewcDisplay' | 'nationalCode' | 'hazardous'> }) {
  return (
    <>
      {listing.ewcDisplay && <Tag color={listing.hazardous ? 'red' : 'geekblue'}>{listing.ewcDisplay}</Tag>}
      {listing.nationalCode && <Tag>{listing.nationalCode}</Tag>}
    </>
  );
}
