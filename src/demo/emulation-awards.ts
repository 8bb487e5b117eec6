import { and, eq } from 'drizzle-orm';
import type { App } from '../app';
import { createEmulationAwards } from '../modules/emulation/awards/module';
import type { ScoreEntry, ScoreSheet } from '../modules/emulation/scoring/contract';
import { systemActor } from '../platform/auth/actor';
import type { Db } from '../platform/db/client';
import { emulationBlocks, emulationMemberships, emulationScoreSheets } from '../platform/db/schema';
import { rngFor } from './country/random';

/**
 * The demo's scoring and awards (issue 7 §5), after the blocks' members and rotation
 * (`emulation.ts`): for every regional block and each of the last four finished years, a score
 * sheet, every member's self-score, the leader's cross-score (the deputy's for the leader) with
 * a few differences settled with reasons, the members' duty ratings, the secret ballot on the
 * flag and the collective Bằng khen, the proposals the ballot carried and the ministry's decisions
 * (so the award register and certificates have five years of history with this year's scoring
 * under way: the current year's sheet is issued and half the members have self-scored).
 * Everything goes through the module's services as the system actor, so every rule and audit row
 * applies. Deterministic for a seed; runs once (skipped when score sheets exist).
 */
export async function seedEmulationAwardsDemo(app: App, db: Db, options: { today: string; seed: number }) {
  if ((await db.select({ id: emulationScoreSheets.id }).from(emulationScoreSheets).limit(1)).length) return null;
  const { services } = createEmulationAwards({
    db,
    clock: () => new Date(`${options.today}T03:00:00Z`),
    geo: app.services.geo,
  });
  const actor = systemActor('demo-seed');
  const current = Number(options.today.slice(0, 4));
  const counts = { sheets: 0, cards: 0, ballots: 0, awards: 0 };
  const blocks = await db.select().from(emulationBlocks).where(eq(emulationBlocks.kind, 'block'));
  for (const block of blocks) {
    for (const year of [current - 4, current - 3, current - 2, current - 1, current]) {
      const members = await db
        .select()
        .from(emulationMemberships)
        .where(and(eq(emulationMemberships.blockId, block.id), eq(emulationMemberships.year, year)));
      if (members.length < 2 || !members.some((m) => m.role === 'leader')) continue;
      const r = rngFor(options.seed, 'emulation-awards', block.code, year);
      const rng = () => r.next();
      await services.scoring.setSheet(actor, block.id, year, {
        definition: demoSheet(),
        basis: `Quy chế khối; bảng điểm năm ${year} (dữ liệu mẫu)`,
      });
      counts.sheets++;
      const running = year === current;
      const scores = new Map<string, ScoreEntry[]>();
      for (const [i, m] of members.entries()) {
        if (running && i % 2 === 1) continue;
        const entries = demoEntries(rng);
        scores.set(m.unitId, entries);
        await services.scoring.setSelf(actor, block.id, year, m.unitId, { entries, submit: true });
        counts.cards++;
      }
      if (running) continue;
      for (const m of members) {
        const self = scores.get(m.unitId)!;
        // One member in three is marked down on investment by the cross-scorer; the meeting settles half-way.
        const marked = rng() < 0.34;
        const cross = self.map((e) =>
          marked && e.line === 'dau_tu' ? { ...e, points: Math.max(0, e.points - 2) } : e,
        );
        await services.scoring.setCross(actor, block.id, year, m.unitId, { entries: cross, submit: true });
        if (marked) {
          const points = (self.find((e) => e.line === 'dau_tu')?.points ?? 0) - 1;
          await services.scoring.resolve(actor, block.id, year, m.unitId, {
            resolutions: [{ line: 'dau_tu', points, reason: 'Đối chiếu giấy chứng nhận đăng ký đầu tư cấp trong năm' }],
          });
        }
      }
      const view = await services.scoring.view(actor, block.id, year);
      const ranked = view.cards.filter((c) => c.rank !== null);
      const top = ranked.slice(0, 3);
      for (const c of view.cards) {
        const rank = c.rank ?? ranked.length;
        await services.register.setAssessment(actor, {
          subject: { kind: 'collective', unitId: c.unit.id },
          year,
          rating: rank <= Math.ceil(ranked.length / 2) ? 'excellent' : 'good',
          initiatives: [],
          disciplines: [],
          attestations: c.rank === 1 ? ['nhan_to_moi'] : [],
        });
      }
      const heldOn = `${year + 1}-01-10`;
      const voters = view.cards.map((c) => c.unit.id);
      const leading = top[0];
      if (!leading) continue;
      const flagVote = await services.proposals.recordBallot(actor, block.id, year, {
        titleKey: 'co_thi_dua_bo_tinh',
        heldOn,
        voters,
        invalid: 0,
        counts: [{ candidateId: leading.unit.id, yes: voters.length - (rng() < 0.5 ? 1 : 0), no: 0 }],
      });
      counts.ballots++;
      const decision = (n: number) => ({
        number: `${100 + n + (year % 100) * 7}/QĐ-BTC`,
        signedOn: `${year + 1}-02-0${2 + (n % 5)}`,
        authority: year + 1 >= 2025 ? 'Bộ trưởng Bộ Tài chính' : 'Bộ trưởng Bộ Kế hoạch và Đầu tư',
        signerName: year + 1 >= 2025 ? 'Nguyễn Văn Thắng' : 'Nguyễn Chí Dũng',
        signerTitle: 'Bộ trưởng',
        kind: 'merit' as const,
      });
      const propose = async (titleKey: string, unitId: string, ballotId: string, achievement: string) => {
        try {
          const p = await services.proposals.propose(actor, block.id, year, {
            titleKey,
            subject: { kind: 'collective', unitId },
            receivedOn: `${year + 1}-01-20`,
            ballotId,
            documents: [
              {
                kind: 'to_trinh',
                number: `${(year % 100) + 3}/TTr-KTĐ`,
                date: `${year + 1}-01-20`,
                title: `Tờ trình đề nghị khen thưởng năm ${year}`,
              },
              { kind: 'bien_ban', date: heldOn, title: `Biên bản hội nghị tổng kết khối năm ${year}` },
              { kind: 'bao_cao_thanh_tich', title: `Báo cáo thành tích năm ${year}` },
            ],
            achievement,
          });
          return p.id;
        } catch {
          // Not eligible under the rules in force (e.g. a member rated "good" the year before): no proposal, as in life.
          return null;
        }
      };
      const flag = await propose(
        'co_thi_dua_bo_tinh',
        leading.unit.id,
        flagVote.id,
        `Dẫn đầu phong trào thi đua năm ${year} của ${block.name}`,
      );
      if (flag) {
        await services.proposals.decide(actor, flag, decision(1));
        counts.awards++;
      }
      const runnersUp = top.slice(1);
      if (runnersUp.length === 0) continue;
      const meritVote = await services.proposals.recordBallot(actor, block.id, year, {
        titleKey: 'bang_khen_bo_tinh_tap_the',
        heldOn,
        voters,
        invalid: 0,
        counts: runnersUp.map((c, i) => ({
          candidateId: c.unit.id,
          yes: i === 0 ? voters.length : Math.floor(voters.length / 2),
          no: 0,
        })),
      });
      counts.ballots++;
      for (const [i, c] of runnersUp.entries()) {
        const id = await propose(
          'bang_khen_bo_tinh_tap_the',
          c.unit.id,
          meritVote.id,
          `Hoàn thành xuất sắc nhiệm vụ năm ${year - 1} và ${year}`,
        );
        if (id) {
          await services.proposals.decide(actor, id, decision(2 + i));
          counts.awards++;
        }
      }
    }
  }
  return counts;
}

/** The demo blocks' sheet: the usual three groups of a Board block's regulation, a bonus and a penalty. */
function demoSheet(): ScoreSheet {
  return {
    groups: [
      {
        key: 'nhiem_vu',
        nameVi: 'Thực hiện nhiệm vụ chuyên môn',
        nameEn: 'Core duties',
        criteria: [
          {
            key: 'dau_tu',
            nameVi: 'Thu hút đầu tư vào KCN, KKT',
            nameEn: 'Investment attracted',
            maxPoints: 30,
            evidenceRequired: true,
          },
          {
            key: 'cchc',
            nameVi: 'Cải cách hành chính, một cửa',
            nameEn: 'Administrative reform, one-stop',
            maxPoints: 20,
            evidenceRequired: false,
          },
          {
            key: 'quan_ly',
            nameVi: 'Quản lý môi trường, lao động trong KCN',
            nameEn: 'Environment and labour oversight',
            maxPoints: 20,
            evidenceRequired: false,
          },
        ],
      },
      {
        key: 'phong_trao',
        nameVi: 'Công tác thi đua, khen thưởng',
        nameEn: 'Emulation work',
        criteria: [
          {
            key: 'to_chuc',
            nameVi: 'Tổ chức phong trào, ký giao ước',
            nameEn: 'Movements and pact',
            maxPoints: 15,
            evidenceRequired: false,
          },
          {
            key: 'dien_hinh',
            nameVi: 'Phát hiện, nhân rộng điển hình',
            nameEn: 'Role models spread',
            maxPoints: 15,
            evidenceRequired: false,
          },
        ],
      },
    ],
    bonuses: [
      {
        key: 'sang_kien',
        nameVi: 'Sáng kiến, mô hình mới',
        nameEn: 'Initiatives, new models',
        maxPoints: 5,
        evidenceRequired: true,
      },
    ],
    bonusCap: 5,
    penalties: [
      {
        key: 'cham_bao_cao',
        nameVi: 'Chậm báo cáo thi đua',
        nameEn: 'Late emulation reports',
        maxPoints: 5,
        evidenceRequired: false,
      },
    ],
    crossScoring: 'leader',
    tieBreaks: [{ kind: 'group', group: 'nhiem_vu' }, { kind: 'fewer_penalty' }],
  };
}

function demoEntries(rng: () => number): ScoreEntry[] {
  const pts = (max: number, low = 0.7) => Math.round((low + (1 - low) * rng()) * max * 4) / 4;
  const bonus = rng() < 0.4 ? Math.ceil(rng() * 4) : 0;
  const late = rng() < 0.2 ? 1 : 0;
  return [
    { line: 'dau_tu', points: pts(30), evidence: ['Báo cáo thu hút đầu tư cả năm'] },
    { line: 'cchc', points: pts(20), evidence: [] },
    { line: 'quan_ly', points: pts(20), evidence: [] },
    { line: 'to_chuc', points: pts(15, 0.8), evidence: [] },
    { line: 'dien_hinh', points: pts(15, 0.6), evidence: [] },
    ...(bonus ? [{ line: 'sang_kien', points: bonus, evidence: ['Quyết định công nhận sáng kiến'] }] : []),
    ...(late ? [{ line: 'cham_bao_cao', points: late, evidence: [] }] : []),
  ];
}
