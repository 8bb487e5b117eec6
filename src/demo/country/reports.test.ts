import { describe, expect, it } from 'vitest';
import { localDateOf } from '../../kernel/calendar/local-time';
import type { Decimal } from '../../kernel/decimal';
import type { Currency } from '../../kernel/money';
import { parsePeriod, periodEnd, periodStart } from '../../kernel/period';
import { fromColumns } from '../../modules/reporting/field-values';
import { reportingWindow } from '../../modules/reporting/period-state';
import { type History, plausibilityWarnings } from '../../modules/reporting/plausibility';
import { typeVersionById } from '../../modules/reporting/report-types';
import { generateDemoCountry } from './index';
import { capitalOn, capitalSteps, vndPerUsd } from './report-figures';
import { type DemoReport, HISTORY_SOURCE, isLate, type ProjectReports, projectReports, reportContext } from './reports';
import type { DemoProject } from './types';

const TODAY = '2026-11-26';
const DETAIL = { annualFrom: 2015, quarterlyFrom: 2015 };
const country = generateDemoCountry({ seed: 5, scale: 0.03, today: TODAY });
const projects: DemoProject[] = [...country.projects];
const ctx = reportContext(5, TODAY, DETAIL);
const all = new Map<string, ProjectReports>(projects.map((p) => [p.id, projectReports(p, ctx)]));
const reports: { p: DemoProject; r: DemoReport }[] = projects.flatMap((p) =>
  all.get(p.id)!.reports.map((r) => ({ p, r })),
);
const submitted = reports.filter(({ r }) => r.firstSubmittedAt !== null);

const end = (p: DemoProject) => p.events.find((e) => e.kind === 'revoked' || e.kind === 'terminated')?.date ?? null;

describe('demo enterprise reports', { timeout: 60_000 }, () => {
  it('are the same on every run, and cover most projects in most periods', () => {
    const again = reportContext(5, TODAY, DETAIL);
    for (const p of projects.slice(0, 80)) expect(projectReports(p, again)).toEqual(all.get(p.id));
    const regenerated = [...generateDemoCountry({ seed: 5, scale: 0.03, today: TODAY }).projects][7]!;
    expect(projectReports(regenerated, again)).toEqual(all.get(regenerated.id));
    expect(reports.length).toBeGreaterThan(projects.length * 20);
    expect(submitted.filter(({ r }) => r.status === 'accepted').length / reports.length).toBeGreaterThan(0.95);
  });

  it('are filed only for periods in which the certificate was in force, and only before today', () => {
    const wrong = reports.filter(({ p, r }) => {
      const period = parsePeriod(r.period);
      const ended = end(p);
      return (
        p.events[0]!.date > periodEnd(period) ||
        (ended !== null && ended <= periodStart(period)) ||
        localDateOf(r.updatedAt) >= TODAY ||
        periodEnd(period) >= TODAY ||
        r.currency !== p.currency
      );
    });
    expect(wrong.map(({ r }) => r.id)).toEqual([]);
    expect(reports.some(({ p }) => end(p) !== null)).toBe(true);
  });

  it('report no revenue, export or import before the operation start, and revenue once operating', () => {
    let before = 0;
    for (const { p, r } of reports) {
      const notYet = p.operationStartedOn === null || p.operationStartedOn > periodEnd(parsePeriod(r.period));
      if (notYet) {
        before += 1;
        expect([r.figures.revenue, r.figures.exportUsd, r.figures.importUsd, r.figures.operating], r.id).toEqual([
          null,
          null,
          null,
          false,
        ]);
      } else {
        expect(r.figures.operating, r.id).toBe(true);
        expect(r.figures.revenue, r.id).not.toBeNull();
      }
    }
    expect(before).toBeGreaterThan(0);
  });

  it('follow each lifecycle step by step, with on-time reports submitted and accepted inside the window', () => {
    const wrong: string[] = [];
    for (const { r } of reports) {
      const e = r.events;
      const chained = e.every((x, i) => i === 0 || (x.fromStatus === e[i - 1]!.toStatus && x.at > e[i - 1]!.at));
      const actions = new Set(e.map((x) => x.action));
      if (
        e[0]!.action !== 'create' ||
        e[0]!.fromStatus !== null ||
        !chained ||
        e.at(-1)!.toStatus !== r.status ||
        (r.status === 'accepted' && !(actions.has('submit') && actions.has('accept'))) ||
        (r.acceptedAt !== null) !== (r.status === 'accepted')
      )
        wrong.push(`${r.id} lifecycle`);
      if (r.status === 'accepted' && !r.late && e.length === 3) {
        const w = reportingWindow(r.typeId, parsePeriod(r.period));
        for (const t of [localDateOf(r.firstSubmittedAt!), localDateOf(r.acceptedAt!)])
          if (t < w.opensOn || t > w.deadline) wrong.push(`${r.id} outside its window`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('have a few late reports, each filed through a reopening of its period', () => {
    const late = submitted.filter(({ r }) => isLate(r));
    expect(late.length).toBeGreaterThan(0);
    expect(late.length / submitted.length).toBeLessThan(0.03);
    for (const { p, r } of late) {
      expect(r.late).toBe(true);
      const reopening = all.get(p.id)!.reopenings.find((o) => o.period === r.period && o.typeId === r.typeId)!;
      expect(reopening, r.id).toBeDefined();
      expect(localDateOf(reopening.createdAt) > r.deadline).toBe(true);
      expect(localDateOf(r.firstSubmittedAt!) <= reopening.openUntil).toBe(true);
    }
    expect(submitted.filter(({ r }) => r.late && !isLate(r))).toEqual([]);
  });

  it('have a few ×1000 figures, confirmed by the enterprise, never accepted, and flagged by the plausibility rules', () => {
    const odd = reports.filter(({ r }) => r.implausible !== null);
    expect(odd.length).toBeGreaterThan(0);
    expect(odd.length / reports.length).toBeLessThan(0.01);
    let flagged = 0;
    for (const { p, r } of odd) {
      expect(['pending', 'revision_requested']).toContain(r.status);
      expect(r.confirmations).toEqual([expect.objectContaining({ field: r.implausible, code: 'scale_x1000' })]);
      const version = typeVersionById(r.typeVersion)!;
      const earlier = all
        .get(p.id)!
        .reports.filter((x) => x.typeId === r.typeId && x.period < r.period && x.status === 'accepted');
      const history: History = {
        [r.implausible!]: earlier
          .map((x) => fromColumns(version, { ...x.figures })[r.implausible!] as Decimal | undefined)
          .filter((v): v is Decimal => v !== undefined && v > 0n),
      };
      if ((history[r.implausible!]?.length ?? 0) < 2) continue;
      const values = fromColumns(version, { ...r.figures });
      const warnings = plausibilityWarnings(version, p.currency as Currency, values, history, {});
      expect(
        warnings.map((w) => `${w.field}:${w.code}`),
        r.id,
      ).toContain(`${r.implausible}:scale_x1000`);
      flagged += 1;
    }
    expect(flagged).toBeGreaterThan(0);
  });

  it('employ more people in bigger projects and as years go by, about 60 % women, and export more from FDI', () => {
    const year = reports.filter(({ r }) => r.period === '2025' && r.status === 'accepted' && r.figures.operating);
    const usd = ({ p }: { p: DemoProject }) =>
      capitalOn(capitalSteps(p), 99_999) / (p.currency === 'USD' ? 1 : vndPerUsd(2025));
    const sorted = [...year].sort((a, b) => usd(a) - usd(b));
    const quarter = Math.floor(sorted.length / 4);
    const mean = (xs: typeof year) =>
      xs.reduce((s, { r }) => s + r.figures.workersDomestic + r.figures.workersForeign, 0) / xs.length;
    const means = [0, 1, 2, 3].map((k) => mean(sorted.slice(k * quarter, (k + 1) * quarter)));
    for (let k = 1; k < 4; k++) expect(means[k]!).toBeGreaterThan(means[k - 1]!);

    const workersIn = (period: string, id: string) => {
      const r = all.get(id)!.reports.find((x) => x.period === period && x.status === 'accepted');
      return r ? r.figures.workersDomestic + r.figures.workersForeign : null;
    };
    const both = year.map(({ p }) => [workersIn('2019', p.id), workersIn('2025', p.id)]).filter(([a, b]) => a && b);
    expect(both.reduce((s, [, b]) => s + b!, 0)).toBeGreaterThan(both.reduce((s, [a]) => s + a!, 0));

    const workers = year.reduce((s, { r }) => s + r.figures.workersDomestic + r.figures.workersForeign, 0);
    const female = year.reduce((s, { r }) => s + r.figures.workersFemale, 0);
    expect(female / workers).toBeGreaterThan(0.5);
    expect(female / workers).toBeLessThan(0.72);
    const exportShare = (origin: string) => {
      const own = year.filter(({ p }) => p.origin === origin);
      const exported = own.reduce((s, { r }) => s + Number(r.figures.exportUsd ?? 0), 0);
      const revenue = own.reduce(
        (s, { p, r }) => s + Number(r.figures.revenue ?? 0) / (p.currency === 'USD' ? 1 : vndPerUsd(2025)),
        0,
      );
      return exported / revenue;
    };
    expect(exportShare('FDI')).toBeGreaterThan(exportShare('DDI') + 0.2);
  });

  it('give realised capital only from accepted reports, towards but never above the registered capital', () => {
    for (const p of projects) {
      const own = all.get(p.id)!;
      const reported = own.realised.filter((x) => x.source !== HISTORY_SOURCE);
      const accepted = own.reports.filter(
        (r) =>
          r.status === 'accepted' &&
          r.figures.realisedCapital !== '0' &&
          (r.typeId === 'quarterly_implementation') === Number(r.period.slice(0, 4)) >= DETAIL.quarterlyFrom,
      );
      expect(reported.map((x) => [x.period, x.amount]).sort()).toEqual(
        accepted.map((r) => [r.period, r.figures.realisedCapital]).sort(),
      );
      const history = own.realised.filter((x) => x.source === HISTORY_SOURCE);
      for (const h of history) expect(Number(h.period)).toBeLessThan(DETAIL.annualFrom);
      const total = own.realised.reduce((s, x) => s + Number(x.amount), 0);
      const most = Math.max(...capitalSteps(p).map((s) => s.capital));
      expect(total, p.id).toBeLessThanOrEqual(most * 0.95);
      // A year reported by quarter has no yearly row, so no day is counted twice.
      expect(new Set(own.realised.map((x) => x.period)).size).toBe(own.realised.length);
    }
    const annual = reports.filter(({ r }) => r.typeId === 'annual_implementation');
    for (const { p, r } of annual.slice(0, 500)) {
      const quarters = all
        .get(p.id)!
        .reports.filter((x) => x.typeId === 'quarterly_implementation' && x.period.startsWith(`${r.period}-`));
      if (quarters.length === 4 && !r.implausible && quarters.every((q) => !q.implausible)) {
        expect(quarters.reduce((s, q) => s + Number(q.figures.realisedCapital), 0)).toBe(
          Number(r.figures.realisedCapital),
        );
        expect(quarters.reduce((s, q) => s + Number(q.figures.revenue ?? 0), 0)).toBe(Number(r.figures.revenue ?? 0));
      }
    }
  });
});

describe('demo reports on a day inside a reporting window', { timeout: 60_000 }, () => {
  const today = '2026-10-07';
  const open = reportContext(5, today, { annualFrom: 2025, quarterlyFrom: 2026 });
  const current = projects.flatMap((p) => projectReports(p, open).reports).filter((r) => r.period === '2026-Q3');

  it('shows the open quarter partly filed: drafts, pending and accepted, nothing dated today or later', () => {
    const statuses = new Set(current.map((r) => r.status));
    expect(statuses).toEqual(new Set(['draft', 'pending', 'accepted', 'revision_requested']));
    for (const r of current) expect(localDateOf(r.updatedAt) < today).toBe(true);
    expect(current.length).toBeLessThan(projects.length);
  });
});
