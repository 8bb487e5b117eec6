import type { Actor } from '../../../platform/auth/actor';
import { newWorkbook, styleHeader, workbookBuffer } from '../../../platform/files/xlsx-write';
import { blockYears, getBlock } from './block-detail';
import type { EmulationDeps } from './common';
import { loadUnitRefs } from './common';

const ROLE_VI = { leader: 'Khối trưởng', deputy: 'Khối phó', member: 'Thành viên' } as const;

/**
 * A block's members and rotation as .xlsx: sheet 1 the rotation history (year, leader, deputy,
 * conference host, date, place, basis); sheet 2 every member's role year by year.
 */
export async function blockWorkbook(deps: EmulationDeps, actor: Actor, id: string) {
  const detail = await getBlock(deps, actor, id);
  const rows = await blockYears(deps.db, id);
  const units = await loadUnitRefs(
    deps,
    deps.db,
    rows.map((r) => r.unitId),
  );
  const workbook = newWorkbook();

  const rotation = workbook.addWorksheet('Luân phiên');
  rotation.columns = [
    { header: 'Năm', width: 8 },
    { header: 'Khối trưởng', width: 34 },
    { header: 'Khối phó', width: 34 },
    { header: 'Số thành viên', width: 14 },
    { header: 'Đơn vị đăng cai hội nghị tổng kết', width: 34 },
    { header: 'Ngày hội nghị', width: 14 },
    { header: 'Địa điểm', width: 20 },
    { header: 'Căn cứ', width: 60 },
  ];
  styleHeader(rotation.getRow(1));
  for (const y of [...detail.history].sort((a, b) => a.year - b.year)) {
    rotation.addRow([
      y.year,
      y.leader?.name ?? '',
      y.deputy?.name ?? '',
      y.memberCount,
      y.conferenceHost?.name ?? '',
      y.conferenceOn ? new Date(`${y.conferenceOn}T00:00:00Z`) : null,
      y.conferencePlace ?? '',
      y.rotationBasis ?? '',
    ]);
  }
  rotation.getColumn(6).numFmt = 'dd/mm/yyyy';

  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const members = workbook.addWorksheet('Thành viên theo năm');
  members.columns = [
    { header: 'Đơn vị', width: 40 },
    { header: 'Tỉnh, thành phố (mã)', width: 12 },
    ...years.map((y) => ({ header: String(y), width: 13 })),
  ];
  styleHeader(members.getRow(1));
  const unitIds = [...new Set(rows.map((r) => r.unitId))].sort(
    (a, b) =>
      (units.get(a)?.provinceCode ?? '').localeCompare(units.get(b)?.provinceCode ?? '') ||
      (units.get(a)?.name ?? '').localeCompare(units.get(b)?.name ?? '', 'vi'),
  );
  for (const u of unitIds) {
    const ref = units.get(u)!;
    members.addRow([
      ref.name,
      ref.provinceCode ?? '',
      ...years.map((y) => {
        const r = rows.find((x) => x.unitId === u && x.year === y);
        return r
          ? ROLE_VI[r.role as keyof typeof ROLE_VI] +
              (r.leftOn ? ` (đến ${r.leftOn.split('-').reverse().join('/')})` : '')
          : '';
      }),
    ]);
  }
  members.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  return { fileName: `${detail.name} - thanh vien va luan phien.xlsx`, data: await workbookBuffer(workbook) };
}
