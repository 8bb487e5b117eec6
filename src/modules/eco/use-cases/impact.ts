import { eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { DealStatus } from '../contract';
import { operatingInYear, reached } from '../deal-flow';
import { ecoDeals } from '../schema';
import type { DealUseCases } from './deals';
import { type EcoDeps, parkDirectory, todayOf } from './deps';

const add = (a: string, b: string) => (Number(a) + Number(b)).toFixed(3).replace(/\.?0+$/, '');

/**
 * Impact per park and year (links operating that year; tonnes, water, energy, tCO₂e and cost from
 * the deals' recorded impacts) and the matcher's measured precision: of the deals facilitators
 * opened from suggestions, the share that reached operating.
 */
export function impactUseCases(d: EcoDeps, deals: DealUseCases) {
  return {
    async impactSummary(actor: Actor, query: { parkId?: string | undefined; province?: string | undefined }) {
      authorize(actor, 'eco:read');
      const parks = parkDirectory(d);
      const loaded = (
        await deals.loadDeals(null, parks, query.parkId ? eq(ecoDeals.parkId, query.parkId) : undefined)
      ).filter((x) => deals.dealVisibleTo(actor, x));
      const selected: ((typeof loaded)[number] & { parkName: string })[] = [];
      for (const x of loaded) {
        const park = await parks(x.row.parkId);
        if (query.province && park?.provinceCode !== query.province) continue;
        selected.push({ ...x, parkName: park?.name ?? '' });
      }
      const thisYear = Number(todayOf(d).slice(0, 4));
      const rows = new Map<
        string,
        {
          parkId: string;
          parkName: string;
          year: number;
          links: number;
          tonnesDiverted: string;
          waterM3: string;
          energyMwh: string;
          tco2e: string;
          costSavedMillionVnd: string;
        }
      >();
      const row = (parkId: string, parkName: string, year: number) => {
        const key = `${parkId}:${year}`;
        if (!rows.has(key))
          rows.set(key, {
            parkId,
            parkName,
            year,
            links: 0,
            tonnesDiverted: '0',
            waterM3: '0',
            energyMwh: '0',
            tco2e: '0',
            costSavedMillionVnd: '0',
          });
        return rows.get(key)!;
      };
      for (const x of selected) {
        const events = x.events.map((e) => ({ status: e.status as DealStatus, date: e.date }));
        const began = events.find((e) => e.status === 'operating');
        if (began)
          for (let y = Number(began.date.slice(0, 4)); y <= thisYear; y++)
            if (operatingInYear(events, y)) row(x.row.parkId, x.parkName, y).links += 1;
        for (const i of x.impacts) {
          const r = row(x.row.parkId, x.parkName, i.year);
          r.tonnesDiverted = add(r.tonnesDiverted, i.tonnesDiverted);
          r.waterM3 = add(r.waterM3, i.waterM3);
          r.energyMwh = add(r.energyMwh, i.energyMwh);
          r.tco2e = add(r.tco2e, i.tco2e);
          r.costSavedMillionVnd = add(r.costSavedMillionVnd, i.costSavedMillionVnd);
        }
      }
      const eventsOf = (x: (typeof selected)[number]) =>
        x.events.map((e) => ({ status: e.status as DealStatus, date: e.date }));
      const proposed = selected.length;
      const reachedAgreed = selected.filter((x) => reached(eventsOf(x), 'agreed')).length;
      const reachedOperating = selected.filter((x) => reached(eventsOf(x), 'operating')).length;
      return {
        rows: [...rows.values()].sort((a, b) => a.parkName.localeCompare(b.parkName, 'vi') || a.year - b.year),
        precision: { proposed, reachedAgreed, reachedOperating, share: proposed ? reachedOperating / proposed : null },
      };
    },
  };
}
