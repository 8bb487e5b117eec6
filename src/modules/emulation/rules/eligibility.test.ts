import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from './eligibility';
import { type CandidateHistory, emptyYear, type YearRecord } from './history';
import { readRuleFiles } from './rule-files';

const versions = readRuleFiles();
const merit = (key: string) => ({ key, kind: 'merit' as const });

/** A staff member who was a grassroots emulation fighter in the given years (years listed = recorded). */
function fighter(recorded: number[], cstdcsIn: number[], extra: Partial<YearRecord> = {}): CandidateHistory {
  return {
    subject: 'individual',
    years: recorded.map((year) => ({
      ...emptyYear(year),
      rating: 'excellent',
      awards: cstdcsIn.includes(year)
        ? [merit('lao_dong_tien_tien'), merit('chien_si_thi_dua_co_so')]
        : [merit('lao_dong_tien_tien')],
      initiatives: ['ministry_province'],
      ...extra,
    })),
  };
}

const provincial = (history: CandidateHistory, year: number, receivedOn: string, decidedOn?: string) =>
  evaluateEligibility(versions, {
    history,
    titleKey: 'chien_si_thi_dua_bo_tinh',
    year,
    receivedOn,
    ...(decidedOn ? { decidedOn } : {}),
  });

describe('Chiến sĩ thi đua cấp bộ, tỉnh: three consecutive grassroots titles', () => {
  it('three consecutive years met → eligible, citing Law 06/2022 Art. 22 under Decree 152/2025', () => {
    const r = provincial(fighter([2023, 2024, 2025], [2023, 2024, 2025]), 2025, '2026-01-15');
    expect(r.outcome).toBe('eligible');
    expect(r.ruleVersion.id).toBe('law-2022-decree-152-2025');
    expect(r.conditions[0]).toMatchObject({ kind: 'consecutive_titles', status: 'met', verified: true });
    expect(r.conditions[0]?.citation.source).toContain('Điều 22');
    expect(r.conditions[0]?.reasonVi).toBe('Đạt Chiến sĩ thi đua cơ sở 3 năm liên tục 2023, 2024, 2025.');
    expect(r.vote?.key).toBe('council_secret_90');
    expect(r.usesUnverified).toBe(true);
  });

  it('a gap year (recorded, no title) → not eligible, naming the year', () => {
    const r = provincial(fighter([2023, 2024, 2025], [2023, 2025]), 2025, '2026-01-15');
    expect(r.outcome).toBe('not_eligible');
    expect(r.conditions[0]).toMatchObject({ status: 'not_met' });
    expect(r.conditions[0]?.reasonEn).toContain('No Grassroots Emulation Fighter in 2024');
  });

  it('a missing year (no record) → needs review, listing the year', () => {
    const r = provincial(fighter([2023, 2025], [2023, 2025]), 2025, '2026-01-15');
    expect(r.outcome).toBe('needs_review');
    expect(r.conditions[0]).toMatchObject({ status: 'unknown', missingYears: [2024] });
  });

  it('a gap outweighs a missing year', () => {
    const r = provincial(fighter([2024, 2025], [2025]), 2025, '2026-01-15');
    expect(r.outcome).toBe('not_eligible');
  });

  it('an ad hoc award does not count as the title (Decree 152/2025 Art. 4(3))', () => {
    const h = fighter([2023, 2024, 2025], [2023, 2025]);
    const y2024 = h.years.find((y) => y.year === 2024) as YearRecord;
    y2024.awards.push({ key: 'chien_si_thi_dua_co_so', kind: 'ad_hoc' });
    expect(provincial(h, 2025, '2026-01-15').outcome).toBe('not_eligible');
  });
});

describe('Chiến sĩ thi đua toàn quốc: two consecutive ministry/province titles', () => {
  it('needs both years and a national initiative', () => {
    const years = [2024, 2025].map((year) => ({
      ...emptyYear(year),
      rating: 'excellent' as const,
      awards: [merit('chien_si_thi_dua_bo_tinh')],
      initiatives: year === 2025 ? (['national'] as const).slice() : [],
    }));
    const history: CandidateHistory = { subject: 'individual', years };
    const ok = evaluateEligibility(versions, {
      history,
      titleKey: 'chien_si_thi_dua_toan_quoc',
      year: 2025,
      receivedOn: '2026-02-01',
    });
    // The initiative window is six years; four of them are not recorded, but the one initiative found suffices.
    expect(ok.outcome).toBe('eligible');
    const withoutInitiative = { ...history, years: years.map((y) => ({ ...y, initiatives: [] })) };
    const r = evaluateEligibility(versions, {
      history: withoutInitiative,
      titleKey: 'chien_si_thi_dua_toan_quoc',
      year: 2025,
      receivedOn: '2026-02-01',
    });
    expect(r.outcome).toBe('needs_review');
    expect(r.conditions[1]?.missingYears).toEqual([2020, 2021, 2022, 2023]);
  });
});

describe('a rule version switched by date', () => {
  // A staff member rated excellent with an initiative in 2026 but not an Advanced Worker that year.
  const history: CandidateHistory = {
    subject: 'individual',
    years: [{ ...emptyYear(2026), rating: 'excellent', initiatives: ['grassroots'] }],
  };
  const cstdcs = (receivedOn: string, decidedOn?: string) =>
    evaluateEligibility(versions, {
      history,
      titleKey: 'chien_si_thi_dua_co_so',
      year: 2026,
      receivedOn,
      ...(decidedOn ? { decidedOn } : {}),
    });

  it('before 1/10/2026 the grassroots title needs the Advanced Worker title (Law 06/2022)', () => {
    const r = cstdcs('2026-09-30');
    expect(r.ruleVersion.id).toBe('law-2022-decree-152-2025');
    expect(r.outcome).toBe('not_eligible');
  });

  it('from 1/10/2026 an excellent rating replaces it (Law 06/2026/QH16, draft wording, unverified)', () => {
    const r = cstdcs('2026-12-01');
    expect(r.ruleVersion.id).toBe('law-2026-decree-152-2025');
    expect(r.outcome).toBe('eligible');
    expect(r.conditions[0]).toMatchObject({ kind: 'rating', verified: false });
  });

  it('a dossier received before but decided after takes the more favourable new rule', () => {
    const r = cstdcs('2026-09-20', '2026-10-15');
    expect(r.ruleVersion.id).toBe('law-2026-decree-152-2025');
    expect(r.outcome).toBe('eligible');
    expect(r.comparedWith).toEqual({ ruleVersionId: 'law-2022-decree-152-2025', outcome: 'not_eligible' });
  });

  it('keeps the old rule when the new one is not more favourable', () => {
    const holder: CandidateHistory = {
      subject: 'individual',
      years: [
        { ...emptyYear(2026), rating: 'good', awards: [merit('lao_dong_tien_tien')], initiatives: ['grassroots'] },
      ],
    };
    const r = evaluateEligibility(versions, {
      history: holder,
      titleKey: 'chien_si_thi_dua_co_so',
      year: 2026,
      receivedOn: '2026-09-20',
      decidedOn: '2026-10-15',
    });
    expect(r.ruleVersion.id).toBe('law-2022-decree-152-2025');
    expect(r.outcome).toBe('eligible');
    expect(r.comparedWith).toEqual({ ruleVersionId: 'law-2026-decree-152-2025', outcome: 'not_eligible' });
  });

  it('Bằng khen Thủ tướng needs an earlier Bằng khen under Decree 98/2023 but not under 152/2025', () => {
    const years = [2020, 2021, 2022, 2023, 2024].map((year) => ({
      ...emptyYear(year),
      rating: 'excellent' as const,
      initiatives: ['grassroots' as const],
    }));
    const h: CandidateHistory = { subject: 'individual', years };
    const old = evaluateEligibility(versions, {
      history: h,
      titleKey: 'bang_khen_thu_tuong',
      year: 2024,
      receivedOn: '2025-03-01',
    });
    expect(old.outcome).toBe('not_eligible');
    const now = evaluateEligibility(versions, {
      history: h,
      titleKey: 'bang_khen_thu_tuong',
      year: 2024,
      receivedOn: '2025-08-01',
    });
    expect(now.outcome).toBe('eligible');
  });

  it('refuses a day no version covers', () => {
    expect(() => cstdcs('2010-01-01')).toThrow('Không có quy tắc thi đua nào có hiệu lực ngày 2010-01-01.');
  });
});

describe('collectives', () => {
  const board = (members: YearRecord['members'], extra: Partial<YearRecord> = {}): CandidateHistory => ({
    subject: 'collective',
    years: [{ ...emptyYear(2025), rating: 'excellent', members, ...extra }],
  });
  const excellent = (h: CandidateHistory) =>
    evaluateEligibility(versions, {
      history: h,
      titleKey: 'tap_the_lao_dong_xuat_sac',
      year: 2025,
      receivedOn: '2026-01-10',
    });

  it('Tập thể lao động xuất sắc: exactly 70% of members Advanced Workers is enough, 69/100 is not', () => {
    const ok = excellent(
      board({
        total: 10,
        titles: { lao_dong_tien_tien: 7, chien_si_thi_dua_co_so: 1 },
        ratings: { excellent: 3, good: 7 },
      }),
    );
    expect(ok.outcome).toBe('eligible');
    const short = excellent(
      board({ total: 100, titles: { lao_dong_tien_tien: 69, chien_si_thi_dua_co_so: 2 }, ratings: { good: 100 } }),
    );
    expect(short.outcome).toBe('not_eligible');
    expect(short.conditions.find((c) => c.kind === 'member_title_share')?.reasonVi).toBe(
      '69/100 thành viên đạt Lao động tiên tiến (cần ≥ 70%).',
    );
  });

  it('one member not completing duties, or a warning, fails it; missing member figures need review', () => {
    const members = {
      total: 10,
      titles: { lao_dong_tien_tien: 8, chien_si_thi_dua_co_so: 1 },
      ratings: { good: 9, not_completed: 1 },
    };
    expect(excellent(board(members)).outcome).toBe('not_eligible');
    const full = { ...members, ratings: { good: 10 } };
    expect(excellent(board(full, { disciplines: ['warning'] })).outcome).toBe('not_eligible');
    expect(excellent(board(full, { disciplines: ['reprimand'] })).outcome).toBe('eligible');
    // A year known only from the register: its disciplines were never recorded.
    expect(excellent(board(full, { assessed: false })).outcome).toBe('needs_review');
    expect(excellent(board(null)).outcome).toBe('needs_review');
    const unrated = excellent(board({ ...full, ratings: { good: 8 } }));
    expect(unrated.outcome).toBe('needs_review');
    expect(unrated.conditions.find((c) => c.kind === 'member_rating_share')?.reasonEn).toBe(
      'No duty rating for 2 of 10 members in 2025.',
    );
  });

  it('Tập thể lao động tiên tiến needs more than half: 5/10 fails, 6/10 passes', () => {
    const adv = (n: number) =>
      evaluateEligibility(versions, {
        history: board({ total: 10, titles: { lao_dong_tien_tien: n }, ratings: { good: 10 } }, { rating: 'good' }),
        titleKey: 'tap_the_lao_dong_tien_tien',
        year: 2025,
        receivedOn: '2026-01-10',
      }).outcome;
    expect(adv(5)).toBe('not_eligible');
    expect(adv(6)).toBe('eligible');
  });

  it('Cờ thi đua: the block leader, once the council attests the new models', () => {
    const flag = (extra: Partial<YearRecord>) =>
      evaluateEligibility(versions, {
        history: board(null, extra),
        titleKey: 'co_thi_dua_bo_tinh',
        year: 2025,
        receivedOn: '2026-01-10',
      });
    expect(flag({ blockRank: 2, attestations: ['nhan_to_moi'] }).outcome).toBe('not_eligible');
    expect(flag({ blockRank: 1 }).outcome).toBe('needs_review');
    expect(flag({ blockRank: 1, attestations: ['nhan_to_moi'] }).outcome).toBe('eligible');
    expect(flag({ blockRank: null, attestations: ['nhan_to_moi'] }).outcome).toBe('needs_review');
  });

  it('a collective cannot take an individual title', () => {
    const r = evaluateEligibility(versions, {
      history: board(null),
      titleKey: 'chien_si_thi_dua_co_so',
      year: 2025,
      receivedOn: '2026-01-10',
    });
    expect(r.outcome).toBe('not_eligible');
    expect(r.conditions[0]?.reasonEn).toBe('Grassroots Emulation Fighter is for individuals only.');
  });
});

describe('properties', () => {
  const years = fc.uniqueArray(fc.integer({ min: 2019, max: 2025 }), { maxLength: 7 });

  it('the consecutive-title answer follows the window: all held → eligible-or-review, a recorded gap → not eligible', () => {
    fc.assert(
      fc.property(years, years, (recorded, titled) => {
        const h = fighter(recorded, titled);
        const r = provincial(h, 2025, '2026-01-15').conditions[0];
        const window = [2023, 2024, 2025];
        const gap = window.some((y) => recorded.includes(y) && !titled.includes(y));
        const missing = window.filter((y) => !recorded.includes(y));
        if (gap) expect(r?.status).toBe('not_met');
        else if (missing.length > 0) expect(r).toMatchObject({ status: 'unknown', missingYears: missing });
        else expect(r?.status).toBe('met');
      }),
      { numRuns: 300 },
    );
  });

  it('recording a missing year never turns "not eligible" into anything else (monotone in data)', () => {
    fc.assert(
      fc.property(
        years,
        years,
        fc.integer({ min: 2019, max: 2025 }),
        fc.boolean(),
        (recorded, titled, added, hasTitle) => {
          fc.pre(!recorded.includes(added));
          const before = provincial(fighter(recorded, titled), 2025, '2026-01-15').outcome;
          const after = provincial(
            fighter([...recorded, added], hasTitle ? [...titled, added] : titled.filter((y) => y !== added)),
            2025,
            '2026-01-15',
          ).outcome;
          if (before === 'not_eligible') expect(after).toBe('not_eligible');
          if (before === 'eligible') expect(after).toBe('eligible');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a member share is met exactly when count·den ≥ num·total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.nat(200), (total, raw) => {
        const n = raw % (total + 1);
        const r = evaluateEligibility(versions, {
          history: {
            subject: 'collective',
            years: [
              {
                ...emptyYear(2025),
                rating: 'excellent',
                members: {
                  total,
                  titles: { lao_dong_tien_tien: n, chien_si_thi_dua_co_so: 1 },
                  ratings: { good: total },
                },
              },
            ],
          },
          titleKey: 'tap_the_lao_dong_xuat_sac',
          year: 2025,
          receivedOn: '2026-01-10',
        });
        const share = r.conditions.find((c) => c.kind === 'member_title_share');
        expect(share?.status === 'met').toBe(n * 10 >= 7 * total);
      }),
      { numRuns: 300 },
    );
  });
});
