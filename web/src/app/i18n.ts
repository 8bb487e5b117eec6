import { messages as account } from '../modules/account/messages';
import { messages as audit } from '../modules/audit/messages';
import { messages as calendar } from '../modules/calendar/messages';
import { messages as eco } from '../modules/eco/messages';
import { messages as ecoReports } from '../modules/eco/reports/messages';
import { messages as emulation } from '../modules/emulation/messages';
import { messages as geo } from '../modules/geo/messages';
import { messages as imports } from '../modules/imports/messages';
import { messages as insights } from '../modules/insights/messages';
import { messages as investment } from '../modules/investment/messages';
import { messages as onestop } from '../modules/onestop/messages';
import { messages as reporting } from '../modules/reporting/messages';
import { messages as statistics } from '../modules/statistics/messages';
import { messages as users } from '../modules/users/messages';
import { messages as zones } from '../modules/zones/messages';
import { messages as app } from './messages';

/**
 * Every string the interface shows, in Vietnamese and English, gathered from the parts each
 * module keeps beside its pages (`messages.ts`). Vietnamese is the reference.
 */
export const MESSAGE_PARTS = [
  app,
  account,
  geo,
  calendar,
  audit,
  users,
  zones,
  investment,
  imports,
  reporting,
  statistics,
  insights,
  onestop,
  emulation,
  eco,
  ecoReports,
];

const vi = {
  ...app.vi,
  ...account.vi,
  ...geo.vi,
  ...calendar.vi,
  ...audit.vi,
  ...users.vi,
  ...zones.vi,
  ...investment.vi,
  ...imports.vi,
  ...reporting.vi,
  ...statistics.vi,
  ...insights.vi,
  ...onestop.vi,
  ...emulation.vi,
  ...eco.vi,
  ...ecoReports.vi,
};
const en: Dictionary = {
  ...app.en,
  ...account.en,
  ...geo.en,
  ...calendar.en,
  ...audit.en,
  ...users.en,
  ...zones.en,
  ...investment.en,
  ...imports.en,
  ...reporting.en,
  ...statistics.en,
  ...insights.en,
  ...onestop.en,
  ...emulation.en,
  ...eco.en,
  ...ecoReports.en,
};

export type MessageKey = keyof typeof vi;
export type Dictionary = { readonly [K in MessageKey]: string };
export type Lang = 'vi' | 'en';

export const dictionaries: Record<Lang, Dictionary> = { vi, en };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const dict = dictionaries[lang];
  return (key, vars) => {
    const text = dict[key];
    if (!vars) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}
