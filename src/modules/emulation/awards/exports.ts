/**
 * Excel exports of a block's ranking and of the award register: numbers stay numbers, dates stay
 * dates, Vietnamese headers, one sheet each.
 */
import { excelDay, NUMBER_FORMATS, newWorkbook, styleHeader, workbookBuffer } from '../../../platform/files/xlsx-write';
import type { ScoringView } from '../scoring/contract';
import type { AwardEntry } from './contract';

const ROLE = { leader: 'Khối trưởng', deputy: 'Khối phó', member: 'Thành viên' } as const;
const KIND = {
  merit: 'Công trạng',
  thematic: 'Chuyên đề',
  ad_hoc: 'Đột xuất',
  contribution: 'Cống hiến',
  seniority: 'Niên hạn',
  foreign: 'Đối ngoại',
} as const;

export async function rankingWorkbook(view: ScoringView): Promise<{ fileName: string; data: Buffer }> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Xếp hạng');
  ws.addRow([`${view.blockName} — kết quả chấm điểm, xếp hạng năm ${view.year}`]).font = { bold: true, size: 13 };
  ws.addRow([
    view.sheet
      ? `Bảng chấm điểm phiên bản ${view.sheet.version}: ${view.sheet.basis}; điểm tối đa ${view.sheet.maximum}`
      : 'Chưa có bảng chấm điểm',
  ]);
  ws.addRow([]);
  const groups = view.sheet?.definition.groups ?? [];
  const header = ws.addRow([
    'Hạng',
    'Đơn vị',
    'Vai trò',
    'Tự chấm',
    ...groups.map((g) => g.nameVi),
    'Điểm thưởng',
    'Điểm trừ',
    'Tổng điểm',
    'Đồng hạng với',
    'Tiêu chí phụ quyết định',
    'Trạng thái',
  ]);
  styleHeader(header);
  for (const c of view.cards) {
    const sum = (pred: (l: ScoringView['cards'][number]['lines'][number]) => boolean) =>
      c.lines.filter(pred).reduce((s, l) => s + Math.round((l.final ?? 0) * 100), 0) / 100;
    const tied = c.tiedWith.map((id) => view.cards.find((x) => x.unit.id === id)?.unit.shortName ?? id).join(', ');
    const row = ws.addRow([
      c.rank,
      c.unit.name,
      ROLE[c.role],
      c.selfTotal,
      ...groups.map((g) => sum((l) => l.group === g.key)),
      sum((l) => l.kind === 'bonus'),
      sum((l) => l.kind === 'penalty'),
      c.total,
      tied || null,
      c.decidedByVi,
      c.complete ? 'Đã chốt' : 'Chưa chốt',
    ]);
    row.eachCell((cell, col) => {
      if (col >= 4 && col <= 7 + groups.length) cell.numFmt = '#,##0.00';
    });
  }
  ws.columns.forEach((col, i) => {
    col.width = i === 1 ? 48 : 14;
  });
  return { fileName: `xep-hang-${view.year}.xlsx`, data: await workbookBuffer(wb) };
}

export async function registerWorkbook(items: readonly AwardEntry[]): Promise<{ fileName: string; data: Buffer }> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Sổ khen thưởng');
  const header = ws.addRow([
    'Năm',
    'Danh hiệu / hình thức',
    'Loại hình',
    'Đối tượng',
    'Tên',
    'Đơn vị',
    'Số quyết định',
    'Ngày quyết định',
    'Cấp quyết định',
    'Thành tích',
  ]);
  styleHeader(header);
  for (const a of items) {
    const row = ws.addRow([
      a.year,
      a.titleVi,
      KIND[a.kind],
      a.subjectKind === 'collective' ? 'Tập thể' : 'Cá nhân',
      a.subjectName,
      a.unitName,
      a.decisionNumber,
      excelDay(a.decisionDate),
      a.authority,
      a.achievement,
    ]);
    row.getCell(8).numFmt = NUMBER_FORMATS.date;
  }
  ws.columns.forEach((col, i) => {
    col.width = [8, 40, 12, 10, 40, 40, 16, 14, 30, 60][i] ?? 14;
  });
  return { fileName: 'so-khen-thuong.xlsx', data: await workbookBuffer(wb) };
}
