import { describe, expect, it } from 'vitest';
import { catalogueProblems, readCatalogueFiles, stepsFit, stepsOf, versionOn } from './catalogue';
import type { ProcedureFile, TimeLimit } from './contract';

const files = readCatalogueFiles();
const byCode = new Map(files.map((f) => [f.code, f]));
const current = (code: string, on = '2026-11-26') => {
  const file = byCode.get(code);
  if (!file) throw new Error(`missing ${code}`);
  const version = versionOn(file.versions, on);
  if (!version) throw new Error(`no version of ${code} on ${on}`);
  return version;
};
const limitOf = (code: string, caseKey: string, on?: string) =>
  current(code, on).cases.find((c) => c.key === caseKey)?.limit;

describe('the shipped procedure catalogue', () => {
  it('keeps every rule: steps within limits, versions without overlap, unverified facts flagged', () => {
    expect(catalogueProblems(files)).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(13);
  });

  it('has a limit and a citation for every case, and a citation for every step', () => {
    for (const file of files) {
      for (const v of file.versions) {
        for (const c of v.cases) {
          expect(c.limit, `${file.code}/${c.key}`).toBeDefined();
          expect(c.citation.source.length).toBeGreaterThan(10);
          for (const s of stepsOf(v, c)) expect(s.citation.source.length, `${file.code}/${s.key}`).toBeGreaterThan(10);
        }
        expect(v.legalBasis.length).toBeGreaterThan(0);
      }
    }
  });

  it('carries the time limits of the domain file', () => {
    // Bắc Ninh QĐ 1513/QĐ-UBND: work permits.
    expect(limitOf('1.014199.H05', 'grant')).toEqual({ unit: 'working_day', amount: 10 });
    expect(limitOf('1.014199.H05', 'refuse')).toEqual({ unit: 'working_day', amount: 3 });
    expect(limitOf('1.014200.H05', 'grant')).toEqual({ unit: 'working_day', amount: 3 });
    expect(limitOf('BQL-LD-03', 'grant')).toEqual({ unit: 'working_day', amount: 10 });
    expect(limitOf('BQL-LD-04', 'grant')).toEqual({ unit: 'working_day', amount: 5 });
    expect(limitOf('BQL-LD-04', 'refuse')).toEqual({ unit: 'working_day', amount: 3 });
    expect(limitOf('BQL-LD-05', 'grant')).toEqual({ unit: 'working_day', amount: 3 });
    expect(limitOf('BQL-LD-06', 'grant')).toEqual({ unit: 'working_day', amount: 5 });
    // Thái Nguyên QĐ 1936/QĐ-UBND after Law 90/2025 and Decree 239/2025.
    expect(limitOf('BQL-DT-01', 'issue')).toEqual({ unit: 'calendar_day', amount: 10 });
    expect(limitOf('BQL-DT-04', 'approve')).toEqual({ unit: 'calendar_day', amount: 17 });
    expect(limitOf('BQL-DT-02', 'policy_a1_a7')).toEqual({ unit: 'calendar_day', amount: 17 });
    expect(limitOf('BQL-DT-02', 'policy_a8')).toEqual({ unit: 'calendar_day', amount: 12 });
    // Decree 35/2022 Art. 41: 3 working days to forward, 15 days for opinions, 40 days to appraise.
    const eco = current('BQL-ST-01');
    expect(eco.cases[0]?.limit).toEqual({ unit: 'calendar_day', amount: 40 });
    expect(eco.steps.map((s) => s.budget)).toEqual([
      { unit: 'working_day', amount: 3 },
      { unit: 'calendar_day', amount: 15 },
      { unit: 'calendar_day', amount: 20 },
    ]);
    expect(limitOf('BQL-ST-03', 'recertify')).toEqual({ unit: 'calendar_day', amount: 20 });
  });

  it('gives a dossier the version in force on the day it was received', () => {
    expect(limitOf('BQL-DT-01', 'issue', '2025-09-02')).toEqual({ unit: 'calendar_day', amount: 15 });
    expect(limitOf('BQL-DT-01', 'issue', '2025-09-03')).toEqual({ unit: 'calendar_day', amount: 10 });
    expect(versionOn(byCode.get('1.014199.H05')?.versions ?? [], '2025-01-01')).toBeUndefined();
  });
});

describe('catalogue rules catch broken data', () => {
  const base = files.find((f) => f.code === 'BQL-DT-01') as ProcedureFile;
  const [v1, v2] = base.versions as [ProcedureFile['versions'][0], ProcedureFile['versions'][0]];

  it('reports overlapping versions and versions still open before a newer one', () => {
    const overlap = { ...base, versions: [{ ...v1, effectiveTo: '2025-09-03' }, v2] };
    expect(catalogueProblems([overlap])).toContain('BQL-DT-01 v2: overlaps v1');
    const open = { ...base, versions: [{ ...v1, effectiveTo: null }, v2] };
    expect(catalogueProblems([open])).toContain('BQL-DT-01 v2: overlaps v1');
  });

  it('reports steps that do not fit the limit and unflagged unverified facts', () => {
    const longStep = {
      ...v2,
      steps: v2.steps.map((s, i) => (i === 1 ? { ...s, budget: { unit: 'calendar_day' as const, amount: 9 } } : s)),
    };
    expect(catalogueProblems([{ ...base, versions: [v1, longStep] }])).toContain(
      'BQL-DT-01 v2/issue: steps exceed the limit',
    );
    const silent = { ...v1, unverified: [] };
    expect(catalogueProblems([{ ...base, versions: [silent, v2] }])).toContain(
      'BQL-DT-01 v1: has unverified citations but no note in "unverified"',
    );
  });

  it('compares mixed units nominally (5 working days span 7 calendar days)', () => {
    const wd = (amount: number): TimeLimit => ({ unit: 'working_day', amount });
    const cd = (amount: number): TimeLimit => ({ unit: 'calendar_day', amount });
    expect(stepsFit([wd(3), cd(15), cd(20)], cd(40))).toBe(true);
    expect(stepsFit([wd(5), cd(34)], cd(40))).toBe(false);
    expect(stepsFit([wd(0.5), wd(9), wd(0.5)], wd(10))).toBe(true);
    expect(stepsFit([wd(0.5), wd(9), wd(1)], wd(10))).toBe(false);
  });
});
