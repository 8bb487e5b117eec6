/**
 * The eco pages as .xlsx with Vietnamese headers: a park's scorecard (requirements, trend, action
 * plan), the RECP register (measures and totals per park and year) and the deals with their
 * measured impact (deals, impact per park and year, the matcher's precision). Each workbook is
 * built from what the page's own endpoint returns to the same user, so scope and confidentiality
 * are the page's. Numbers stay number cells.
 */
import type ExcelJS from 'exceljs';
import type { z } from 'zod';
import { newWorkbook, styleHeader, workbookBuffer } from '../../../platform/files/xlsx-write';
import type { Deal, ImpactSummary, RecpList, ScorecardOut } from '../contract';

type Col = { header: string; width: number; fmt?: string };
const NUM = '#,##0.###';

function sheet(wb: ExcelJS.Workbook, name: string, cols: Col[], rows: (string | number | null)[][]) {
  const ws = wb.addWorksheet(name);
  ws.columns = cols.map((c) => ({ width: c.width }));
  styleHeader(ws.addRow(cols.map((c) => c.header)));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) {
    const row = ws.addRow(r);
    cols.forEach((c, i) => {
      if (c.fmt) row.getCell(i + 1).numFmt = c.fmt;
    });
  }
  return ws;
}
const n = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? null : Number(v));
const STATUS_VI = { met: 'Đạt', not_met: 'Chưa đạt', unknown: 'Chưa rõ' } as const;
const DEAL_VI = {
  proposed: 'Đề xuất',
  contacted: 'Đã liên hệ',
  agreed: 'Đã thỏa thuận',
  operating: 'Đang vận hành',
  ended: 'Kết thúc',
} as const;

export async function scorecardWorkbook(card: ScorecardOut) {
  const wb = newWorkbook();
  const years = card.requirements[0]?.trend.map((t) => t.year) ?? [];
  sheet(
    wb,
    'Tiêu chí',
    [
      { header: 'Mã', width: 9 },
      { header: 'Nhóm', width: 8 },
      { header: 'Tiêu chí', width: 60 },
      { header: 'Điều kiện tiên quyết', width: 12 },
      { header: 'Ngưỡng', width: 12 },
      { header: `Giá trị ${card.year}`, width: 14, fmt: NUM },
      { header: 'Kết quả', width: 12 },
      { header: 'Nguồn', width: 14 },
      { header: 'Căn cứ số liệu', width: 60 },
      { header: 'Khoảng cách', width: 30 },
      ...years.map((y) => ({ header: `Kết quả ${y}`, width: 12 })),
    ],
    card.requirements.map((r) => [
      r.id,
      r.category,
      r.labelVi,
      r.prerequisite ? 'Có' : 'Không',
      r.threshold === null ? r.comparator : `${r.comparator} ${r.threshold}${r.unit === 'percent' ? '%' : ''}`,
      typeof r.value === 'boolean' ? (r.value ? 'Có' : 'Không') : r.value,
      STATUS_VI[r.status],
      r.source === 'live' ? 'Dữ liệu hệ thống' : r.source === 'declared' ? 'Kê khai' : '',
      r.detailVi,
      r.gapVi ?? '',
      ...r.trend.map((t) => STATUS_VI[t.status]),
    ]),
  );
  sheet(
    wb,
    'Kế hoạch hành động',
    [
      { header: 'Tiêu chí', width: 10 },
      { header: 'Việc cần làm', width: 50 },
      { header: 'Người phụ trách', width: 24 },
      { header: 'Hạn', width: 12 },
      { header: 'Trạng thái', width: 14 },
    ],
    card.requirements.flatMap((r) =>
      r.actions.map((a) => [
        a.requirementId,
        a.title,
        a.owner,
        a.dueOn.split('-').reverse().join('/'),
        { open: 'Chưa làm', in_progress: 'Đang làm', done: 'Đã xong' }[a.status],
      ]),
    ),
  );
  return {
    fileName: `Danh-gia-${card.ruleSet.id}-${card.year}-${card.park.name}.xlsx`,
    data: await workbookBuffer(wb),
  };
}

export async function recpWorkbook(list: z.infer<typeof RecpList>) {
  const wb = newWorkbook();
  const amounts = (x: {
    savedKwh: string;
    savedM3: string;
    savedTonnes: string;
    savedTco2e: string;
    costSavedMillionVnd: string;
  }) => [n(x.savedKwh), n(x.savedM3), n(x.savedTonnes), n(x.savedTco2e), n(x.costSavedMillionVnd)];
  const amountCols: Col[] = [
    { header: 'Điện tiết kiệm (kWh/năm)', width: 16, fmt: NUM },
    { header: 'Nước tiết kiệm (m³/năm)', width: 16, fmt: NUM },
    { header: 'Vật liệu tiết kiệm (tấn/năm)', width: 16, fmt: NUM },
    { header: 'Giảm phát thải (tCO₂e/năm)', width: 16, fmt: NUM },
    { header: 'Chi phí tiết kiệm (triệu đồng/năm)', width: 18, fmt: NUM },
  ];
  sheet(
    wb,
    'Giải pháp RECP',
    [
      { header: 'Doanh nghiệp', width: 36 },
      { header: 'KCN', width: 30 },
      { header: 'Loại', width: 12 },
      { header: 'Giải pháp', width: 40 },
      { header: 'Bắt đầu', width: 12 },
      ...amountCols,
      { header: 'Minh chứng', width: 40 },
    ],
    list.items.map((m) => [
      m.enterpriseName,
      m.parkName,
      m.type,
      m.title,
      m.startedOn.split('-').reverse().join('/'),
      ...amounts(m),
      m.evidence,
    ]),
  );
  sheet(
    wb,
    'Tổng theo KCN, năm',
    [
      { header: 'KCN', width: 30 },
      { header: 'Năm', width: 8 },
      { header: 'Số doanh nghiệp', width: 12 },
      { header: 'Số giải pháp', width: 12 },
      ...amountCols,
    ],
    list.totals.map((t) => [t.parkName, t.year, t.enterprises, t.measures, ...amounts(t)]),
  );
  return { fileName: 'So-dang-ky-RECP.xlsx', data: await workbookBuffer(wb) };
}

export async function dealsWorkbook(deals: Deal[], impact: z.infer<typeof ImpactSummary>) {
  const wb = newWorkbook();
  sheet(
    wb,
    'Giao dịch',
    [
      { header: 'Bên cung', width: 32 },
      { header: 'Chào bán', width: 32 },
      { header: 'KCN bên cung', width: 26 },
      { header: 'Bên cầu', width: 32 },
      { header: 'Nhu cầu', width: 32 },
      { header: 'KCN bên cầu', width: 26 },
      { header: 'Trạng thái', width: 14 },
      { header: 'Điểm ghép nối', width: 10, fmt: '0.00' },
      { header: 'Lý do ghép nối', width: 60 },
    ],
    deals.map((d) => [
      d.offer.enterpriseName,
      d.offer.title,
      d.offer.parkName,
      d.need.enterpriseName,
      d.need.title,
      d.need.parkName,
      DEAL_VI[d.status],
      d.score,
      d.reasons.map((r) => r.vi).join('; '),
    ]),
  );
  sheet(
    wb,
    'Tác động theo giao dịch',
    [
      { header: 'Bên cung', width: 32 },
      { header: 'Bên cầu', width: 32 },
      { header: 'Năm', width: 8 },
      { header: 'Chất thải chuyển hướng (tấn)', width: 16, fmt: NUM },
      { header: 'Nước (m³)', width: 14, fmt: NUM },
      { header: 'Năng lượng (MWh)', width: 14, fmt: NUM },
      { header: 'Giảm phát thải (tCO₂e)', width: 14, fmt: NUM },
      { header: 'Chi phí tiết kiệm (triệu đồng)', width: 16, fmt: NUM },
      { header: 'Nguồn số liệu', width: 36 },
    ],
    deals.flatMap((d) =>
      d.impacts.map((i) => [
        d.offer.enterpriseName,
        d.need.enterpriseName,
        i.year,
        n(i.tonnesDiverted),
        n(i.waterM3),
        n(i.energyMwh),
        n(i.tco2e),
        n(i.costSavedMillionVnd),
        i.source,
      ]),
    ),
  );
  const ws = sheet(
    wb,
    'Tác động theo KCN, năm',
    [
      { header: 'KCN', width: 30 },
      { header: 'Năm', width: 8 },
      { header: 'Liên kết cộng sinh', width: 12 },
      { header: 'Chất thải chuyển hướng (tấn)', width: 16, fmt: NUM },
      { header: 'Nước (m³)', width: 14, fmt: NUM },
      { header: 'Năng lượng (MWh)', width: 14, fmt: NUM },
      { header: 'Giảm phát thải (tCO₂e)', width: 14, fmt: NUM },
      { header: 'Chi phí tiết kiệm (triệu đồng)', width: 16, fmt: NUM },
    ],
    impact.rows.map((r) => [
      r.parkName,
      r.year,
      r.links,
      n(r.tonnesDiverted),
      n(r.waterM3),
      n(r.energyMwh),
      n(r.tco2e),
      n(r.costSavedMillionVnd),
    ]),
  );
  const p = impact.precision;
  ws.addRow([]);
  ws.addRow([
    'Độ chính xác của gợi ý ghép nối',
    `${p.reachedOperating}/${p.proposed} giao dịch đề xuất từ gợi ý đã vận hành`,
    p.share === null ? null : Math.round(p.share * 1000) / 10,
    '%',
  ]);
  return { fileName: 'Giao-dich-cong-sinh.xlsx', data: await workbookBuffer(wb) };
}
