/** Pieces the project forms share: columns, labels, the location classes and the period's rate. */
import type { FormColumn, FormRow } from '../contract';
import type { Text } from '../facts/cells';
import { rateAt } from '../facts/registry';
import type { LocationClass } from '../facts/sql';
import type { FormContext } from './definition';

export const t = (vi: string, en: string): Text => ({ vi, en });

export function col(
  key: string,
  label: Text,
  options: { number?: string; unit?: string | null; kind?: FormColumn['kind']; groups?: Text[] } = {},
): FormColumn {
  return {
    key,
    number: options.number ?? null,
    label,
    groups: options.groups ?? [],
    unit: options.unit ?? null,
    kind: options.kind ?? 'text',
  };
}

export const heading = (key: string, label: Text): FormRow => ({ key, label, level: 0, cells: {} });

export const LOCATION_LABELS: Record<LocationClass, Text> = {
  outside: t('KCN nằm ngoài KKT', 'Parks outside economic zones'),
  coastal: t('KCN nằm trong KKT ven biển', 'Parks in coastal economic zones'),
  border_gate: t('KCN nằm trong KKT cửa khẩu', 'Parks in border-gate economic zones'),
  specialised: t('KCN nằm trong KKT chuyên biệt', 'Parks in specialised economic zones'),
};

export const ORIGIN_TITLES = {
  FDI: t('DỰ ÁN ĐẦU TƯ NƯỚC NGOÀI (FDI)', 'FOREIGN-INVESTED PROJECTS (FDI)'),
  DDI: t('DỰ ÁN ĐẦU TƯ TRONG NƯỚC (DDI)', 'DOMESTIC PROJECTS (DDI)'),
} as const;

/** The State Bank rate at the period's end, as used for every conversion of the form. */
export async function periodRate(ctx: FormContext) {
  return rateAt(ctx);
}

export function rateNote(rate: { rate: string; date: string } | null): Text[] {
  return rate
    ? [
        t(
          `Quy đổi USD/VND theo tỷ giá Ngân hàng Nhà nước ${rate.rate} đồng/USD ngày ${rate.date}.`,
          `USD/VND conversions use the State Bank rate ${rate.rate} VND/USD of ${rate.date}.`,
        ),
      ]
    : [];
}
