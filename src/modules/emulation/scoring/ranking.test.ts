import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScoreEntry, ScoreSheet } from './contract';
import { rankMembers } from './ranking';
import { crossScorerOf, entryProblems, type FinalScore, finalScore, sheetMaximum, sheetProblems } from './sheet';

/** A small sheet in the shape of a block's year: two groups, one bonus, one penalty. */
const sheet: ScoreSheet = {
  groups: [
    {
      key: 'nhiem_vu',
      nameVi: 'Thực hiện nhiệm vụ chuyên môn',
      nameEn: 'Core duties',
      criteria: [
        {
          key: 'thu_hut_dau_tu',
          nameVi: 'Thu hút đầu tư',
          nameEn: 'Investment attracted',
          maxPoints: 30,
          evidenceRequired: true,
        },
        {
          key: 'cai_cach_hanh_chinh',
          nameVi: 'Cải cách hành chính',
          nameEn: 'Administrative reform',
          maxPoints: 20,
          evidenceRequired: false,
        },
      ],
    },
    {
      key: 'phong_trao',
      nameVi: 'Phong trào thi đua',
      nameEn: 'Emulation movement',
      criteria: [
        {
          key: 'to_chuc_phong_trao',
          nameVi: 'Tổ chức phong trào',
          nameEn: 'Movements run',
          maxPoints: 50,
          evidenceRequired: false,
        },
      ],
    },
  ],
  bonuses: [{ key: 'sang_kien', nameVi: 'Sáng kiến', nameEn: 'Initiatives', maxPoints: 5, evidenceRequired: true }],
  bonusCap: 3,
  penalties: [
    { key: 'cham_bao_cao', nameVi: 'Chậm báo cáo', nameEn: 'Late reports', maxPoints: 5, evidenceRequired: false },
  ],
  crossScoring: 'leader',
  tieBreaks: [{ kind: 'group', group: 'nhiem_vu' }, { kind: 'fewer_penalty' }],
};

const e = (line: string, points: number, evidence: string[] = ['QĐ 12/QĐ-BQL']): ScoreEntry => ({
  line,
  points,
  evidence,
});
const agreed = (points: Record<string, number>): FinalScore => {
  const entries = Object.entries(points).map(([l, p]) => e(l, p));
  return finalScore(sheet, {
    self: entries,
    selfSubmitted: true,
    cross: entries,
    crossSubmitted: true,
    resolutions: [],
  });
};

describe('score sheet', () => {
  it('reaches 100 + the capped bonus; line keys and tie-break groups are checked', () => {
    expect(sheetMaximum(sheet)).toBe(103);
    expect(sheetProblems(sheet)).toEqual([]);
    const broken: ScoreSheet = {
      ...sheet,
      bonuses: [{ ...sheet.bonuses[0]!, key: 'thu_hut_dau_tu' }],
      tieBreaks: [{ kind: 'group', group: 'x' }],
    };
    expect(sheetProblems(broken).map((p) => p.en)).toEqual([
      'Line key "thu_hut_dau_tu" is used twice.',
      'No criteria group "x".',
    ]);
  });

  it('refuses points above a maximum, unknown lines, repeated lines and missing evidence', () => {
    const problems = entryProblems(sheet, [
      e('thu_hut_dau_tu', 31),
      e('nope', 1),
      e('sang_kien', 2, []),
      e('cai_cach_hanh_chinh', 5, []),
      e('cai_cach_hanh_chinh', 5),
    ]);
    expect(problems.map((p) => `${p.line}: ${p.en}`)).toEqual([
      'thu_hut_dau_tu: 31 points exceed the maximum of 30.',
      'nope: The sheet has no line "nope".',
      'sang_kien: These points need evidence.',
      'cai_cach_hanh_chinh: Line scored twice.',
    ]);
  });
});

describe('final score', () => {
  it('agreed lines keep the self-score; a difference needs a resolution with its reason', () => {
    const self = [
      e('thu_hut_dau_tu', 28),
      e('cai_cach_hanh_chinh', 18.5),
      e('to_chuc_phong_trao', 45),
      e('sang_kien', 5),
      e('cham_bao_cao', 0),
    ];
    const cross = [
      e('thu_hut_dau_tu', 25),
      e('cai_cach_hanh_chinh', 18.5),
      e('to_chuc_phong_trao', 45),
      e('sang_kien', 5),
      e('cham_bao_cao', 1),
    ];
    const disputed = finalScore(sheet, { self, selfSubmitted: true, cross, crossSubmitted: true, resolutions: [] });
    expect(disputed.complete).toBe(false);
    expect(disputed.lines.filter((l) => l.status === 'disputed').map((l) => l.line)).toEqual([
      'thu_hut_dau_tu',
      'cham_bao_cao',
    ]);
    const resolved = finalScore(sheet, {
      self,
      selfSubmitted: true,
      cross,
      crossSubmitted: true,
      resolutions: [
        { line: 'thu_hut_dau_tu', points: 26, reason: 'Dự án thứ 3 chưa cấp GCNĐKĐT trong năm' },
        { line: 'cham_bao_cao', points: 1, reason: 'Báo cáo quý III nộp muộn 2 ngày' },
      ],
    });
    expect(resolved.complete).toBe(true);
    // 26 + 18.5 + 45 = 89.5; bonus 5 capped at 3; penalty 1.
    expect(resolved).toMatchObject({ criteria: 89.5, bonus: 3, penalty: 1, total: 91.5, selfTotal: 94.5 });
    expect(resolved.byGroup).toEqual({ nhiem_vu: 44.5, phong_trao: 45 });
    expect(resolved.lines.find((l) => l.line === 'thu_hut_dau_tu')).toMatchObject({
      self: 28,
      cross: 25,
      final: 26,
      status: 'resolved',
    });
  });

  it('waits for the self-score, then for the cross-score; unscored lines count 0 once submitted', () => {
    const none = finalScore(sheet, {
      self: [],
      selfSubmitted: false,
      cross: [],
      crossSubmitted: false,
      resolutions: [],
    });
    expect(new Set(none.lines.map((l) => l.status))).toEqual(new Set(['awaiting_self']));
    const selfOnly = finalScore(sheet, {
      self: [e('to_chuc_phong_trao', 40)],
      selfSubmitted: true,
      cross: [],
      crossSubmitted: false,
      resolutions: [],
    });
    expect(new Set(selfOnly.lines.map((l) => l.status))).toEqual(new Set(['awaiting_cross']));
    const both = finalScore(sheet, {
      self: [e('to_chuc_phong_trao', 40)],
      selfSubmitted: true,
      cross: [e('to_chuc_phong_trao', 40)],
      crossSubmitted: true,
      resolutions: [],
    });
    expect(both).toMatchObject({ complete: true, total: 40 });
  });

  it('sums in hundredths: 0.1 + 0.2 points make exactly 0.3', () => {
    const s = agreed({ thu_hut_dau_tu: 0.1, cai_cach_hanh_chinh: 0.2 });
    expect(s.total).toBe(0.3);
  });
});

describe('ranking with ties', () => {
  it('equal totals are split by the group tie-break, then by fewer penalties; a full tie shares the rank', () => {
    const a = agreed({ thu_hut_dau_tu: 30, cai_cach_hanh_chinh: 15, to_chuc_phong_trao: 45 }); // 90, duties 45
    const b = agreed({ thu_hut_dau_tu: 25, cai_cach_hanh_chinh: 15, to_chuc_phong_trao: 50 }); // 90, duties 40
    const c = agreed({ thu_hut_dau_tu: 30, cai_cach_hanh_chinh: 16, to_chuc_phong_trao: 45, cham_bao_cao: 1 }); // 90, duties 46, penalty 1
    const d = agreed({ thu_hut_dau_tu: 25, cai_cach_hanh_chinh: 15, to_chuc_phong_trao: 50 }); // same as b
    const e2 = agreed({ thu_hut_dau_tu: 30, cai_cach_hanh_chinh: 20, to_chuc_phong_trao: 45 }); // 95
    const pending = finalScore(sheet, {
      self: [],
      selfSubmitted: false,
      cross: [],
      crossSubmitted: false,
      resolutions: [],
    });
    const ranking = rankMembers(sheet, [
      { unitId: 'b', score: b },
      { unitId: 'pending', score: pending },
      { unitId: 'a', score: a },
      { unitId: 'd', score: d },
      { unitId: 'c', score: c },
      { unitId: 'e', score: e2 },
    ]);
    expect(ranking.map((r) => [r.unitId, r.rank, r.total])).toEqual([
      ['e', 1, 95],
      ['c', 2, 90],
      ['a', 3, 90],
      ['b', 4, 90],
      ['d', 4, 90],
      ['pending', null, 0],
    ]);
    expect(ranking[1]?.decidedBy?.vi).toBe('điểm nhóm "Thực hiện nhiệm vụ chuyên môn" cao hơn');
    expect(ranking[3]?.tiedWith).toEqual(['d']);
    expect(ranking[0]?.decidedBy).toBeNull();
  });

  it('without tie-breaks equal totals share the rank and the next rank skips (1, 1, 3)', () => {
    const plain = { ...sheet, tieBreaks: [] };
    const x = agreed({ to_chuc_phong_trao: 40 });
    const ranking = rankMembers(plain, [
      { unitId: 'x', score: x },
      { unitId: 'y', score: agreed({ thu_hut_dau_tu: 20, cai_cach_hanh_chinh: 20 }) },
      { unitId: 'z', score: agreed({ to_chuc_phong_trao: 39 }) },
    ]);
    expect(ranking.map((r) => r.rank)).toEqual([1, 1, 3]);
  });

  it('property: ranks follow totals, are order-independent, and equal ranks mean equal on every tie-break', () => {
    const score = fc.record({
      thu_hut_dau_tu: fc.integer({ min: 0, max: 30 }),
      cai_cach_hanh_chinh: fc.integer({ min: 0, max: 20 }),
      to_chuc_phong_trao: fc.integer({ min: 0, max: 50 }),
      cham_bao_cao: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 8 }), (scores) => {
        const members = scores.map((s, i) => ({ unitId: `u${i}`, score: agreed(s) }));
        const ranking = rankMembers(sheet, members);
        const reversed = rankMembers(sheet, [...members].reverse());
        expect(new Map(reversed.map((r) => [r.unitId, r.rank]))).toEqual(
          new Map(ranking.map((r) => [r.unitId, r.rank])),
        );
        for (let i = 1; i < ranking.length; i++) {
          const [p, q] = [ranking[i - 1]!, ranking[i]!];
          expect(p.total).toBeGreaterThanOrEqual(q.total);
          if (p.rank === q.rank) {
            const [ps, qs] = [
              members.find((m) => m.unitId === p.unitId)!.score,
              members.find((m) => m.unitId === q.unitId)!.score,
            ];
            expect([ps.byGroup.nhiem_vu, ps.penalty]).toEqual([qs.byGroup.nhiem_vu, qs.penalty]);
          } else {
            expect(q.rank).toBe(i + 1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('who cross-scores', () => {
  const roster = { order: ['hn', 'hp', 'bn', 'hnam'], leader: 'hp', deputy: 'bn' };
  it('the leader scores everyone else and the deputy scores the leader', () => {
    expect(crossScorerOf('leader', roster, 'hn')).toBe('hp');
    expect(crossScorerOf('leader', roster, 'hp')).toBe('bn');
    expect(crossScorerOf('leader', { ...roster, leader: null }, 'hn')).toBeNull();
    expect(crossScorerOf('leader', { ...roster, deputy: null }, 'hp')).toBe('hn');
    expect(crossScorerOf('leader', { order: ['hp'], leader: 'hp', deputy: null }, 'hp')).toBeNull();
  });
  it('in rotation each member scores the next in turn, the last the first', () => {
    expect(roster.order.map((u) => crossScorerOf('rotation', roster, u))).toEqual(['hnam', 'hn', 'hp', 'bn']);
    expect(crossScorerOf('rotation', { ...roster, order: ['hn'] }, 'hn')).toBeNull();
  });
});
