import { count } from 'drizzle-orm';
import { hashSeed, Rng } from '../../../demo/country/random';
import { todayInVietnam } from '../../../kernel/format';
import { systemActor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import type { InvestmentService } from '../../investment/service';
import type { ZonesService } from '../../zones/service';
import { ecoListings } from '../schema';
import type { EcoService } from '../service';
import { RECIPES, type Recipe } from './recipes';
import { seedEcoReports } from './seed-eco-reports';

/**
 * The eco part of the demo: a park standing in for each of the six pilot eco-parks of the 2022
 * programme (Amata in Đồng Nai, DEEP C in Hải Phòng, Hiệp Phước in Hồ Chí Minh City, Trà Nóc 1 and 2
 * in Cần Thơ, Hòa Khánh in Đà Nẵng) plus one of the demo Board's (Hà Nội), with offers, needs,
 * RECP measures and declarations.
 *
 * The precision is measured, not set: every offer has one true partner (its recipe's receiver),
 * listed as firms list — sometimes with a sibling code or text only — among distractors (the same
 * code in far parks at other volumes, the same chapter nearby). A simulated facilitator proposes the
 * matcher's top suggestion for each offer; it runs (contacted → agreed → operating, with its impact)
 * only if it is the true partner, else the firms walk away (contacted → ended). The share that
 * became operating, `/api/eco/impact` `precision.share`, is the matcher's top-1 precision here.
 */
const PILOTS = [
  { province: '75', name: 'Amata' },
  { province: '31', name: 'DEEP C' },
  { province: '79', name: 'Hiệp Phước' },
  { province: '92', name: 'Trà Nóc 1' },
  { province: '92', name: 'Trà Nóc 2' },
  { province: '48', name: 'Hòa Khánh' },
  { province: '01', name: 'Hà Nội (Ban Quản lý mẫu)' },
] as const;

export interface EcoDemoDeps {
  db: Db;
  eco: EcoService;
  zones: ZonesService;
  investment: InvestmentService;
  clock: () => Date;
}

export interface EcoDemoResult {
  parks: { province: string; pilot: string; parkId: string; parkName: string }[];
  offers: number;
  needs: number;
  deals: number;
  operating: number;
  recp: number;
  /** Last year's eco reports (A.4, A.5, B.4, B.5) at their workflow steps. */
  reports: number;
}

const actor = systemActor('demo-eco');

/** The first of a month in the last five years, never after today. */
function startDay(rng: Rng, today: string): string {
  const back = rng.int(0, 4);
  const month = back === 0 ? rng.int(1, Number(today.slice(5, 7))) : rng.int(1, 12);
  return `${Number(today.slice(0, 4)) - back}-${String(month).padStart(2, '0')}-01`;
}

async function tenantsOf(d: EcoDemoDeps, parkId: string): Promise<string[]> {
  const res = await d.investment.findProjects(actor, {
    parkId,
    type: 'production_business',
    sort: 'projectCode',
    order: 'asc',
    page: 1,
    pageSize: 200,
  });
  return [...new Set(res.items.map((p) => p.enterpriseId).filter((x): x is string => Boolean(x)))];
}

/** One park per pilot: the operating park of the province with the most tenants not already taken. */
async function pilotParks(d: EcoDemoDeps) {
  const chosen: {
    province: string;
    pilot: string;
    parkId: string;
    parkName: string;
    developerId: string | null;
    tenants: string[];
  }[] = [];
  for (const pilot of PILOTS) {
    const parks = await d.zones.findParks(actor, {
      province: pilot.province,
      status: 'operating',
      sort: 'name',
      order: 'asc',
      page: 1,
      pageSize: 200,
    });
    let best: (typeof chosen)[number] | null = null;
    for (const p of parks.items) {
      if (chosen.some((c) => c.parkId === p.id)) continue;
      const tenants = await tenantsOf(d, p.id);
      if (tenants.length >= 4 && (!best || tenants.length > best.tenants.length))
        best = {
          province: pilot.province,
          pilot: pilot.name,
          parkId: p.id,
          parkName: p.name,
          developerId: p.developerEnterpriseId,
          tenants,
        };
    }
    if (best) chosen.push(best);
  }
  return chosen;
}

export async function seedEcoDemo(d: EcoDemoDeps, options: { seed: number }): Promise<EcoDemoResult | null> {
  const [existing] = await d.db.select({ n: count() }).from(ecoListings);
  if ((existing?.n ?? 0) > 0) return null;
  const rng = new Rng(hashSeed('eco-demo', options.seed));
  const today = todayInVietnam(d.clock());
  const year = Number(today.slice(0, 4));
  const parks = await pilotParks(d);
  const result: EcoDemoResult = {
    parks: parks.map(({ tenants: _, developerId: __, ...p }) => p),
    offers: 0,
    needs: 0,
    deals: 0,
    operating: 0,
    recp: 0,
    reports: 0,
  };
  const truth = new Map<string, string>();
  const offers: { id: string; recipe: Recipe; quantity: number }[] = [];

  const list = async (
    side: 'offer' | 'need',
    enterpriseId: string,
    parkId: string,
    recipe: Recipe,
    part: { title: string; ewcCode: string | null; description: string },
    quantity: number,
  ) => {
    const l = await d.eco.createListing(actor, {
      side,
      enterpriseId,
      parkId,
      resource: recipe.resource,
      title: part.title,
      ewcCode: part.ewcCode,
      nationalCode: null,
      description: part.description,
      hazardous: side === 'offer' && recipe.hazardous,
      acceptsHazardous: side === 'need' && recipe.hazardous,
      quantity: String(Math.max(1, Math.round(quantity))),
      unit: recipe.unit,
      frequency: recipe.frequency,
      qualityNotes: '',
      availableFrom: `${year}-01-01`,
      availableTo: null,
      confidentiality: rng.chance(0.15) ? 'board' : 'public',
      partnerEnterpriseIds: [],
    });
    if (side === 'offer') result.offers += 1;
    else result.needs += 1;
    return l.id;
  };

  for (const park of parks) {
    const shuffled = [...RECIPES];
    for (let k = shuffled.length - 1; k > 0; k--) {
      const j = rng.int(0, k);
      [shuffled[k], shuffled[j]] = [shuffled[j]!, shuffled[k]!];
    }
    const recipes = shuffled.slice(0, Math.min(4, Math.floor(park.tenants.length / 2)));
    for (const [i, recipe] of recipes.entries()) {
      const giver = park.tenants[(2 * i) % park.tenants.length]!;
      const taker = park.tenants[(2 * i + 1) % park.tenants.length]!;
      const quantity = rng.range(...recipe.quantity);
      const offerId = await list('offer', giver, park.parkId, recipe, recipe.offer, quantity);
      offers.push({ id: offerId, recipe, quantity });
      // The true partner, listed as firms do: the code (60 %), a sibling code (20 %), words only (20 %).
      const style = rng.weighted([0.6, 0.2, 0.2]);
      const code = style === 0 ? recipe.need.ewcCode : style === 1 ? recipe.siblingCode : null;
      const needId = await list(
        'need',
        taker,
        park.parkId,
        recipe,
        { ...recipe.need, ewcCode: code },
        quantity * rng.range(0.6, 1.5),
      );
      truth.set(offerId, needId);
      // Distractors: the same material wanted far away at another scale; something of the same chapter nearby.
      const far = parks.filter((p) => p.province !== park.province);
      if (far.length && recipe.offer.ewcCode) {
        const other = rng.pick(far);
        await list(
          'need',
          rng.pick(other.tenants),
          other.parkId,
          recipe,
          { ...recipe.need, title: `${recipe.need.title} (nhà máy khác)` },
          quantity * rng.pick([0.1, 5, 12]),
        );
      }
      const sibling = recipe.siblingCode;
      if (sibling && park.tenants.length > 4) {
        const neighbour = park.tenants[(2 * i + 2) % park.tenants.length]!;
        if (neighbour !== giver)
          await list(
            'need',
            neighbour,
            park.parkId,
            recipe,
            { title: 'Thu mua phế liệu cùng nhóm', ewcCode: sibling, description: 'thu mua các loại phế liệu' },
            quantity * rng.range(0.2, 3),
          );
      }
    }
    // RECP measures of about 40 % of the park's firms
    // (at most 30 firms a park, so a full-scale demo loads in seconds)
    for (const enterpriseId of park.tenants.slice(0, 30)) {
      if (!rng.chance(0.4)) continue;
      for (let k = rng.int(1, 2); k > 0; k--) {
        const type = rng.pick(['energy', 'water', 'materials', 'chemicals', 'waste', 'emissions'] as const);
        const kwh = type === 'energy' ? rng.int(50_000, 900_000) : 0;
        await d.eco.createRecp(actor, {
          enterpriseId,
          parkId: park.parkId,
          type,
          title: {
            energy: 'Biến tần cho bơm, quạt',
            water: 'Tuần hoàn nước làm mát',
            materials: 'Giảm hao hụt nguyên liệu',
            chemicals: 'Định lượng hóa chất tự động',
            waste: 'Phân loại chất thải tại nguồn',
            emissions: 'Thu hồi nhiệt khói lò',
          }[type],
          startedOn: startDay(rng, today),
          savedKwh: String(kwh),
          savedM3: String(type === 'water' ? rng.int(2_000, 60_000) : 0),
          savedTonnes: String(type === 'materials' || type === 'waste' || type === 'chemicals' ? rng.int(5, 400) : 0),
          savedTco2e: String(Math.round(kwh * 0.00066 + (type === 'emissions' ? rng.int(50, 800) : 0))),
          costSavedMillionVnd: String(rng.int(40, 2500)),
          evidence: 'Báo cáo đánh giá sản xuất sạch hơn (dữ liệu mẫu)',
        });
        result.recp += 1;
      }
    }
    for (const [measure, value] of [
      ['io_monitoring', true],
      ['support_unit', rng.chance(0.7)],
      ['ghg_programme', rng.chance(0.5)],
      ['wastewater_reuse_share', rng.int(0, 30)],
    ] as const)
      await d.eco.declare(actor, park.parkId, {
        measure,
        year,
        value,
        evidence: 'Kê khai của chủ đầu tư hạ tầng (dữ liệu mẫu)',
      });
  }

  // The facilitator works down each offer's top suggestion.
  for (const offer of offers) {
    const top = (await d.eco.suggestions(actor, offer.id)).items[0];
    if (!top || top.dealId) continue;
    const deal = await d.eco.createDeal(actor, {
      offerId: offer.id,
      needId: top.counterpart.id,
      note: 'Đề xuất từ gợi ý ghép nối',
    });
    result.deals += 1;
    await d.eco.moveDeal(actor, deal.id, { status: 'contacted', date: today, note: '' });
    if (truth.get(offer.id) !== top.counterpart.id) {
      await d.eco.moveDeal(actor, deal.id, {
        status: 'ended',
        date: today,
        note: 'Hai bên không thống nhất được về chất lượng',
      });
      continue;
    }
    await d.eco.moveDeal(actor, deal.id, { status: 'agreed', date: today, note: '' });
    await d.eco.moveDeal(actor, deal.id, { status: 'operating', date: today, note: '' });
    result.operating += 1;
    const amount = Math.min(
      top.impact.tonnesDiverted || Infinity,
      top.impact.waterM3 || Infinity,
      top.impact.energyMwh || Infinity,
    );
    const share = rng.range(0.3, 0.9);
    await d.eco.recordImpact(actor, deal.id, {
      year,
      tonnesDiverted: String(Math.round(top.impact.tonnesDiverted * share)),
      waterM3: String(Math.round(top.impact.waterM3 * share)),
      energyMwh: String(Math.round(top.impact.energyMwh * share)),
      costSavedMillionVnd: String(Math.round(Number.isFinite(amount) ? amount * share * rng.range(0.05, 0.6) : 0)),
      source: 'Biên bản giao nhận (dữ liệu mẫu)',
    });
  }
  result.reports = await seedEcoReports(d.eco, parks, rng, year - 1);
  return result;
}
