import { and, asc, eq, inArray } from 'drizzle-orm';
import type { App } from '../app';
import { boardCode, memberAdminUnits, readReferenceFile } from '../modules/emulation/reference-data';
import { rotate } from '../modules/emulation/rotation';
import { systemActor } from '../platform/auth/actor';
import type { Db } from '../platform/db/client';
import {
  emulationBlocks,
  emulationBlockYears,
  emulationMemberships,
  emulationPacts,
  emulationUnits,
} from '../platform/db/schema';
import { vietnamesePerson } from './country/names';
import { rngFor } from './country/random';
import { demoFestivals } from './emulation-festivals';

/**
 * The demo's emulation years (issue 7 §5): five years of members and rotation for every regional
 * block (years the sources give are kept, the rest follow the rotation rule), each year's pact with
 * every member's targets (signed in March; the current year's still open, two members to go), a
 * regular movement a year, the year-end conferences, the Club's numbered conferences (the 18th in
 * 2022), three staff per Board and two sports festivals. Deterministic for a seed; runs once (skipped when pacts exist).
 */
export async function seedEmulationDemo(app: App, db: Db, options: { today: string; seed: number }) {
  if ((await db.select({ id: emulationPacts.id }).from(emulationPacts).limit(1)).length) return null;
  const svc = app.services.emulation;
  const actor = systemActor('demo-seed');
  const current = Number(options.today.slice(0, 4));
  const years = [current - 4, current - 3, current - 2, current - 1, current];
  const ix = await app.services.geo.getIndex();
  const file = readReferenceFile();
  const units = new Map((await db.select().from(emulationUnits)).map((u) => [u.code, u]));
  const byId = new Map([...units.values()].map((u) => [u.id, u]));
  const turn = (id: string) => byId.get(id)!.code.split(':').pop()!;
  const rowsOf = (blockId: string, year: number) =>
    db
      .select()
      .from(emulationMemberships)
      .where(and(eq(emulationMemberships.blockId, blockId), eq(emulationMemberships.year, year)));
  let counts = { years: 0, pacts: 0, conferences: 0, staff: 0, festivals: 0 };

  for (const def of file.blocks.filter((b) => b.kind === 'block')) {
    const [block] = await db.select().from(emulationBlocks).where(eq(emulationBlocks.code, def.code));
    if (!block) continue;
    for (const year of years) {
      const rows = await rowsOf(block.id, year);
      const before = await rowsOf(block.id, year - 1);
      if (rows.some((r) => r.role === 'leader')) continue;
      if (rows.length === 0 && before.length > 0) {
        await svc.rotateYear(actor, block.id, year - 1);
      } else {
        // A year without a rotation to follow (or the merger year seeded without roles): roles by the rule.
        const ids = rows.length
          ? rows.map((r) => r.unitId)
          : memberAdminUnits(ix, def, year).map((id) => units.get(boardCode(id))!.id);
        const order = ids.sort((a, b) => turn(a).localeCompare(turn(b)));
        const prev = {
          leader: before.find((r) => r.role === 'leader')?.unitId ?? null,
          deputy: before.find((r) => r.role === 'deputy')?.unitId ?? null,
        };
        const roles = rotate({ order, previous: prev, successorOf: (u) => byId.get(u)?.successorId ?? null });
        await svc.setMembers(actor, block.id, year, {
          members: order.map((unitId) => ({
            unitId,
            role: unitId === roles.leader ? 'leader' : unitId === roles.deputy ? 'deputy' : 'member',
          })),
          rotationBasis: `Biên bản hội nghị khối năm ${year - 1} (dữ liệu mẫu)`,
        });
      }
      counts.years++;
    }
    for (const year of years) counts = await demoYear(app, db, block.id, year, current, options.seed, counts);
  }
  counts.conferences += await clubConferences(app, db, years, options.seed);
  counts.staff += await demoStaff(app, db, options.seed, Math.max(current, 2026));
  counts.festivals += await demoFestivals(app, db, current, options.seed);
  return counts;
}

type Counts = { years: number; pacts: number; conferences: number; staff: number; festivals: number };

/** One block year: its movement, its pact (signed, or open in the current year) and its year-end conference. */
async function demoYear(
  app: App,
  db: Db,
  blockId: string,
  year: number,
  current: number,
  seed: number,
  counts: Counts,
) {
  const svc = app.services.emulation;
  const actor = systemActor('demo-seed');
  const rng = rngFor(seed, 'emulation', blockId, year);
  await svc.createMovement(actor, blockId, {
    kind: 'regular',
    name: `Phong trào thi đua thường xuyên năm ${year}`,
    authority: 'Khối thi đua (theo phát động của Bộ trưởng)',
    decisionNo: `${rng.int(10, 99)}/KH-KTĐ`,
    decisionDate: `${year}-02-${String(rng.int(10, 25)).padStart(2, '0')}`,
    goals:
      'Hoàn thành xuất sắc nhiệm vụ thu hút đầu tư, quản lý KCN, KKT; cải cách thủ tục hành chính; xây dựng cơ quan văn minh.',
    scope: 'Các Ban Quản lý thành viên của khối, cán bộ, công chức, viên chức và người lao động.',
    criteria:
      '1. Thu hút vốn đầu tư mới và điều chỉnh tăng vốn.\n2. Giải quyết thủ tục hành chính đúng hạn.\n3. Báo cáo, thống kê đầy đủ, đúng hạn.\n4. Công tác thi đua, khen thưởng và xây dựng tổ chức.',
    startsOn: `${year}-03-01`,
    endsOn: `${year}-12-15`,
    phases: [
      { kind: 'launch', on: `${year}-03-01` },
      { kind: 'mid_term', on: `${year}-07-15` },
      { kind: 'final', on: `${year}-12-15` },
    ],
  });
  const block = await svc.getBlock(actor, blockId, year);
  await svc.draftPact(actor, blockId, year, {
    content: `Các thành viên cam kết thi đua hoàn thành xuất sắc nhiệm vụ năm ${year}, thực hiện các chỉ tiêu đã đăng ký và phối hợp chặt chẽ trong khối.`,
  });
  const members = block.members.filter((m) => m.leftOn === null);
  const late = year === current ? new Set(members.slice(-2).map((m) => m.unit.id)) : new Set<string>();
  for (const m of members) {
    if (late.has(m.unit.id)) continue;
    await svc.registerTargets(actor, blockId, year, m.unit.id, {
      targets: [
        { item: 'Vốn đầu tư mới và tăng thêm', value: String(rng.int(3, 60) * 50), unit: 'triệu USD' },
        { item: 'Hồ sơ thủ tục giải quyết đúng hạn', value: '100', unit: '%' },
        { item: 'Doanh nghiệp nộp báo cáo định kỳ đúng hạn', value: String(rng.int(80, 95)), unit: '%' },
      ],
    });
  }
  counts.pacts++;
  if (year === current) return counts;
  const day = String(rng.int(5, 20)).padStart(2, '0');
  await svc.signPact(actor, blockId, year, {
    signedOn: `${year}-03-${day}`,
    signedPlace: block.leader?.shortName.replace('BQL ', '') ?? 'Hà Nội',
  });
  const [known] = await db
    .select()
    .from(emulationBlockYears)
    .where(and(eq(emulationBlockYears.blockId, blockId), eq(emulationBlockYears.year, year)));
  if (!known?.conferenceOn) {
    await svc.setConferenceDay(actor, blockId, year, {
      conferenceOn: `${year}-12-${String(rng.int(10, 28)).padStart(2, '0')}`,
      conferencePlace: block.leader?.shortName.replace('BQL ', '') ?? '—',
    });
  }
  return counts;
}

/** The Club's conferences: edition 18 in 2022, one a year, hosted in turn by its members. */
async function clubConferences(app: App, db: Db, years: number[], seed: number) {
  const [club] = await db.select().from(emulationBlocks).where(eq(emulationBlocks.kind, 'club'));
  if (!club) return 0;
  const actor = systemActor('demo-seed');
  const [ministryDept] = await db
    .select()
    .from(emulationUnits)
    .where(inArray(emulationUnits.code, ['mof-vu-tccb']));
  let n = 0;
  for (const year of years.slice(0, -1)) {
    const rng = rngFor(seed, 'club', year);
    const members = await db
      .select({ unit: emulationUnits })
      .from(emulationMemberships)
      .innerJoin(emulationUnits, eq(emulationUnits.id, emulationMemberships.unitId))
      .where(eq(emulationMemberships.blockId, club.id))
      .orderBy(asc(emulationUnits.code));
    const pool = members
      .map((m) => m.unit)
      .filter((u) => u.validFrom <= `${year}-11-01` && (!u.validTo || u.validTo >= `${year}-11-01`));
    const host = pool.length ? pool[(year * 7) % pool.length]! : null;
    const hostPlace = host?.shortName.replace('BQL ', '') ?? 'Hà Nội';
    await app.services.emulation.createConference(actor, club.id, {
      edition: year - 2004,
      year,
      hostUnitId: host?.id ?? null,
      heldOn: `${year}-11-${String(rng.int(10, 25)).padStart(2, '0')}`,
      place: hostPlace,
      title: 'Hội nghị Câu lạc bộ Ban Quản lý các KCN, KKT các tỉnh phía Bắc',
      agenda: [
        { time: '08:00', item: 'Đón tiếp đại biểu' },
        { time: '08:30', item: `Báo cáo hoạt động năm ${year} của Câu lạc bộ` },
        { time: '09:30', item: 'Tham luận của các Ban về thu hút đầu tư và quản lý KCN, KKT' },
        { time: '11:00', item: `Thống nhất đơn vị đăng cai hội nghị lần thứ ${year - 2003}` },
      ],
      attendees: [
        {
          unitId: ministryDept?.id ?? null,
          name: vietnamesePerson(rng),
          position: 'Phó Vụ trưởng',
          organisation: ministryDept?.name ?? 'Bộ Tài chính',
        },
        ...pool
          .slice(0, 6)
          .map((u) => ({ unitId: u.id, name: vietnamesePerson(rng), position: 'Trưởng ban', organisation: u.name })),
      ],
      documents: [
        {
          kind: 'report',
          number: `${rng.int(1, 30)}/BC-CLB`,
          date: `${year}-11-01`,
          title: `Báo cáo hoạt động năm ${year}`,
        },
      ],
      conclusions: `Các Ban thống nhất đánh giá kết quả hoạt động năm ${year}; đề nghị Bộ tiếp tục hướng dẫn về thi đua, khen thưởng sau sắp xếp đơn vị hành chính.\n\nGiao ${hostPlace} phối hợp chuẩn bị hội nghị lần thứ ${year - 2003}.`,
    });
    n++;
  }
  return n;
}

/** Three staff per Board of the 34 provinces, one moved up a year ago (positions over time). */
async function demoStaff(app: App, db: Db, seed: number, moveYear: number) {
  const actor = systemActor('demo-seed');
  const boards = (await db.select().from(emulationUnits).where(eq(emulationUnits.kind, 'board'))).filter(
    (b) => b.validTo === null,
  );
  let n = 0;
  for (const b of boards) {
    const rng = rngFor(seed, 'staff', b.code);
    const people = [
      { title: 'Trưởng ban', from: '2025-07-01' },
      { title: 'Phó Trưởng ban', from: '2025-07-01' },
      { title: 'Chuyên viên Phòng Quản lý đầu tư', from: '2025-07-01' },
    ];
    for (const p of people) {
      const { id } = await app.services.emulation.addStaff(actor, b.id, {
        fullName: vietnamesePerson(rng),
        gender: rng.chance(0.5) ? 'female' : 'male',
        birthYear: rng.int(1968, 1996),
        title: p.title,
        validFrom: p.from,
      });
      if (p.title.startsWith('Chuyên viên'))
        await app.services.emulation.movePerson(actor, id, {
          unitId: b.id,
          title: 'Phó Trưởng phòng Quản lý đầu tư',
          validFrom: `${moveYear}-01-02`,
        });
      n++;
    }
  }
  return n;
}
