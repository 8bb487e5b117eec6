/**
 * The procedure catalogue as versioned data: reading and checking the shipped files
 * (data/onestop/procedures/<code>.json) and picking the version in force on a day. Pure apart from
 * `readCatalogueFiles`, which only reads the shipped directory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../kernel/errors';
import { foldVietnamese } from '../../kernel/text';
import { type ProcedureCase, ProcedureFile, type ProcedureVersion, type TimeLimit } from './contract';

export const CATALOGUE_DIR = path.resolve(import.meta.dirname, '../../../data/onestop/procedures');

export function catalogueFiles(dir = CATALOGUE_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Parses every file; a file that breaks the contract stops the load with its name and the zod path. */
export function readCatalogueFiles(files = catalogueFiles()): ProcedureFile[] {
  return files.map((file) => {
    const parsed = ProcedureFile.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = `${path.basename(file)}: ${first?.path.join('.') ?? ''} ${first?.message ?? ''}`;
      throw new AppError(
        'VALIDATION_FAILED',
        `Danh mục thủ tục sai cấu trúc (${where}).`,
        `Invalid catalogue file (${where}).`,
      );
    }
    if (`${parsed.data.code}.json` !== path.basename(file)) {
      throw new AppError(
        'VALIDATION_FAILED',
        `Tệp ${path.basename(file)} phải mang mã thủ tục ${parsed.data.code}.`,
        `File ${path.basename(file)} must be named after its code ${parsed.data.code}.`,
      );
    }
    return parsed.data;
  });
}

/**
 * A limit in nominal calendar days, to compare budgets written in different units: a working week
 * of 5 days spans 7 calendar days, and a working day has 8 office hours. Same day counts as one day.
 */
export function nominalDays(limit: TimeLimit): number {
  switch (limit.unit) {
    case 'calendar_day':
      return limit.amount;
    case 'working_day':
      return (limit.amount * 7) / 5;
    case 'working_hour':
      return (limit.amount * 7) / 5 / 8;
    case 'same_day':
      return 1;
  }
}

export const stepsOf = (version: ProcedureVersion, c: ProcedureCase) => c.steps ?? version.steps;

const sameUnit = (steps: TimeLimit[], limit: TimeLimit) =>
  limit.unit !== 'same_day' && steps.every((s) => s.unit === limit.unit);

/** Whether the steps' budgets fit in the case's limit: exactly when all share its unit, else nominally. */
export function stepsFit(steps: TimeLimit[], limit: TimeLimit): boolean {
  if (sameUnit(steps, limit) && limit.unit !== 'same_day') {
    const total = steps.reduce((sum, s) => sum + (s.unit === 'same_day' ? 0 : s.amount), 0);
    return total <= limit.amount + 1e-9;
  }
  return steps.reduce((sum, s) => sum + nominalDays(s), 0) <= nominalDays(limit) + 1e-9;
}

/** Every rule the catalogue must keep; an empty list means the files may be loaded. */
export function catalogueProblems(files: readonly ProcedureFile[]): string[] {
  const problems: string[] = [];
  const codes = new Set<string>();
  for (const file of files) {
    if (codes.has(file.code)) problems.push(`${file.code}: duplicate code`);
    codes.add(file.code);
    const versions = [...file.versions].sort((a, b) => a.version - b.version);
    versions.forEach((v, i) => {
      const id = `${file.code} v${v.version}`;
      if (v.version !== i + 1) problems.push(`${id}: versions must be numbered 1, 2, … without gaps`);
      if (v.effectiveTo !== null && v.effectiveTo < v.effectiveFrom) problems.push(`${id}: ends before it starts`);
      const previous = versions[i - 1];
      if (previous && (previous.effectiveTo === null || previous.effectiveTo >= v.effectiveFrom)) {
        problems.push(`${id}: overlaps v${previous.version}`);
      }
      if (previous && previous.effectiveFrom >= v.effectiveFrom)
        problems.push(`${id}: starts before v${previous.version}`);
      const caseKeys = new Set(v.cases.map((c) => c.key));
      if (caseKeys.size !== v.cases.length) problems.push(`${id}: duplicate case keys`);
      for (const c of v.cases) {
        const steps = stepsOf(v, c);
        if (new Set(steps.map((s) => s.key)).size !== steps.length)
          problems.push(`${id}/${c.key}: duplicate step keys`);
        if (
          !stepsFit(
            steps.map((s) => s.budget),
            c.limit,
          )
        )
          problems.push(`${id}/${c.key}: steps exceed the limit`);
        if (
          c.onlineLimit &&
          !stepsFit(
            steps.map((s) => s.budget),
            c.onlineLimit,
          )
        ) {
          problems.push(`${id}/${c.key}: steps exceed the online limit`);
        }
      }
      const unverifiedFacts = [...v.cases.map((c) => c.citation), ...v.steps.map((s) => s.citation), v.fee.citation];
      if (unverifiedFacts.some((c) => c.confidence === 'U') && v.unverified.length === 0) {
        problems.push(`${id}: has unverified citations but no note in "unverified"`);
      }
    });
  }
  return problems;
}

/** The version in force on a local date (YYYY-MM-DD), if any. */
export function versionOn<V extends { effectiveFrom: string; effectiveTo: string | null }>(
  versions: readonly V[],
  date: string,
): V | undefined {
  return versions.find((v) => v.effectiveFrom <= date && (v.effectiveTo === null || v.effectiveTo >= date));
}

/** Folded text a catalogue search matches: codes and every version's names. */
export function searchTextOf(file: ProcedureFile): string {
  const names = file.versions.flatMap((v) => [v.nameVi, v.nameEn]);
  return foldVietnamese([file.code, file.nationalCode ?? '', ...new Set(names)].join(' '));
}
