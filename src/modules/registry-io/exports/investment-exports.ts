/** The enterprises, investors and projects lists as .xlsx, with the filters of their list pages. */
import type { Actor } from '../../../platform/auth/actor';
import { excelLocalTime, excelNumber, NUMBER_FORMATS } from '../../../platform/files/xlsx-write';
import type {
  Enterprise,
  EnterpriseQuery,
  Investor,
  InvestorQuery,
  ProjectQuery,
  ProjectSummary,
} from '../../investment/contract';
import { LABELS } from '../vocabulary';
import type { ExportColumn } from './export-workbook';
import { type ExportDeps, type ExportFile, provinceName, runExport, today } from './run-export';

const PAGE = 2000;
const PRELOAD_ABOVE = 1000;

async function countryNames(deps: ExportDeps) {
  const names = new Map((await deps.reference.listCountries()).map((c) => [c.alpha2, c.nameVi]));
  return (code: string | null) => (code ? `${code} · ${names.get(code) ?? code}` : null);
}

export async function exportEnterprises(deps: ExportDeps, actor: Actor, query: EnterpriseQuery): Promise<ExportFile> {
  const asOf = query.asOf ?? today(deps);
  const ix = await deps.geo.getIndex();
  const now = today(deps);
  const filters: string[] = [];
  if (query.province) filters.push(`Tỉnh, thành phố: ${await provinceName(deps.geo, query.province, asOf)}`);
  if (query.q) filters.push(`Tìm: "${query.q}"`);
  const columns: ExportColumn<Enterprise>[] = [
    { vi: 'Mã số thuế', width: 16, value: (e) => e.taxCode },
    { vi: 'Tên doanh nghiệp', width: 40, value: (e) => e.nameVi },
    { vi: 'Tên tiếng nước ngoài', width: 30, value: (e) => e.nameForeign },
    { vi: 'Địa chỉ trụ sở', width: 34, value: (e) => e.address },
    { vi: 'Xã, phường', width: 20, value: (e) => e.commune },
    {
      vi: 'Tỉnh, thành phố',
      width: 26,
      value: (e) => {
        const u = e.provinceCode ? ix.resolve(e.provinceCode, now) : null;
        return u ? `${u.code} · ${u.name}` : e.provinceCode;
      },
    },
    { vi: 'Người đại diện theo pháp luật', width: 24, value: (e) => e.legalRepresentative },
    { vi: 'Ngành (mã VSIC)', width: 18, value: (e) => e.sectors.join('; ') || null },
    { vi: 'Cập nhật lúc', width: 20, format: NUMBER_FORMATS.dateTime, value: (e) => excelLocalTime(e.updatedAt) },
  ];
  return runExport(deps, actor, {
    title: 'Danh sách doanh nghiệp',
    sheet: 'Doanh nghiệp',
    fileBase: 'doanh-nghiep',
    asOf,
    filters,
    columns,
    page: (n) => deps.investment.findEnterprises(actor, { ...query, page: n, pageSize: PAGE }),
  });
}

export async function exportInvestors(deps: ExportDeps, actor: Actor, query: InvestorQuery): Promise<ExportFile> {
  const country = await countryNames(deps);
  const filters: string[] = [];
  if (query.kind) filters.push(`Loại: ${LABELS.investorKind[query.kind].vi}`);
  if (query.nationality) filters.push(`Quốc tịch: ${country(query.nationality)}`);
  if (query.q) filters.push(`Tìm: "${query.q}"`);
  const percent = (v: string | null) => excelNumber(v);
  const columns: ExportColumn<Investor>[] = [
    { vi: 'Loại nhà đầu tư', width: 14, value: (i) => LABELS.investorKind[i.kind].vi },
    { vi: 'Tên nhà đầu tư', width: 40, value: (i) => i.name },
    { vi: 'Quốc tịch, nơi thành lập', width: 24, value: (i) => country(i.nationality) },
    {
      vi: 'Tỷ lệ sở hữu nước ngoài (%)',
      width: 16,
      format: NUMBER_FORMATS.percent,
      value: (i) => percent(i.foreignShare),
    },
    {
      vi: 'Tỷ lệ do tổ chức điểm a khoản 1 Điều 23 nắm giữ (%)',
      width: 20,
      format: NUMBER_FORMATS.percent,
      value: (i) => percent(i.controlledShare),
    },
    { vi: 'Mã định danh', width: 20, value: (i) => i.identifier },
    { vi: 'Cập nhật lúc', width: 20, format: NUMBER_FORMATS.dateTime, value: (i) => excelLocalTime(i.updatedAt) },
  ];
  return runExport(deps, actor, {
    title: 'Danh sách nhà đầu tư',
    sheet: 'Nhà đầu tư',
    fileBase: 'nha-dau-tu',
    asOf: today(deps),
    filters,
    columns,
    page: (n) => deps.investment.findInvestors(actor, { ...query, page: n, pageSize: PAGE }),
  });
}

type Place = { code: string; name: string; provinceCode: string | null };

export async function exportProjects(deps: ExportDeps, actor: Actor, query: ProjectQuery): Promise<ExportFile> {
  const asOf = query.asOf ?? today(deps);
  const ix = await deps.geo.getIndex();
  const country = await countryNames(deps);
  const parks = new Map<string, Place>(
    (await deps.zones.findParks(actor, { asOf, pageSize: 1_000_000 })).items.map((p) => [p.id, p]),
  );
  const zones = new Map<string, Place>((await deps.zones.findZones(actor, { asOf })).items.map((z) => [z.id, z]));
  const enterprises = new Map<string, { taxCode: string; nameVi: string } | null>();
  const placeOf = (p: ProjectSummary) => (p.locationKind === 'park' ? parks.get(p.parkId!) : zones.get(p.zoneId!));

  const filters: string[] = [];
  if (query.province) filters.push(`Tỉnh, thành phố: ${await provinceName(deps.geo, query.province, asOf)}`);
  if (query.parkId) filters.push(`KCN: ${parks.get(query.parkId)?.name ?? query.parkId}`);
  if (query.zoneId) filters.push(`KKT: ${zones.get(query.zoneId)?.name ?? query.zoneId}`);
  if (query.enterpriseId) {
    const e = await deps.investment.getEnterprise(actor, query.enterpriseId).catch(() => null);
    filters.push(`Doanh nghiệp: ${e ? `${e.nameVi} (${e.taxCode})` : query.enterpriseId}`);
  }
  if (query.origin) filters.push(`Nguồn vốn: ${LABELS.origin[query.origin].vi}`);
  if (query.partnerCountry) filters.push(`Đối tác chính: ${country(query.partnerCountry)}`);
  if (query.status) filters.push(`Tình trạng GCNĐKĐT: ${LABELS.certificateStatus[query.status].vi}`);
  if (query.sector) filters.push(`Ngành: ${query.sector}`);
  if (query.type) filters.push(`Loại dự án: ${LABELS.projectType[query.type].vi}`);
  if (query.q) filters.push(`Tìm: "${query.q}"`);

  const money = (p: ProjectSummary, currency: 'USD' | 'VND') =>
    p.registeredCapital && p.registeredCapital.currency === currency ? excelNumber(p.registeredCapital.value) : null;
  const columns: ExportColumn<ProjectSummary>[] = [
    { vi: 'Mã số dự án', width: 16, value: (p) => p.projectCode },
    { vi: 'Tên dự án', width: 42, value: (p) => p.name },
    { vi: 'Loại dự án', width: 26, value: (p) => LABELS.projectType[p.type].vi },
    { vi: 'Địa điểm', width: 22, value: (p) => LABELS.locationKind[p.locationKind]?.vi ?? p.locationKind },
    { vi: 'KCN, KKT', width: 34, value: (p) => placeOf(p)?.name ?? null },
    {
      vi: 'Tỉnh, thành phố',
      width: 26,
      value: (p) => {
        const code = placeOf(p)?.provinceCode;
        const u = code ? ix.resolve(code, asOf) : null;
        return u ? `${u.code} · ${u.name}` : (code ?? null);
      },
    },
    {
      vi: 'MST doanh nghiệp',
      width: 16,
      value: (p) => (p.enterpriseId ? (enterprises.get(p.enterpriseId)?.taxCode ?? null) : null),
    },
    {
      vi: 'Doanh nghiệp thực hiện',
      width: 36,
      value: (p) => (p.enterpriseId ? (enterprises.get(p.enterpriseId)?.nameVi ?? null) : null),
    },
    { vi: 'Ngành (VSIC)', width: 14, value: (p) => p.sectors.join('; ') || null },
    { vi: 'Nguồn vốn', width: 26, value: (p) => (p.origin ? LABELS.origin[p.origin].vi : null) },
    { vi: 'Tình trạng GCNĐKĐT', width: 16, value: (p) => LABELS.certificateStatus[p.status].vi },
    { vi: 'Vốn đăng ký (USD)', width: 18, format: NUMBER_FORMATS.usd, value: (p) => money(p, 'USD') },
    { vi: 'Vốn đăng ký (VND)', width: 22, format: NUMBER_FORMATS.vnd, value: (p) => money(p, 'VND') },
    { vi: 'Diện tích đất (ha)', width: 14, format: NUMBER_FORMATS.hectares, value: (p) => excelNumber(p.landAreaHa) },
    { vi: 'Cập nhật lúc', width: 20, format: NUMBER_FORMATS.dateTime, value: (p) => excelLocalTime(p.updatedAt) },
  ];
  return runExport(deps, actor, {
    title: 'Danh sách dự án đầu tư',
    sheet: 'Dự án',
    fileBase: 'du-an',
    asOf,
    filters,
    columns,
    page: (n) => deps.investment.findProjects(actor, { ...query, asOf, page: n, pageSize: PAGE }),
    async enrich(items, total) {
      if (total > PRELOAD_ABOVE && enterprises.size === 0) {
        // Many projects: read every enterprise the caller sees once, rather than one by one.
        for (let n = 1; ; n++) {
          const page = await deps.investment.findEnterprises(actor, { page: n, pageSize: 5000 });
          for (const e of page.items) enterprises.set(e.id, { taxCode: e.taxCode, nameVi: e.nameVi });
          if (page.items.length === 0 || n * 5000 >= page.total) break;
        }
      }
      for (const id of new Set(items.map((p) => p.enterpriseId).filter((x): x is string => x !== null))) {
        if (enterprises.has(id)) continue;
        // An enterprise the caller may not read keeps its name out of the file.
        const found = await deps.investment.getEnterprise(actor, id).catch(() => null);
        enterprises.set(id, found ? { taxCode: found.taxCode, nameVi: found.nameVi } : null);
      }
    },
  });
}
