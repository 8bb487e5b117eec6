/**
 * Realised (disbursed) capital of a demo project, one figure per calendar year, so the zone
 * profiles can set realised against registered capital. The share of the registered capital
 * disbursed rises with the years since issue (about 35 % after one year, 80 % after five, never
 * more than 95 %), with a per-project pace; amounts stay in the certificate's currency, whole
 * dollars or whole millions of đồng. Only full years in which the certificate was in force count,
 * as the registry requires. Whole units stay far below 2^53, so plain numbers are exact here.
 */
import { certificateStateAsOf } from '../modules/investment/certificate-events';
import { hashSeed, Rng } from './country/random';
import type { DemoProject } from './country/types';

export const REALISED_SOURCE = 'Dữ liệu mẫu — báo cáo tình hình thực hiện dự án';

export type RealisedYear = { period: string; amount: string; currency: string };

export function realisedByYear(p: DemoProject, today: string): RealisedYear[] {
  const issued = p.events[0];
  if (issued?.kind !== 'issued') return [];
  const ending = p.events.find((e) => e.kind === 'revoked' || e.kind === 'terminated');
  const first = Number(issued.date.slice(0, 4)) + 1;
  const lastClosed = Number(today.slice(0, 4)) - 1;
  const last = ending ? Math.min(lastClosed, Number(ending.date.slice(0, 4)) - 1) : lastClosed;
  const rng = new Rng(hashSeed('realised', p.id));
  const pace = rng.range(2, 4.5);
  const ceiling = rng.range(0.75, 0.95);
  const unit = p.currency === 'VND' ? 1_000_000 : 1;
  const out: RealisedYear[] = [];
  let done = 0;
  for (let year = first; year <= last; year++) {
    const capital = certificateStateAsOf(p.events, `${year}-12-31`).registeredCapital;
    if (!capital) continue;
    const target = Number(capital.value) * ceiling * (1 - Math.exp(-(year - first + 1) / pace));
    const amount = Math.floor((target - done) / unit) * unit;
    if (amount <= 0) continue;
    done += amount;
    out.push({ period: String(year), amount: String(amount), currency: p.currency });
  }
  return out;
}
