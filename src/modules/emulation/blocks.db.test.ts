import { execFileSync } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';
import type { BlockDetail, BlockList, UnitDetail, UnitList } from './contract';
import type { ConferenceList, PactView } from './contract-cycle';
import { emulationBlocks, emulationUnits } from './schema';

/**
 * Emulation blocks on a database with the reference seed: the regional blocks and the Club as
 * loaded from data/emulation, who sees and changes what (the ministry all of its blocks, a Board
 * only where its unit is a member, leader-only and member-only actions), the rotation written as
 * history, the pact from targets to signing, and a Club conference's conclusions as PDF.
 */
let t: TestContext;
let ministry: Session;
let hanoi: Session;
let haiphong: Session;
let camau: Session;
const ids = new Map<string, string>();
const block = (code: string) => ids.get(code)!;

beforeAll(async () => {
  t = await createTestContext({ clock: () => new Date('2026-03-10T03:00:00Z') });
  // The template database carries the reference seed; loading again must change nothing.
  expect(await t.app.services.emulation.loadReferenceData(systemActor('test'))).toEqual([]);
  for (const b of await t.database.db.select().from(emulationBlocks)) ids.set(b.code, b.id);
  for (const u of await t.database.db.select().from(emulationUnits)) ids.set(u.code, u.id);
  await t.addUser('em.bo', 'ministry');
  await t.addUser('em.hn', 'board_officer', { provinceCode: '01' });
  await t.addUser('em.hp', 'board_leader', { provinceCode: '31' });
  await t.addUser('em.cm', 'board_officer', { provinceCode: '96' });
  ministry = await t.signIn('em.bo');
  hanoi = await t.signIn('em.hn');
  haiphong = await t.signIn('em.hp');
  camau = await t.signIn('em.cm');
});
afterAll(() => t.close());

const get = async <T>(s: Session, url: string) => {
  const res = await s.inject({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
};

describe('reference seed', () => {
  it('loads the six regional blocks and the Club, one Board per province of each edition, old Boards followed by the new', async () => {
    expect([...ids.keys()].filter((k) => k.startsWith('khoi-') || k.startsWith('clb-')).sort()).toEqual([
      'clb-phia-bac',
      'khoi-btb',
      'khoi-dbscl',
      'khoi-dbsh',
      'khoi-dnb',
      'khoi-tdmnpb',
      'khoi-tn-dhmt',
    ]);
    const boards = await t.database.db.select().from(emulationUnits).where(eq(emulationUnits.kind, 'board'));
    expect(boards).toHaveLength(63 + 34);
    const bacGiang = boards.find((b) => b.code === 'board:63:24')!;
    expect(bacGiang.successorId).toBe(block('board:34:24'));
    expect(bacGiang.validTo).toBe('2025-06-30');
  });

  it('gives the Red River Delta block its 11 members in 2022, led by the Hải Phòng Board, who hosted the conference', async () => {
    const dbsh = await get<BlockDetail>(ministry, `/api/emulation/blocks/${block('khoi-dbsh')}?year=2022`);
    expect(dbsh.members).toHaveLength(11);
    expect(dbsh.leader?.code).toBe('board:63:31');
    const y2022 = dbsh.history.find((h) => h.year === 2022)!;
    expect(y2022).toMatchObject({ conferenceOn: '2022-12-03', conferencePlace: 'Hải Phòng' });
    expect(y2022.conferenceHost?.code).toBe('board:63:31');
    // 2025: the six Boards after the merger, from the region, roles still to be decided.
    expect(dbsh.history.map((h) => [h.year, h.leader?.code ?? null, h.memberCount])).toEqual([
      [2025, null, 6],
      [2023, 'board:63:35', 11],
      [2022, 'board:63:31', 11],
      [2020, 'board:63:27', 11],
    ]);
  });

  it('gives every block its members of 2025 from the region (the Club: the northern provinces)', async () => {
    const all = await get<BlockList>(ministry, '/api/emulation/blocks?year=2025');
    expect(Object.fromEntries(all.items.map((b) => [b.code, b.memberCount]))).toEqual({
      'clb-phia-bac': 19,
      'khoi-btb': 5,
      'khoi-dbscl': 5,
      'khoi-dbsh': 6,
      'khoi-dnb': 3,
      'khoi-tdmnpb': 9,
      'khoi-tn-dhmt': 6,
    });
  });
});

describe('scope', () => {
  it('shows the ministry every block, a Board only those its unit belongs to', async () => {
    expect((await get<BlockList>(ministry, '/api/emulation/blocks?year=2022')).items).toHaveLength(7);
    const mine = await get<BlockList>(hanoi, '/api/emulation/blocks?year=2022');
    expect(mine.items.map((b) => b.code).sort()).toEqual(['clb-phia-bac', 'khoi-dbsh']);
    expect(mine.items.every((b) => !b.canManage)).toBe(true);
    expect((await camau.inject({ method: 'GET', url: `/api/emulation/blocks/${block('khoi-dbsh')}` })).statusCode).toBe(
      403,
    );
  });

  it('lets only the organiser set members and rotate; a member Board is refused', async () => {
    const body = { members: [{ unitId: block('board:34:01'), role: 'leader' }] };
    const url = `/api/emulation/blocks/${block('khoi-dbsh')}/years/2030/members`;
    expect((await hanoi.inject({ method: 'PUT', url, payload: body })).statusCode).toBe(403);
    const bad = await ministry.inject({
      method: 'PUT',
      url,
      payload: { members: [{ unitId: block('board:63:01'), role: 'member' }] },
    });
    expect(bad.statusCode).toBe(422);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['members', 'members.0.unitId']);
  });

  it('finds units by name without accents', async () => {
    const list = await get<UnitList>(hanoi, '/api/emulation/units?q=hai%20phong&kind=board');
    expect(list.items.map((u) => u.code).sort()).toEqual(['board:34:31', 'board:63:31']);
  });
});

describe('rotation', () => {
  it('opens the next year by the rule and keeps the past years; a year that has members is not rotated into', async () => {
    const id = block('khoi-dbsh');
    const r2024 = await ministry.inject({ method: 'POST', url: `/api/emulation/blocks/${id}/years/2023/rotate` });
    expect(r2024.statusCode, r2024.body).toBe(200);
    // 2023 had a leader (Hà Nam) and no deputy: the member after it in turn (by province code) leads.
    const y2024 = await get<BlockDetail>(ministry, `/api/emulation/blocks/${id}?year=2024`);
    expect(y2024.members).toHaveLength(11);
    expect(y2024.leader?.code).toBe('board:63:36');
    expect(y2024.deputy?.code).toBe('board:63:37');
    const again = await ministry.inject({ method: 'POST', url: `/api/emulation/blocks/${id}/years/2024/rotate` });
    expect(again.statusCode).toBe(409);
    // The seeded 2025 has no roles yet: the ministry proposes 2026 from the first Board in turn.
    const y2025 = await get<BlockDetail>(ministry, `/api/emulation/blocks/${id}?year=2025`);
    expect(y2025.proposal).toMatchObject({
      year: 2026,
      leader: { code: 'board:34:01' },
      deputy: { code: 'board:34:22' },
    });
    const history = await get<BlockDetail>(ministry, `/api/emulation/blocks/${id}?year=2023`);
    expect(history.leader?.code).toBe('board:63:35');
    const xlsx = await ministry.inject({ method: 'GET', url: `/api/emulation/blocks/${id}/members.xlsx` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('pact', () => {
  const year = 2026;
  let id: string;
  const pactUrl = () => `/api/emulation/blocks/${id}/years/${year}/pact`;

  beforeAll(async () => {
    id = block('khoi-dbsh');
    const res = await ministry.inject({
      method: 'PUT',
      url: `/api/emulation/blocks/${id}/years/${year}/members`,
      payload: {
        members: [
          { unitId: block('board:34:01'), role: 'leader' },
          { unitId: block('board:34:31'), role: 'deputy' },
          { unitId: block('board:34:24'), role: 'member' },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('is drafted by the leader only, registered by each member for itself, signed once all registered', async () => {
    expect((await haiphong.inject({ method: 'PUT', url: pactUrl(), payload: { content: 'x' } })).statusCode).toBe(403);
    const draft = await hanoi.inject({
      method: 'PUT',
      url: pactUrl(),
      payload: { content: 'Giao ước thi đua năm 2026' },
    });
    expect(draft.statusCode, draft.body).toBe(200);
    const targets = { targets: [{ item: 'Thu hút vốn đầu tư', value: '500', unit: 'triệu USD' }] };
    const hpTargets = `${pactUrl()}/targets/${block('board:34:31')}`;
    expect((await hanoi.inject({ method: 'PUT', url: hpTargets, payload: targets })).statusCode).toBe(403);
    expect((await haiphong.inject({ method: 'PUT', url: hpTargets, payload: targets })).statusCode).toBe(200);
    // Title registrations: a member for itself only, a collective title for a collective, staff only.
    const regs = `${pactUrl()}/registrations`;
    const hp = block('board:34:31');
    const collective = {
      unitId: hp,
      subjectKind: 'collective',
      collectiveUnitId: hp,
      title: 'tap_the_lao_dong_xuat_sac',
    };
    expect((await hanoi.inject({ method: 'POST', url: regs, payload: collective })).statusCode).toBe(403);
    expect(
      (await haiphong.inject({ method: 'POST', url: regs, payload: { ...collective, title: 'lao_dong_tien_tien' } }))
        .statusCode,
    ).toBe(400);
    expect((await haiphong.inject({ method: 'POST', url: regs, payload: collective })).statusCode).toBe(200);
    const stranger = await haiphong.inject({
      method: 'POST',
      url: regs,
      payload: { unitId: hp, subjectKind: 'individual', personId: crypto.randomUUID(), title: 'lao_dong_tien_tien' },
    });
    expect(stranger.statusCode).toBe(422);
    const sign = { signedOn: '2026-03-05', signedPlace: 'Hà Nội' };
    const early = await hanoi.inject({ method: 'POST', url: `${pactUrl()}/sign`, payload: sign });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.message).toContain('2 thành viên');
    expect((await haiphong.inject({ method: 'POST', url: `${pactUrl()}/sign`, payload: sign })).statusCode).toBe(403);
    await hanoi.inject({ method: 'PUT', url: `${pactUrl()}/targets/${block('board:34:01')}`, payload: targets });
    // Bắc Ninh's Board has no user here: the organiser's ministry cannot register for it either.
    expect(
      (await ministry.inject({ method: 'PUT', url: `${pactUrl()}/targets/${block('board:34:24')}`, payload: targets }))
        .statusCode,
    ).toBe(403);
    await t.addUser('em.bn', 'board_officer', { provinceCode: '24' });
    const bacninh = await t.signIn('em.bn');
    await bacninh.inject({ method: 'PUT', url: `${pactUrl()}/targets/${block('board:34:24')}`, payload: targets });
    expect((await hanoi.inject({ method: 'POST', url: `${pactUrl()}/sign`, payload: sign })).statusCode).toBe(200);
    const pact = await get<PactView>(ministry, pactUrl());
    expect(pact).toMatchObject({ signedOn: '2026-03-05', signedPlace: 'Hà Nội', canSign: false });
    expect(pact.signedBy?.code).toBe('board:34:01');
    expect(pact.members.every((m) => m.targets.length === 1)).toBe(true);
    expect(pact.registrations.map((r) => [r.subjectName, r.title])).toEqual([
      ['Ban Quản lý các KCN, KKT thành phố Hải Phòng', 'tap_the_lao_dong_xuat_sac'],
    ]);
    const glance = await get<BlockList>(ministry, `/api/emulation/blocks?year=${year}`);
    expect(glance.items.find((b) => b.code === 'khoi-dbsh')?.pact).toEqual({
      signedOn: '2026-03-05',
      registered: 3,
      members: 3,
    });
    expect(glance.items.find((b) => b.code === 'khoi-dnb')?.pact).toBeNull();
    // Signed: nothing changes any more.
    expect((await haiphong.inject({ method: 'PUT', url: hpTargets, payload: targets })).statusCode).toBe(409);
  });
});

describe('the Club', () => {
  it('records its numbered conferences, refuses a second 18th, and prints the conclusions', async () => {
    const id = block('clb-phia-bac');
    const body = {
      edition: 18,
      year: 2022,
      hostUnitId: block('board:63:22'),
      heldOn: '2022-11-18',
      place: 'Hạ Long',
      title: 'Hội nghị Câu lạc bộ Ban Quản lý các KCN, KKT các tỉnh phía Bắc',
      agenda: [{ time: '08:30', item: 'Báo cáo hoạt động năm của Câu lạc bộ' }],
      attendees: [{ name: 'Nguyễn Văn A', position: 'Trưởng ban', organisation: 'Ban Quản lý KKT Quảng Ninh' }],
      documents: [{ kind: 'report', number: '12/BC-CLB', date: '2022-11-10', title: 'Báo cáo tổng kết' }],
      conclusions: 'Thống nhất đơn vị đăng cai hội nghị lần thứ 19.\n\nĐề nghị Bộ tổ chức tập huấn về thu hút đầu tư.',
    };
    expect(
      (await hanoi.inject({ method: 'POST', url: `/api/emulation/blocks/${id}/conferences`, payload: body }))
        .statusCode,
    ).toBe(403);
    const created = await ministry.inject({
      method: 'POST',
      url: `/api/emulation/blocks/${id}/conferences`,
      payload: body,
    });
    expect(created.statusCode, created.body).toBe(200);
    const twice = await ministry.inject({
      method: 'POST',
      url: `/api/emulation/blocks/${id}/conferences`,
      payload: body,
    });
    expect(twice.statusCode).toBe(409);
    const list = await get<ConferenceList>(hanoi, `/api/emulation/blocks/${id}/conferences`);
    expect(list.items.map((c) => c.edition)).toEqual([18]);
    // The document list is edited with the conference: one added with its link, a bad link refused per field.
    const conference = `/api/emulation/conferences/${created.json().id}`;
    const withLink = {
      ...body,
      documents: [
        ...body.documents,
        {
          kind: 'conclusion',
          number: '05/TB-CLB',
          date: '2022-11-25',
          title: 'Thông báo kết luận hội nghị',
          url: 'https://bqlkkt.quangninh.gov.vn/thong-bao-ket-luan-hoi-nghi-18',
        },
      ],
    };
    const badLink = await ministry.inject({
      method: 'PUT',
      url: conference,
      payload: { ...withLink, documents: [{ ...withLink.documents[1], url: 'bqlkkt.quangninh.gov.vn' }] },
    });
    expect(badLink.statusCode).toBe(400);
    expect(Object.keys(badLink.json().error.fields)).toEqual(['body.documents.0.url']);
    expect((await ministry.inject({ method: 'PUT', url: conference, payload: withLink })).statusCode).toBe(200);
    const [edited] = (await get<ConferenceList>(hanoi, `/api/emulation/blocks/${id}/conferences`)).items;
    expect(edited?.documents.map((d) => [d.kind, d.url ?? null])).toEqual([
      ['report', null],
      ['conclusion', 'https://bqlkkt.quangninh.gov.vn/thong-bao-ket-luan-hoi-nghi-18'],
    ]);
    const pdf = await hanoi.inject({
      method: 'GET',
      url: `/api/emulation/conferences/${created.json().id}/conclusions.pdf`,
    });
    expect(pdf.statusCode).toBe(200);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf.rawPayload }).toString('utf8');
    expect(text).toContain('lần thứ 18');
    expect(text).toContain('Đề nghị Bộ tổ chức tập huấn về thu hút đầu tư.');
    expect(text).toContain('Hạ Long');
  });
});

describe('units and staff', () => {
  it('lets a Board record its own staff and move them with the old position kept, and nobody else', async () => {
    const unit = block('board:34:01');
    const body = {
      fullName: 'Lê Thu Hà',
      gender: 'female',
      birthYear: 1988,
      title: 'Chuyên viên',
      validFrom: '2025-07-01',
    };
    expect(
      (await haiphong.inject({ method: 'POST', url: `/api/emulation/units/${unit}/staff`, payload: body })).statusCode,
    ).toBe(403);
    const added = await hanoi.inject({ method: 'POST', url: `/api/emulation/units/${unit}/staff`, payload: body });
    expect(added.statusCode, added.body).toBe(200);
    const move = { unitId: unit, title: 'Phó Trưởng phòng', validFrom: '2026-01-02' };
    expect(
      (
        await hanoi.inject({
          method: 'POST',
          url: `/api/emulation/people/${added.json().id}/positions`,
          payload: { ...move, validFrom: '2025-01-01' },
        })
      ).statusCode,
    ).toBe(422);
    expect(
      (await hanoi.inject({ method: 'POST', url: `/api/emulation/people/${added.json().id}/positions`, payload: move }))
        .statusCode,
    ).toBe(200);
    const page = await get<UnitDetail>(hanoi, `/api/emulation/units/${unit}`);
    expect(page.staff.map((s) => [s.title, s.validFrom, s.validTo])).toEqual([
      ['Phó Trưởng phòng', '2026-01-02', null],
      ['Chuyên viên', '2025-07-01', '2026-01-01'],
    ]);
    expect(page.predecessors.map((p) => p.code)).toEqual(['board:63:01']);
    expect(page.canManage).toBe(true);
    expect((await camau.inject({ method: 'GET', url: `/api/emulation/units/${unit}` })).statusCode).toBe(403);
  });
});

describe('movements', () => {
  it('are launched by the organiser with their phases, and read by the members', async () => {
    const url = `/api/emulation/blocks/${block('khoi-dbsh')}/movements`;
    const body = {
      kind: 'thematic',
      name: 'Thi đua chuyển đổi số trong quản lý KCN, KKT',
      authority: 'Bộ trưởng Bộ Tài chính',
      goals: 'Số hóa hồ sơ',
      scope: 'Các Ban thành viên',
      criteria: 'Tỷ lệ hồ sơ trực tuyến',
      startsOn: '2026-02-01',
      endsOn: '2026-01-01',
      phases: [{ kind: 'launch', on: '2026-02-01' }],
    };
    expect((await hanoi.inject({ method: 'POST', url, payload: { ...body, endsOn: null } })).statusCode).toBe(403);
    const wrong = await ministry.inject({ method: 'POST', url, payload: body });
    expect(wrong.statusCode).toBe(400);
    expect(Object.keys(wrong.json().error.fields)).toEqual(['body.endsOn']);
    expect(
      (await ministry.inject({ method: 'POST', url, payload: { ...body, endsOn: '2026-12-15' } })).statusCode,
    ).toBe(200);
    const list = await get<{ items: { name: string; state: string }[]; canManage: boolean }>(hanoi, url);
    expect(list).toMatchObject({ canManage: false, items: [{ name: body.name, state: 'running' }] });
  });
});
