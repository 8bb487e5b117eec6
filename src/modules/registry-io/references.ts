/**
 * Names and codes typed in a sheet, turned into the ids the API takes: a province name or code
 * into the administrative unit of the right edition, a KKT or KCN code, a tax code, an investor,
 * a project code, a State Bank rate. Everything is read through the owning modules' services
 * before the write transaction opens; whether the caller may use a record is still decided by
 * the service that writes the row.
 */
import type { Currency } from '../../kernel/money';
import { type Actor, systemActor } from '../../platform/auth/actor';
import { fold, type Parsed } from '../../platform/files/xlsx-cells';
import type { AdminIndex, AdminUnit } from '../geo/admin-units';
import type { GeoService } from '../geo/service';
import type { InvestmentService } from '../investment/service';
import type { ReferenceService } from '../reference/service';
import type { ZonesService } from '../zones/service';
import { MERGER_DAY, provinceLabel } from './lists';

export type ReferenceNeeds = {
  zones?: boolean;
  parks?: boolean;
  enterprises?: readonly string[];
  investors?: readonly string[];
  projects?: readonly string[];
};

export type Found = { id: string; code: string };

export type References = {
  today: string;
  /** The unit a province cell names, on `date` (null: today). */
  province(text: string, date: string | null): Parsed<string>;
  country(text: string): Parsed<string>;
  zone(text: string): Parsed<Found>;
  park(text: string): Parsed<Found>;
  enterprise(taxCode: string): Parsed<Found>;
  investor(text: string, nationality: string | null): Parsed<Found>;
  project(code: string): Parsed<Found & { currency: Currency }>;
  /** The latest State Bank rate between two currencies on or before `date`. */
  rate(a: Currency, b: Currency, date: string): Promise<Parsed<string>>;
};

export type ReferenceDeps = {
  geo: GeoService;
  reference: ReferenceService;
  zones: ZonesService;
  investment: InvestmentService;
  today: string;
};

/** The code part of a dropdown entry "KCN-01 · KCN Yên Phong"; typed codes pass unchanged. */
export const codeOf = (text: string) => text.split(' · ')[0]!.trim();

/** 0123456789001 and 0123456789-001 are the same dependent unit (as the register keeps it). */
export const normalTaxCode = (code: string) => {
  const digits = code.trim().replace('-', '');
  return digits.length === 13 ? `${digits.slice(0, 10)}-${digits.slice(10)}` : digits;
};

const notFound = (what: string, whatEn: string, text: string): Parsed<never> => ({
  ok: false,
  vi: `Không tìm thấy ${what} "${text}" trong cơ sở dữ liệu.`,
  en: `No ${whatEn} "${text}" in the register.`,
});

/** Looks a few values up one by one, or reads the whole list page by page when there are many. */
const LOOKUP_ONE_BY_ONE = 200;
const PAGE = 5000;

async function allPages<T>(read: (page: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await read(page);
    out.push(...items);
    if (items.length === 0 || out.length >= total) return out;
  }
}

const stripPrefix = (name: string) => fold(name).replace(/^(tinh|thanh pho|tp\.?)\s+/, '');

/**
 * A province: "01 · Thành phố Hà Nội" (the dropdown), a name with or without "Tỉnh"/"Thành phố"
 * and accents, a GSO code, or a unit id ("63:24"). A name decides the edition by itself when it
 * names one unit (Bắc Giang is pre-2025 only); otherwise the edition in force on `date` wins.
 */
export function resolveProvince(ix: AdminIndex, text: string, date: string): Parsed<string> {
  const raw = text.trim();
  if (/^(63|34):\d{2}$/.test(raw)) {
    return ix.unit(raw) ? { ok: true, value: raw } : notFound('đơn vị hành chính', 'administrative unit', raw);
  }
  const [first, ...rest] = raw.split(' · ');
  const code = /^\d{1,2}$/.test(first!.trim()) ? first!.trim().padStart(2, '0') : null;
  const name = code ? rest.join(' · ') : raw;
  const editionDay = date < MERGER_DAY ? '2025-06-30' : date;
  const all = [...ix.unitsAsOf('2025-06-30'), ...ix.unitsAsOf(MERGER_DAY)];
  let candidates: AdminUnit[] = all;
  if (code) candidates = candidates.filter((u) => u.code === code);
  if (name.trim()) candidates = candidates.filter((u) => stripPrefix(u.name) === stripPrefix(name));
  if (candidates.length === 0) {
    return {
      ok: false,
      vi: `Không có tỉnh, thành phố "${raw}" (chọn trong danh sách, ví dụ "01 · Thành phố Hà Nội").`,
      en: `No province "${raw}" (pick one from the list, e.g. "01 · Thành phố Hà Nội").`,
    };
  }
  const inForce = new Set(ix.unitsAsOf(editionDay).map((u) => u.id));
  const chosen = candidates.find((u) => inForce.has(u.id)) ?? candidates[0]!;
  return { ok: true, value: chosen.id };
}

export async function loadReferences(deps: ReferenceDeps, needs: ReferenceNeeds): Promise<References> {
  const system: Actor = systemActor('import');
  const ix = await deps.geo.getIndex();
  const countries = await deps.reference.listCountries();
  const countryByKey = new Map<string, string>();
  for (const c of countries) {
    for (const key of [c.alpha2, c.alpha3, c.nameVi, c.nameEn, ...(c.aliases ?? [])])
      countryByKey.set(fold(key), c.alpha2);
  }

  const zones = needs.zones ? (await deps.zones.findZones(system, {})).items : [];
  const zoneByCode = new Map(zones.map((z) => [fold(z.code), { id: z.id, code: z.code }]));
  const parks = needs.parks ? (await deps.zones.findParks(system, { pageSize: 1_000_000 })).items : [];
  const parkByCode = new Map(parks.map((p) => [fold(p.code), { id: p.id, code: p.code }]));

  const enterpriseByTax = new Map<string, Found>();
  const taxCodes = [...new Set((needs.enterprises ?? []).map(normalTaxCode))];
  const addEnterprises = (items: { id: string; taxCode: string }[]) => {
    for (const e of items) enterpriseByTax.set(e.taxCode, { id: e.id, code: e.taxCode });
  };
  if (taxCodes.length > LOOKUP_ONE_BY_ONE) {
    addEnterprises(await allPages((page) => deps.investment.findEnterprises(system, { page, pageSize: PAGE })));
  } else {
    for (const code of taxCodes) {
      addEnterprises((await deps.investment.findEnterprises(system, { q: code, page: 1, pageSize: 50 })).items);
    }
  }

  type InvestorRow = { id: string; name: string; nationality: string; identifier: string | null };
  const investors: InvestorRow[] = [];
  const investorRefs = [...new Set(needs.investors ?? [])];
  if (investorRefs.length > LOOKUP_ONE_BY_ONE) {
    investors.push(...(await allPages((page) => deps.investment.findInvestors(system, { page, pageSize: PAGE }))));
  } else {
    const seen = new Set<string>();
    for (const ref of investorRefs) {
      for (const i of (await deps.investment.findInvestors(system, { q: ref, page: 1, pageSize: 200 })).items) {
        if (!seen.has(i.id)) investors.push(i);
        seen.add(i.id);
      }
    }
  }

  const projectByCode = new Map<string, Found & { currency: Currency }>();
  const projectCodes = [...new Set(needs.projects ?? [])];
  const addProjects = (items: { id: string; projectCode: string; currency: Currency }[]) => {
    for (const p of items) projectByCode.set(p.projectCode, { id: p.id, code: p.projectCode, currency: p.currency });
  };
  const projectQuery = { sort: 'projectCode', order: 'asc' } as const;
  if (projectCodes.length > LOOKUP_ONE_BY_ONE) {
    addProjects(
      await allPages((page) => deps.investment.findProjects(system, { ...projectQuery, page, pageSize: PAGE })),
    );
  } else {
    for (const code of projectCodes) {
      const found = await deps.investment.findProjects(system, { ...projectQuery, q: code, page: 1, pageSize: 50 });
      addProjects(found.items);
    }
  }

  return {
    today: deps.today,
    province: (text, date) => resolveProvince(ix, text, date ?? deps.today),
    country(text) {
      const code = countryByKey.get(fold(codeOf(text))) ?? countryByKey.get(fold(text));
      return code
        ? { ok: true, value: code }
        : {
            ok: false,
            vi: `Không có quốc gia "${text}" (ghi mã ISO 2 chữ như KR, JP hoặc chọn trong danh sách).`,
            en: `No country "${text}" (write an ISO code such as KR, JP or pick one from the list).`,
          };
    },
    zone(text) {
      const z = zoneByCode.get(fold(codeOf(text)));
      return z ? { ok: true, value: z } : notFound('khu kinh tế mã', 'economic zone with code', codeOf(text));
    },
    park(text) {
      const p = parkByCode.get(fold(codeOf(text)));
      return p ? { ok: true, value: p } : notFound('khu công nghiệp mã', 'industrial park with code', codeOf(text));
    },
    enterprise(taxCode) {
      const e = enterpriseByTax.get(normalTaxCode(taxCode));
      return e ? { ok: true, value: e } : notFound('doanh nghiệp có mã số thuế', 'enterprise with tax code', taxCode);
    },
    investor(text, nationality) {
      const key = fold(codeOf(text));
      const byIdentifier = investors.filter((i) => i.identifier && fold(i.identifier) === key);
      const byName = investors.filter((i) => fold(i.name) === key);
      let matches = byIdentifier.length ? byIdentifier : byName;
      if (nationality) matches = matches.filter((i) => i.nationality === nationality);
      if (matches.length === 1) return { ok: true, value: { id: matches[0]!.id, code: matches[0]!.identifier ?? '' } };
      if (matches.length === 0) return notFound('nhà đầu tư', 'investor', text);
      return {
        ok: false,
        vi: `Có ${matches.length} nhà đầu tư "${text}"; hãy ghi mã định danh (mã số doanh nghiệp, hộ chiếu) hoặc quốc tịch.`,
        en: `${matches.length} investors match "${text}"; write the identifier (enterprise code, passport) or the nationality.`,
      };
    },
    project(code) {
      const p = projectByCode.get(code.trim());
      return p ? { ok: true, value: p } : notFound('dự án có mã số', 'project with code', code);
    },
    async rate(a, b, date) {
      for (const [from, to] of [
        [a, b],
        [b, a],
      ] as const) {
        try {
          return { ok: true, value: (await deps.investment.rateOn(system, from, to, date)).id };
        } catch {
          // try the other direction
        }
      }
      return {
        ok: false,
        vi: `Chưa có tỷ giá ${a}/${b} của Ngân hàng Nhà nước đến ngày ${date}.`,
        en: `No State Bank ${a}/${b} rate on or before ${date}.`,
      };
    },
  };
}

export { provinceLabel };
