import { type Period, periodCode, periodEnd, periodLabel, periodStart } from '../../../kernel/period';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { AdminIndex } from '../../geo/admin-units';
import { namedRateOn, periodAggregates } from '../aggregates';
import type { Briefing, BriefingQuery, DrillKey, DrillResult } from '../contract';
import { drill } from '../drill';
import { briefingFigures, unitsIn } from '../figures';
import { briefingParagraphs } from '../prose';
import { allGroups, COUNTRY_SELECTOR } from '../set-units';
import { authorizedSet, type InsightsDeps, provinceCodeOfUnit, readPeriod, unitNamer } from './shared';

const NOTES = [
  'Số liệu tính trực tiếp từ cơ sở dữ liệu tại thời điểm lập (không qua bảng tổng hợp lưu sẵn).',
  'Vốn FDI tính bằng triệu USD, vốn đầu tư trong nước bằng tỷ đồng; hai loại không cộng với nhau. Xuất khẩu, nhập khẩu bằng triệu USD; nộp ngân sách bằng tỷ đồng (quy ước của các Biểu 21xx.H.QLKKT).',
  'Dự án còn hiệu lực cuối kỳ: đã được cấp GCNĐKĐT đến ngày cuối kỳ và chưa bị thu hồi, chấm dứt đến ngày đó.',
  'Sản xuất kinh doanh và lao động: tổng các báo cáo của doanh nghiệp cho kỳ này đã được Ban quản lý tiếp nhận.',
  'Tỷ trọng: chỉ tiêu của phạm vi chia cho chỉ tiêu cả nước cùng kỳ.',
];

export async function briefingFor(deps: InsightsDeps, actor: Actor, query: BriefingQuery): Promise<Briefing> {
  const ix = await deps.geo.getIndex();
  const set = authorizedSet(ix, actor, query.set);
  const period = readPeriod(query.period);
  const aggregates = await periodAggregates(deps.db, period);
  const figures = briefingFigures(aggregates, unitsIn(set.unitIds));
  const label = periodLabel(period, 'vi');
  const rate = aggregates.rate;
  const notes = [...NOTES];
  if (rate) {
    notes.push(
      `Số tiền chỉ được ghi bằng đồng tiền kia được quy đổi theo tỷ giá USD/VND ${rate.rate.replace('.', ',')} ngày ${rate.date} (${rate.source}).`,
    );
  }
  if (set.certainty === 'I') {
    notes.push(`Danh sách tỉnh của "${set.name}" là suy luận (${set.basis}); cần xác nhận trước khi dùng chính thức.`);
  }
  if (set.kind === 'group' && set.edition === '63' && periodEnd(period) >= '2025-07-01') {
    notes.push(
      'Nhóm tỉnh theo 63 đơn vị cũ: với số liệu ghi theo tỉnh mới, chỉ tính các tỉnh mới hình thành hoàn toàn từ tỉnh trong nhóm.',
    );
  }
  return {
    set: {
      selector: set.selector,
      kind: set.kind,
      name: set.name,
      edition: set.edition,
      members: set.members,
      basis: set.basis,
      certainty: set.certainty,
    },
    period: periodCode(period),
    periodLabel: { vi: label, en: periodLabel(period, 'en') },
    from: periodStart(period),
    to: periodEnd(period),
    title: `Tình hình xây dựng và phát triển KCN, KKT ${set.kind === 'country' ? 'cả nước' : set.name} – ${label}`,
    paragraphs: briefingParagraphs({
      setName: set.name,
      isCountry: set.kind === 'country',
      periodLabel: label,
      figures,
    }),
    figures,
    rate,
    notes,
    computedAt: deps.clock().toISOString(),
  };
}

export async function briefingDrill(
  deps: InsightsDeps,
  actor: Actor,
  query: BriefingQuery & { cell: DrillKey; page: number; pageSize: number },
): Promise<DrillResult> {
  const ix = await deps.geo.getIndex();
  const set = authorizedSet(ix, actor, query.set);
  const period: Period = readPeriod(query.period);
  const rate = await namedRateOn(deps.db, periodEnd(period));
  const result = await drill(
    {
      db: deps.db,
      period,
      rate: rate?.rate ?? null,
      unitIds: set.unitIds,
      filter: {},
      unitName: unitNamer(ix),
      page: query.page,
      pageSize: query.pageSize,
    },
    query.cell,
  );
  return { cell: query.cell, ...result };
}

/** The sets the caller may brief: the ministry every province, region and named set and the country; a Board its province. */
export async function briefingSets(deps: InsightsDeps, actor: Actor) {
  authorize(actor, 'insights:read');
  const ix: AdminIndex = await deps.geo.getIndex();
  const provinces = [...ix.unitsAsOf('2025-07-01'), ...ix.unitsAsOf('2025-06-30')];
  const mine =
    actor.kind === 'user' && actor.role !== 'ministry'
      ? provinces.filter(
          (u) => actor.scope.provinceCode !== null && provinceCodeOfUnit(ix, u.id) === actor.scope.provinceCode,
        )
      : provinces;
  if (actor.kind === 'user' && actor.role === 'developer') return { items: [] };
  const all = actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'ministry');
  const items = [
    ...(all ? [{ selector: COUNTRY_SELECTOR, name: 'Cả nước', kind: 'country' as const, edition: null }] : []),
    ...(all
      ? allGroups(ix).map((g) => ({
          selector: `group:${g.code}`,
          name: g.nameVi,
          kind: 'group' as const,
          edition: (ix.unit(g.memberIds[0] ?? '')?.edition ?? null) as '63' | '34' | null,
        }))
      : []),
    ...mine.map((u) => ({ selector: `unit:${u.id}`, name: u.name, kind: 'province' as const, edition: u.edition })),
  ];
  return { items };
}
