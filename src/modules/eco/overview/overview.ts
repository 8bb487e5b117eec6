/**
 * The eco overview of the ministry or a Board: each park with eco activity in the user's scope
 * (listings, RECP, declarations or eco reports) by its assessment status under the national
 * criteria this year, and the trends by year of RECP savings (register totals) and symbiosis links
 * (deals operating in the year). Everything comes from the module's own scoped services.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../../kernel/errors';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { EcoDeps } from '../use-cases/deps';
import { parkDirectory } from '../use-cases/deps';

export const OVERVIEW_STATUSES = ['qualifies', 'prerequisites_met', 'not_ready'] as const;
export const EcoOverviewQuery = z.object({
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
});
export const EcoOverview = z.object({
  year: z.number(),
  parks: z.array(
    z.object({
      parkId: z.string().uuid(),
      name: z.string(),
      provinceCode: z.string().nullable(),
      lon: z.number().nullable(),
      lat: z.number().nullable(),
      status: z.enum(OVERVIEW_STATUSES),
      met: z.number(),
      notMet: z.number(),
      unknown: z.number(),
    }),
  ),
  byStatus: z.record(z.enum(OVERVIEW_STATUSES), z.number()),
  years: z.array(
    z.object({
      year: z.number(),
      recpMeasures: z.number(),
      savedKwh: z.number(),
      savedM3: z.number(),
      savedTonnes: z.number(),
      savedTco2e: z.number(),
      costSavedMillionVnd: z.number(),
      links: z.number(),
    }),
  ),
});
type Overview = z.infer<typeof EcoOverview>;

type Services = {
  scorecard: (
    actor: Actor,
    parkId: string,
    q: { ruleSet: 'vn-eco-park' },
  ) => Promise<{
    year: number;
    met: number;
    notMet: number;
    unknown: number;
    prerequisitesMet: boolean;
    qualifies: boolean;
  }>;
  findRecp: (
    actor: Actor,
    q: { parkId?: string },
  ) => Promise<{
    totals: {
      parkId: string;
      year: number;
      measures: number;
      savedKwh: string;
      savedM3: string;
      savedTonnes: string;
      savedTco2e: string;
      costSavedMillionVnd: string;
    }[];
  }>;
  impactSummary: (
    actor: Actor,
    q: { province?: string },
  ) => Promise<{ rows: { parkId: string; year: number; links: number }[] }>;
};

export function overviewUseCases(d: EcoDeps, s: Services) {
  return {
    async ecoOverview(actor: Actor, query: { province?: string | undefined }): Promise<Overview> {
      authorize(actor, 'eco:read');
      const res = (await d.db.execute(sql`
        select park_id::text as id from eco_listings union select park_id::text from eco_recp_measures
        union select park_id::text from eco_declarations union select park_id::text from eco_reports`)) as unknown as {
        rows: { id: string }[];
      };
      const directory = parkDirectory(d);
      const parks: Overview['parks'] = [];
      let year = 0;
      for (const { id } of res.rows) {
        const park = await directory(id);
        if (!park || (query.province && park.provinceCode !== query.province)) continue;
        let card: Awaited<ReturnType<Services['scorecard']>>;
        try {
          card = await s.scorecard(actor, id, { ruleSet: 'vn-eco-park' });
        } catch (e) {
          if (e instanceof AppError && (e.code === 'FORBIDDEN' || e.code === 'NOT_FOUND')) continue;
          throw e;
        }
        year = card.year;
        parks.push({
          parkId: id,
          name: park.name,
          provinceCode: park.provinceCode,
          lon: park.lon,
          lat: park.lat,
          status: card.qualifies ? 'qualifies' : card.prerequisitesMet ? 'prerequisites_met' : 'not_ready',
          met: card.met,
          notMet: card.notMet,
          unknown: card.unknown,
        });
      }
      parks.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
      const inScope = new Set(parks.map((p) => p.parkId));
      const years = new Map<number, Overview['years'][number]>();
      const at = (y: number) => {
        if (!years.has(y))
          years.set(y, {
            year: y,
            recpMeasures: 0,
            savedKwh: 0,
            savedM3: 0,
            savedTonnes: 0,
            savedTco2e: 0,
            costSavedMillionVnd: 0,
            links: 0,
          });
        return years.get(y)!;
      };
      for (const t of (await s.findRecp(actor, {})).totals) {
        if (!inScope.has(t.parkId)) continue;
        const row = at(t.year);
        row.recpMeasures += t.measures;
        row.savedKwh += Number(t.savedKwh);
        row.savedM3 += Number(t.savedM3);
        row.savedTonnes += Number(t.savedTonnes);
        row.savedTco2e += Number(t.savedTco2e);
        row.costSavedMillionVnd += Number(t.costSavedMillionVnd);
      }
      for (const r of (await s.impactSummary(actor, query.province ? { province: query.province } : {})).rows)
        if (inScope.has(r.parkId)) at(r.year).links += r.links;
      const byStatus = { qualifies: 0, prerequisites_met: 0, not_ready: 0 };
      for (const p of parks) byStatus[p.status] += 1;
      const round = (x: number) => Math.round(x * 1000) / 1000;
      return {
        year,
        parks,
        byStatus,
        years: [...years.values()]
          .sort((a, b) => a.year - b.year)
          .map((y) => ({
            ...y,
            savedKwh: round(y.savedKwh),
            savedM3: round(y.savedM3),
            savedTonnes: round(y.savedTonnes),
            savedTco2e: round(y.savedTco2e),
            costSavedMillionVnd: round(y.costSavedMillionVnd),
          })),
      };
    },
  };
}
