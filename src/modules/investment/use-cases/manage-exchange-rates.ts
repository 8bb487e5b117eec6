import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import { AppError, notFound } from '../../../kernel/errors';
import type { Currency } from '../../../kernel/money';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { DbOrTx } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/transaction';
import type { CreateExchangeRateBody, ExchangeRate, ExchangeRateQuery } from '../contract';
import { exchangeRates } from '../schema';
import { type Ctx, field } from './common';
import { type RateRow, rateView } from './project-history';

/** State Bank rates: national data entered by the ministry, read by everyone in the registry. */
export function exchangeRateUseCases(ctx: Ctx) {
  const { db } = ctx;

  async function addExchangeRate(actor: Actor, input: CreateExchangeRateBody): Promise<ExchangeRate> {
    authorize(actor, 'exchange_rate:manage');
    return inTransaction(db, async (tx) => {
      const [row] = await tx
        .insert(exchangeRates)
        .values({
          id: randomUUID(),
          fromCurrency: input.from,
          toCurrency: input.to,
          rate: input.rate,
          date: input.date,
          source: input.source,
        })
        .onConflictDoNothing({
          target: [exchangeRates.fromCurrency, exchangeRates.toCurrency, exchangeRates.date, exchangeRates.source],
        })
        .returning();
      if (!row) {
        const vi = `Đã có tỷ giá ${input.from}/${input.to} ngày ${input.date} theo nguồn "${input.source}".`;
        const en = `A ${input.from}/${input.to} rate of ${input.date} from "${input.source}" already exists.`;
        throw new AppError('CONFLICT', vi, en, field('body.date', vi, en));
      }
      await recordAudit(tx, actor, {
        action: 'exchange_rate.create',
        entityType: 'exchange_rate',
        entityId: row.id,
        after: row,
      });
      return rateView(row);
    });
  }

  async function listExchangeRates(actor: Actor, query: ExchangeRateQuery): Promise<{ items: ExchangeRate[] }> {
    authorize(actor, 'registry:read');
    const conditions: SQL[] = [];
    if (query.from) conditions.push(eq(exchangeRates.fromCurrency, query.from));
    if (query.to) conditions.push(eq(exchangeRates.toCurrency, query.to));
    if (query.dateFrom) conditions.push(gte(exchangeRates.date, query.dateFrom));
    if (query.dateTo) conditions.push(lte(exchangeRates.date, query.dateTo));
    const rows = await db
      .select()
      .from(exchangeRates)
      .where(conditions.length ? and(...conditions) : undefined)
      .orderBy(desc(exchangeRates.date), asc(exchangeRates.fromCurrency), asc(exchangeRates.source))
      .limit(5000);
    return { items: rows.map(rateView) };
  }

  /** The latest rate on or before `date` (null when none was entered). */
  async function findRateOn(from: Currency, to: Currency, date: string, tx: DbOrTx = db): Promise<RateRow | null> {
    const [row] = await tx
      .select()
      .from(exchangeRates)
      .where(and(eq(exchangeRates.fromCurrency, from), eq(exchangeRates.toCurrency, to), lte(exchangeRates.date, date)))
      .orderBy(desc(exchangeRates.date), asc(exchangeRates.source))
      .limit(1);
    return row ?? null;
  }

  async function rateOn(actor: Actor, from: Currency, to: Currency, date: string): Promise<ExchangeRate> {
    authorize(actor, 'registry:read');
    const row = await findRateOn(from, to, date);
    if (!row) throw notFound(`tỷ giá ${from}/${to} đến ngày ${date}`, `A ${from}/${to} rate on or before ${date}`);
    return rateView(row);
  }

  async function rateById(id: string, tx: DbOrTx = db): Promise<RateRow | null> {
    const [row] = await tx.select().from(exchangeRates).where(eq(exchangeRates.id, id));
    return row ?? null;
  }

  return { addExchangeRate, listExchangeRates, rateOn, findRateOn, rateById };
}
