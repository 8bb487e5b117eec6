/**
 * Investment registration certificate histories: the issue, capital increases and decreases, land
 * and objective changes, re-issues, and for about 8 % a revocation or termination. Capital is
 * counted in whole units (thousand USD, million VND) and written out through kernel/decimal, so
 * no amount passes through a float; FDI certificates are in USD and DDI ones in VND (Biểu 2101).
 */
import { formatDecimal, mul, parseDecimal } from '../../kernel/decimal';
import type { Currency, Money } from '../../kernel/money';
import type { CapitalOriginKind, Investor } from '../../modules/investment/capital-origin';
import { FOREIGN_CONTROL_RULES } from '../../modules/investment/capital-origin-rules';
import type { CertificateEvent } from '../../modules/investment/certificate-events';
import { decisionNumber } from './names';
import { dayOf, isoOf, type Rng, unitsToDecimal, YEAR_DAYS } from './random';
import type { ProjectStatus } from './types';

export const CURRENCY_OF: Record<CapitalOriginKind, Currency> = { FDI: 'USD', DDI: 'VND' };

/** The unit capital is counted in: thousand USD, million VND. */
const UNIT = { USD: parseDecimal('1000'), VND: parseDecimal('1000000') } as const;

export const moneyOf = (units: number, currency: Currency): Money => ({
  value: formatDecimal(mul(parseDecimal(String(units)), UNIT[currency])),
  currency,
});

/**
 * The first day an FDI/DDI rule is in force (the 2014 law). Projects licensed before it are
 * classified on that day: their licence recorded the origin the same investors give under it.
 */
export const FIRST_RULE_DAY = dayOf(FOREIGN_CONTROL_RULES.map((r) => r.effectiveFrom).sort()[0] ?? '2015-07-01');

/**
 * Registered capital at issue, in units. FDI: log-normal around 7.5 million USD (most between 1
 * and 50 million), with a thin tail of projects from 300 million to over 3 billion. DDI: around 45
 * billion VND.
 */
export function capitalUnits(rng: Rng, origin: CapitalOriginKind): number {
  if (origin === 'FDI') {
    const usd = rng.chance(0.0015)
      ? Math.exp(rng.range(Math.log(3e8), Math.log(3.2e9)))
      : Math.min(3e9, Math.max(1e5, rng.logNormal(7.5e6, 1.25)));
    const thousands = Math.round(usd / 1000);
    return thousands > 1000 ? Math.round(thousands / 10) * 10 : Math.max(100, thousands);
  }
  const vnd = Math.min(6e13, Math.max(1e9, rng.logNormal(4.5e10, 1.3)));
  const millions = Math.round(vnd / 1e6);
  return millions > 10_000 ? Math.round(millions / 100) * 100 : millions;
}

/** Hundredths of a hectare for a tenant of this size (about 0.04–0.15 ha per million USD). */
export function tenantLandH(rng: Rng, units: number, currency: Currency): number {
  const usdMillions = currency === 'USD' ? units / 1000 : units / 25_000;
  return Math.round(Math.min(200, Math.max(0.2, usdMillions * rng.range(0.04, 0.15))) * 100);
}

function poisson(rng: Rng, lambda: number): number {
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rng.next();
  while (p > limit && k < 6) {
    k += 1;
    p *= rng.next();
  }
  return k;
}

export interface HistoryInput {
  code: string;
  issueDay: number;
  /** No adjustment after this day (the park's conversion, or today). */
  lastDay: number;
  todayDay: number;
  currency: Currency;
  units: number;
  landH: number;
  investors: Investor[];
  objectives: string[];
  /** The project must end (terminated) on or after this day, e.g. when its park was converted. */
  forcedEndFrom: number | null;
}

export interface History {
  events: CertificateEvent[];
  status: ProjectStatus;
  capital: Money;
}

type Middle = { day: number; event: (seq: number) => CertificateEvent };

/** A tenant's certificate from issue to today, valid by construction (the tests validate every one). */
export function tenantHistory(rng: Rng, input: HistoryInput): History {
  const { code, issueDay, currency } = input;
  const date = isoOf(issueDay);
  const events: CertificateEvent[] = [
    {
      seq: 1,
      kind: 'issued',
      date,
      documentNo: code,
      registeredCapital: moneyOf(input.units, currency),
      landAreaHa: unitsToDecimal(input.landH, 2),
      objectives: input.objectives,
      investors: input.investors,
    },
  ];
  const ageYears = (input.todayDay - issueDay) / YEAR_DAYS;
  const middle: Middle[] = [];
  const firstDay = issueDay + 30;
  const n = firstDay <= input.lastDay ? poisson(rng, Math.min(2.2, ageYears * 0.15)) : 0;
  const days = Array.from({ length: n }, () => rng.int(firstDay, input.lastDay)).sort((a, b) => a - b);
  let running = input.units;
  let land = input.landH;
  for (const day of days) {
    const kind = rng.next();
    if (kind < 0.7) {
      const up = rng.chance(0.82) || running < 4;
      const delta = up
        ? Math.max(1, Math.round(running * rng.range(0.1, 1)))
        : -Math.min(running - 1, Math.max(1, Math.round(running * rng.range(0.05, 0.5))));
      running += delta;
      middle.push({
        day,
        event: (seq) => ({
          seq,
          kind: 'adjusted',
          date: isoOf(day),
          documentNo: code,
          capitalDelta: moneyOf(delta, currency),
        }),
      });
    } else if (kind < 0.85) {
      const delta = Math.max(1, Math.round(land * rng.range(0.1, 0.5)));
      land += delta;
      middle.push({
        day,
        event: (seq) => ({
          seq,
          kind: 'adjusted',
          date: isoOf(day),
          documentNo: code,
          landAreaDeltaHa: unitsToDecimal(delta, 2),
        }),
      });
    } else {
      const objectives = [...input.objectives, 'Mở rộng quy mô, nâng công suất'];
      middle.push({ day, event: (seq) => ({ seq, kind: 'adjusted', date: isoOf(day), documentNo: code, objectives }) });
    }
  }
  if (rng.chance(0.03) && firstDay <= input.lastDay) {
    const day = rng.int(firstDay, input.lastDay);
    middle.push({ day, event: (seq) => ({ seq, kind: 'reissued', date: isoOf(day), documentNo: code }) });
  }
  middle.sort((a, b) => a.day - b.day);
  for (const m of middle) events.push(m.event(events.length + 1));

  const lastEventDay = Math.max(issueDay, ...middle.map((m) => m.day));
  let endDay: number | null = null;
  let endKind: 'revoked' | 'terminated' = 'terminated';
  if (input.forcedEndFrom !== null) {
    const from = Math.max(lastEventDay, input.forcedEndFrom);
    endDay = Math.min(input.todayDay, from + rng.int(0, 540));
    if (endDay < from) endDay = null;
  } else if (rng.chance(0.1 * Math.min(1, ageYears / 5)) && lastEventDay + 30 <= input.todayDay) {
    endDay = rng.int(lastEventDay + 30, input.todayDay);
    endKind = rng.chance(0.4) ? 'revoked' : 'terminated';
  }
  const capital = moneyOf(running, currency);
  if (endDay === null) return { events, status: 'valid', capital };
  events.push({
    seq: events.length + 1,
    kind: endKind,
    date: isoOf(endDay),
    documentNo: decisionNumber(rng, 'BQL', endKind === 'revoked' ? 'QĐ' : 'TB'),
    capitalAtEnd: capital,
  });
  return { events, status: endKind, capital };
}
