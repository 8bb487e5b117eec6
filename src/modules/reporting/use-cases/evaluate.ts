/**
 * What would block a report's figures from standing as submitted (C.4): the submit checks
 * (required fields, ranges, cross-field checks against the registry) and every plausibility
 * warning against the enterprise's own history and its sector/size peers. Shared by the
 * enterprise's submit and the Board's edit of an accepted report, so neither can slip a ×1000
 * figure through unconfirmed.
 */
import { parseDecimal } from '../../../kernel/decimal';
import { AppError } from '../../../kernel/errors';
import type { Currency } from '../../../kernel/money';
import { parsePeriod, periodEnd, periodStart } from '../../../kernel/period';
import type { DbOrTx } from '../../../platform/db/client';
import type { ReportableProject } from '../../investment/use-cases/for-reporting';
import type { PlausibilityWarning } from '../contract';
import { fromColumns, submitErrors } from '../field-values';
import { plausibilityWarnings } from '../plausibility';
import { type Ctx, type ReportRow, versionOf } from './common';
import { historyOf, peersOf } from './plausibility-data';

/** A submit refused for unconfirmed warnings: a 422 whose body lists them (routes.ts). */
export class PlausibilityError extends AppError {
  constructor(readonly warnings: PlausibilityWarning[]) {
    super(
      'UNPROCESSABLE',
      `Có ${warnings.length} số liệu bất thường cần kiểm tra lại hoặc xác nhận kèm lý do.`,
      `${warnings.length} figure(s) look out of line: check them or confirm each with a reason.`,
      Object.fromEntries(
        warnings.map((w) => [`body.values.${w.field}`, { message: w.message, messageEn: w.messageEn }]),
      ),
    );
  }
}

/** The checks of `row` as it stands (or would stand after an edit). */
export async function evaluateReport(ctx: Ctx, tx: DbOrTx, row: ReportRow, project: ReportableProject) {
  const version = versionOf(row);
  const currency = row.currency as Currency;
  const values = fromColumns(version, row);
  const period = parsePeriod(row.period);
  const errors = submitErrors(version, currency, values, {
    periodStart: periodStart(period),
    periodEnd: periodEnd(period),
    operationStartedOn: project.operationStartedOn,
    registeredCapital: project.registeredCapital === null ? null : parseDecimal(project.registeredCapital),
    otherRealised: await ctx.projects.otherRealisedTotal(tx, row.projectId, row.period),
  });
  const [history, peers] = [
    await historyOf(tx, version, row.projectId, row.period),
    await peersOf(tx, version, project, row.period),
  ];
  return { errors, warnings: plausibilityWarnings(version, currency, values, history, peers) };
}
