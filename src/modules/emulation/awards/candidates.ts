/**
 * Candidates of the award use cases: names, the province whose Board may see them, their history
 * for the eligibility engine, and the rule versions read once from data/emulation/rules.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import { notFound } from '../../../kernel/errors';
import type { DbOrTx } from '../../../platform/db/client';
import type { RuleVersion } from '../rules/contract';
import { evaluateEligibility } from '../rules/eligibility';
import type { CandidateHistory } from '../rules/history';
import { quotasOf, quotaVerdicts, withQuotaVerdicts } from '../rules/quota';
import { readRuleFiles } from '../rules/rule-files';
import { emulationPeople, emulationPositions } from '../schema';
import { type EmulationDeps, loadUnitRefs } from '../use-cases/common';
import type { EligibilityView, Subject } from './contract';
import { personHistory, unitHistory } from './history-data';
import { quotaFigures } from './quota-data';

let cached: RuleVersion[] | null = null;
/** The shipped rule versions, read and checked once per process. */
export function ruleVersions(): RuleVersion[] {
  cached ??= readRuleFiles();
  return cached;
}

export interface CandidateInfo {
  kind: 'individual' | 'collective';
  id: string;
  name: string;
  /** The unit (the collective itself, or the person's latest unit). */
  unitId: string | null;
  unitName: string | null;
  provinceCode: string | null;
}

export async function candidateInfo(deps: EmulationDeps, tx: DbOrTx, subject: Subject): Promise<CandidateInfo> {
  if (subject.kind === 'collective') {
    const unit = (await loadUnitRefs(deps, tx, [subject.unitId])).get(subject.unitId);
    if (!unit) throw notFound('đơn vị', 'unit');
    return {
      kind: 'collective',
      id: unit.id,
      name: unit.name,
      unitId: unit.id,
      unitName: unit.name,
      provinceCode: unit.provinceCode,
    };
  }
  const [person] = await tx.select().from(emulationPeople).where(eq(emulationPeople.id, subject.personId));
  if (!person) throw notFound('cá nhân', 'person');
  const [position] = await tx
    .select()
    .from(emulationPositions)
    .where(eq(emulationPositions.personId, person.id))
    .orderBy(desc(emulationPositions.validFrom))
    .limit(1);
  const unit = position ? (await loadUnitRefs(deps, tx, [position.unitId])).get(position.unitId) : undefined;
  return {
    kind: 'individual',
    id: person.id,
    name: person.fullName,
    unitId: unit?.id ?? null,
    unitName: unit?.name ?? null,
    provinceCode: unit?.provinceCode ?? null,
  };
}

/** Names of units and people by id (ballot candidates, register rows). */
export async function namesOf(deps: EmulationDeps, tx: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  const out = new Map<string, string>();
  if (wanted.length === 0) return out;
  for (const [id, u] of await loadUnitRefs(deps, tx, wanted)) out.set(id, u.name);
  const people = await tx.select().from(emulationPeople).where(inArray(emulationPeople.id, wanted));
  for (const p of people) out.set(p.id, p.fullName);
  return out;
}

export const historyOf = (tx: DbOrTx, subject: Subject): Promise<CandidateHistory> =>
  subject.kind === 'collective' ? unitHistory(tx, subject.unitId) : personHistory(tx, subject.personId);

export async function eligibilityOf(
  tx: DbOrTx,
  subject: Subject,
  titleKey: string,
  year: number,
  receivedOn: string,
): Promise<EligibilityView> {
  const answer = evaluateEligibility(ruleVersions(), {
    history: await historyOf(tx, subject),
    titleKey,
    year,
    receivedOn,
  });
  if (subject.kind !== 'individual') return answer;
  // Quotas are counted under the version the answer used (the received one, or the more favourable).
  const version = ruleVersions().find((v) => v.id === answer.ruleVersion.id);
  if (!version || quotasOf(version, titleKey).length === 0) return answer;
  const figures = await quotaFigures(tx, version, subject.personId, titleKey, year);
  return withQuotaVerdicts(answer, quotaVerdicts(version, titleKey, year, figures));
}

/** Whether a person held a position in one of `unitIds` during the year. */
export async function personInUnits(tx: DbOrTx, personId: string, unitIds: readonly string[], year: number) {
  if (unitIds.length === 0) return false;
  const rows = await tx
    .select()
    .from(emulationPositions)
    .where(and(eq(emulationPositions.personId, personId), inArray(emulationPositions.unitId, [...unitIds])));
  return rows.some((p) => p.validFrom <= `${year}-12-31` && (p.validTo === null || p.validTo >= `${year}-01-01`));
}
