/** The parks (KCN) and economic zones (KKT) lists as .xlsx, with the filters of their list pages. */
import type { Actor } from '../../../platform/auth/actor';
import { excelDay, excelLocalTime, excelNumber, NUMBER_FORMATS } from '../../../platform/files/xlsx-write';
import type { ParkQuery, ParkSummary, ZoneQuery, ZoneSummary } from '../../zones/contract';
import { LABELS } from '../vocabulary';
import type { ExportColumn } from './export-workbook';
import { type ExportDeps, type ExportFile, provinceName, runExport, today } from './run-export';

const PAGE = 1000;

/** A province code of a list row as "24 · Tỉnh Bắc Ninh" on the list's date. */
async function provinceNamer(deps: ExportDeps, asOf: string) {
  const ix = await deps.geo.getIndex();
  return (code: string | null) => {
    if (!code) return null;
    const u = ix.resolve(code, asOf);
    return u ? `${u.code} · ${u.name}` : code;
  };
}

export async function exportParks(deps: ExportDeps, actor: Actor, query: ParkQuery): Promise<ExportFile> {
  const asOf = query.asOf ?? today(deps);
  const province = await provinceNamer(deps, asOf);
  const zones = new Map((await deps.zones.findZones(actor, { asOf })).items.map((z) => [z.id, z]));
  const developers = new Map<string, { name: string; taxCode: string } | null>();
  const filters: string[] = [];
  if (query.province) filters.push(`Tỉnh, thành phố: ${await provinceName(deps.geo, query.province, asOf)}`);
  if (query.status) filters.push(`Trạng thái: ${LABELS.parkStatus[query.status].vi}`);
  if (query.locationClass) filters.push(`Vị trí: ${LABELS.locationClass[query.locationClass].vi}`);
  if (query.kind) filters.push(`Loại hình: ${LABELS.parkKind[query.kind].vi}`);
  if (query.zoneId) filters.push(`Khu kinh tế: ${zones.get(query.zoneId)?.name ?? query.zoneId}`);
  if (query.q) filters.push(`Tìm: "${query.q}"`);

  const columns: ExportColumn<ParkSummary>[] = [
    { vi: 'Mã KCN', width: 18, value: (p) => p.code },
    { vi: 'Tên KCN', width: 36, value: (p) => p.name },
    { vi: 'Loại hình', width: 24, value: (p) => p.kinds.map((k) => LABELS.parkKind[k].vi).join('; ') || 'KCN' },
    { vi: 'Ngành (KCN chuyên ngành)', width: 20, value: (p) => p.specialisedSector },
    { vi: 'Vị trí', width: 26, value: (p) => LABELS.locationClass[p.locationClass].vi },
    {
      vi: 'Khu kinh tế',
      width: 28,
      value: (p) => (p.parentZoneId ? (zones.get(p.parentZoneId)?.name ?? p.parentZoneId) : null),
    },
    { vi: 'Tỉnh, thành phố', width: 26, value: (p) => province(p.provinceCode) },
    { vi: 'Xã, phường', width: 20, value: (p) => p.commune },
    {
      vi: 'Chủ đầu tư hạ tầng',
      width: 32,
      value: (p) => (p.developerEnterpriseId ? (developers.get(p.developerEnterpriseId)?.name ?? null) : null),
    },
    {
      vi: 'MST chủ đầu tư',
      width: 16,
      value: (p) => (p.developerEnterpriseId ? (developers.get(p.developerEnterpriseId)?.taxCode ?? null) : null),
    },
    { vi: 'Trạng thái', width: 28, value: (p) => (p.status ? LABELS.parkStatus[p.status].vi : 'Chưa có sự kiện') },
    { vi: 'Từ ngày', width: 12, format: NUMBER_FORMATS.date, value: (p) => excelDay(p.statusSince) },
    {
      vi: 'Diện tích thành lập (ha)',
      width: 16,
      format: NUMBER_FORMATS.hectares,
      value: (p) => excelNumber(p.establishedArea),
    },
    {
      vi: 'Thời hạn thuê đất (năm)',
      width: 12,
      format: NUMBER_FORMATS.integer,
      value: (p) => p.landLeaseTermYears,
    },
    { vi: 'Kinh độ', width: 12, format: NUMBER_FORMATS.coordinate, value: (p) => p.lon },
    { vi: 'Vĩ độ', width: 12, format: NUMBER_FORMATS.coordinate, value: (p) => p.lat },
    { vi: 'Cập nhật lúc', width: 20, format: NUMBER_FORMATS.dateTime, value: (p) => excelLocalTime(p.updatedAt) },
  ];

  return runExport(deps, actor, {
    title: 'Danh sách khu công nghiệp',
    sheet: 'Khu công nghiệp',
    fileBase: 'khu-cong-nghiep',
    asOf,
    filters,
    columns,
    page: (n) => deps.zones.findParks(actor, { ...query, asOf, page: n, pageSize: PAGE }),
    async enrich(items) {
      for (const id of new Set(items.map((p) => p.developerEnterpriseId).filter((x): x is string => x !== null))) {
        if (developers.has(id)) continue;
        // A developer the caller may not read keeps its name out of the file.
        const found = await deps.investment.getEnterprise(actor, id).catch(() => null);
        developers.set(id, found ? { name: found.nameVi, taxCode: found.taxCode } : null);
      }
    },
  });
}

export async function exportZones(deps: ExportDeps, actor: Actor, query: ZoneQuery): Promise<ExportFile> {
  const asOf = query.asOf ?? today(deps);
  const province = await provinceNamer(deps, asOf);
  const filters: string[] = [];
  if (query.province) filters.push(`Tỉnh, thành phố: ${await provinceName(deps.geo, query.province, asOf)}`);
  if (query.type) filters.push(`Loại: ${LABELS.kktType[query.type].vi}`);
  if (query.q) filters.push(`Tìm: "${query.q}"`);
  const columns: ExportColumn<ZoneSummary>[] = [
    { vi: 'Mã KKT', width: 16, value: (z) => z.code },
    { vi: 'Tên khu kinh tế', width: 34, value: (z) => z.name },
    { vi: 'Loại', width: 26, value: (z) => LABELS.kktType[z.type].vi },
    { vi: 'Tỉnh, thành phố', width: 26, value: (z) => province(z.provinceCode) },
    { vi: 'Xã, phường, đặc khu', width: 20, value: (z) => z.commune },
    { vi: 'Số QĐ thành lập', width: 18, value: (z) => z.decisionNo },
    { vi: 'Ngày QĐ thành lập', width: 14, format: NUMBER_FORMATS.date, value: (z) => excelDay(z.decisionDate) },
    { vi: 'Cơ quan quyết định', width: 22, value: (z) => z.decisionAuthority },
    { vi: 'Số QĐ quy hoạch chung', width: 18, value: (z) => z.generalPlanDecisionNo },
    {
      vi: 'Ngày QĐ quy hoạch chung',
      width: 14,
      format: NUMBER_FORMATS.date,
      value: (z) => excelDay(z.generalPlanDecisionDate),
    },
    {
      vi: 'Diện tích đất (ha)',
      width: 16,
      format: NUMBER_FORMATS.hectares,
      value: (z) => excelNumber(z.establishedLandHa),
    },
    {
      vi: 'Diện tích mặt nước (ha)',
      width: 16,
      format: NUMBER_FORMATS.hectares,
      value: (z) => excelNumber(z.establishedWaterHa),
    },
    { vi: 'Cập nhật lúc', width: 20, format: NUMBER_FORMATS.dateTime, value: (z) => excelLocalTime(z.updatedAt) },
  ];
  // The zones list is not paged: the service answers every zone the caller may see at once.
  return runExport(deps, actor, {
    title: 'Danh sách khu kinh tế',
    sheet: 'Khu kinh tế',
    fileBase: 'khu-kinh-te',
    asOf,
    filters,
    columns,
    page: async (n) => {
      const list = await deps.zones.findZones(actor, { ...query, asOf });
      return { items: n === 1 ? list.items : [], total: list.total };
    },
  });
}
