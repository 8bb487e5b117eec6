import { AppError, notFound } from '../../../kernel/errors';
import { todayInVietnam } from '../../../kernel/format';
import { type Period, parsePeriod, periodCode, periodEnd, periodLabel, periodStart } from '../../../kernel/period';
import type { AuditService } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { type Action, authorize, type Target } from '../../../platform/auth/policy';
import type { Db, DbOrTx } from '../../../platform/db/client';
import type { GeoService } from '../../geo/service';
import type { FormCode, FormScope, FormTable } from '../contract';
import type { FormContext, FormDefinition } from '../forms/definition';
import type { FormWorkflow } from '../workflow';

export type FormsMap = ReadonlyMap<FormCode, FormDefinition>;

export type StatisticsDeps = {
  db: Db;
  clock: () => Date;
  geo: GeoService;
  audit: AuditService;
  /** The form definitions (FORMS in the app; small fakes in tests). */
  forms: FormsMap;
  /** The forms' workflow versions; absent = the catalogue in workflow-catalogue.ts (tests bring their own). */
  workflows?: readonly FormWorkflow[];
};

export const todayOf = (deps: StatisticsDeps) => todayInVietnam(deps.clock());

const badQuery = (field: string, vi: string, en: string) =>
  new AppError('VALIDATION_FAILED', vi, en, { [`querystring.${field}`]: { message: vi, messageEn: en } });

/** A quarter or a year that has begun (a form for a period still to come has nothing to count). */
export function formPeriod(deps: StatisticsDeps, text: string, field = 'period'): Period {
  const period = parsePeriod(text);
  if (period.kind !== 'quarter' && period.kind !== 'year') {
    throw badQuery(field, 'Kỳ báo cáo là một quý hoặc một năm.', 'The period is a quarter or a year.');
  }
  if (periodStart(period) > todayOf(deps)) {
    throw badQuery(
      field,
      `${periodLabel(period)} chưa bắt đầu: chưa thể lập biểu cho kỳ này.`,
      `${periodLabel(period, 'en')} has not begun: no form can be computed for it yet.`,
    );
  }
  return period;
}

export const provinceTarget = (code: string | null): Target =>
  code === null ? { kind: 'record', provinceCode: null, enterpriseIds: [] } : { kind: 'province', code };

/**
 * The scope of a form request: a Board its own province (34-edition code); the ministry the
 * province it names, or the whole country when it names none. A province not in force today is
 * a 400 on the field; another Board's province is a 403.
 */
export async function formScope(
  deps: StatisticsDeps,
  actor: Actor,
  province: string | undefined,
  action: Action = 'statistics:read',
): Promise<FormScope> {
  authorize(actor, action);
  const own = actor.kind === 'user' ? actor.scope.provinceCode : null;
  const isBoard = actor.kind === 'user' && (actor.role === 'board_officer' || actor.role === 'board_leader');
  const code = province ?? (isBoard ? own : null);
  if (code !== null && code !== own) {
    const inForce = await deps.geo.provinceInForce(code, todayOf(deps));
    if (inForce !== true) {
      throw badQuery(
        'province',
        `Không có tỉnh, thành phố mã ${code} (mã GSO của 34 tỉnh, thành phố từ 01/7/2025).`,
        `No province with code ${code} (GSO codes of the 34 provinces since 1 July 2025).`,
      );
    }
  }
  authorize(actor, action, provinceTarget(code));
  if (code === null) return { kind: 'country' };
  return { kind: 'province', code, name: await provinceName(deps, code) };
}

export async function provinceName(deps: StatisticsDeps, code: string): Promise<string> {
  try {
    return (await deps.geo.resolve(code, todayOf(deps))).unit.name;
  } catch {
    return code;
  }
}

export function definitionOf(deps: StatisticsDeps, code: FormCode): FormDefinition {
  const def = deps.forms.get(code);
  if (!def) throw notFound(`Biểu ${code}.H.QLKKT`, `Form ${code}.H.QLKKT`);
  return def;
}

/** The context a form computes in: the period's days and the admin units of the scope (old units included). */
export async function formContext(
  deps: StatisticsDeps,
  db: DbOrTx,
  scope: FormScope,
  period: Period,
): Promise<FormContext> {
  return {
    db,
    period,
    from: periodStart(period),
    to: periodEnd(period),
    scope,
    // Today's province with the units it was formed from: a 2024 form of the new Bắc Ninh covers the old Bắc Giang.
    unitIds: scope.kind === 'country' ? null : await deps.geo.unitIdsIn(scope.code, todayOf(deps)),
  };
}

export async function computeTable(deps: StatisticsDeps, def: FormDefinition, ctx: FormContext): Promise<FormTable> {
  const sections = await def.compute(ctx);
  return {
    code: def.code,
    fullCode: def.fullCode,
    title: def.title,
    period: periodCode(ctx.period),
    periodLabel: { vi: periodLabel(ctx.period, 'vi'), en: periodLabel(ctx.period, 'en') },
    from: ctx.from,
    to: ctx.to,
    scope: ctx.scope,
    landscape: def.landscape,
    notes: def.notes(ctx),
    sections,
    computedAt: deps.clock().toISOString(),
  };
}
