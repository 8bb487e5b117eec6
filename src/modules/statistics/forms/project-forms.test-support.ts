/** Helpers of the project forms' database tests: a form context and reading cells by row key. */
import { expect } from 'vitest';
import type { TestContext } from '../../../../test/support/app';
import { parsePeriod, periodEnd, periodStart } from '../../../kernel/period';
import type { FormSection } from '../contract';
import type { FormContext, FormDefinition } from './definition';

export function contextFor(t: TestContext, period: string, unitIds: string[] | null): FormContext {
  const p = parsePeriod(period);
  return {
    db: t.database.db,
    period: p,
    from: periodStart(p),
    to: periodEnd(p),
    scope: unitIds ? { kind: 'province', code: '24', name: 'Bắc Ninh' } : { kind: 'country' },
    unitIds,
  };
}

/** The values of one row's cells by column key (the total row under key 'total'). */
export function cellsOf(section: FormSection, rowKey: string): Record<string, string | null> {
  const row = rowKey === 'total' ? section.total : section.rows.find((r) => r.key === rowKey);
  if (!row) throw new Error(`no row ${rowKey} in ${section.key}: ${section.rows.map((r) => r.key).join(', ')}`);
  return Object.fromEntries(Object.entries(row.cells).map(([k, c]) => [k, c.value]));
}

/** Opens every drill key of the form and checks its records give back the cell; returns how many. */
export async function drillAll(form: FormDefinition, ctx: FormContext): Promise<number> {
  const sections = await form.compute(ctx);
  let n = 0;
  for (const s of sections) {
    for (const row of [...s.rows, ...(s.total ? [s.total] : [])]) {
      for (const cell of Object.values(row.cells)) {
        if (!cell.drill) continue;
        const d = await form.drill(ctx, cell.drill, { page: 1, pageSize: 500 });
        expect(d.cellValue, cell.drill).toBe(cell.value);
        expect(d.rows.length, cell.drill).toBe(d.total);
        n += 1;
      }
    }
  }
  return n;
}
