import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../../test/support/app';
import { emulationBlocks, emulationUnits } from '../schema';
import type { FestivalDetail, PublicFestival } from './contract';

/**
 * A festival of the Central Highlands and Central Coast block on the seeded 2025 members: the
 * ministry records it, the host Board runs events and results, each Board enters its own team and
 * athletes (staff, gender, age class checked), and anyone reads the results.
 */
let t: TestContext;
let ministry: Session;
let gialai: Session;
let lamdong: Session;
const ids = new Map<string, string>();

beforeAll(async () => {
  t = await createTestContext({ clock: () => new Date('2025-11-20T03:00:00Z') });
  for (const b of await t.database.db.select().from(emulationBlocks)) ids.set(b.code, b.id);
  for (const u of await t.database.db.select().from(emulationUnits).where(eq(emulationUnits.kind, 'board')))
    ids.set(u.code, u.id);
  await t.addUser('f.bo', 'ministry');
  await t.addUser('f.gl', 'board_leader', { provinceCode: '52' });
  await t.addUser('f.ld', 'board_officer', { provinceCode: '68' });
  ministry = await t.signIn('f.bo');
  gialai = await t.signIn('f.gl');
  lamdong = await t.signIn('f.ld');
});
afterAll(() => t.close());

const ok = async (s: Session, method: string, url: string, payload?: unknown) => {
  const res = await s.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('sports festival', () => {
  it('runs from the edition to the public results, with scope and eligibility checked', async () => {
    const block = ids.get('khoi-tn-dhmt')!;
    const gl = ids.get('board:34:52')!;
    const ld = ids.get('board:34:68')!;
    const edition = {
      edition: 4,
      year: 2025,
      name: 'Hội thao Khối thi đua lần thứ IV',
      hostUnitId: gl,
      nextHostUnitId: ld,
      startsOn: '2025-11-20',
      endsOn: '2025-11-22',
      place: 'Pleiku',
    };
    expect(
      (await gialai.inject({ method: 'POST', url: `/api/emulation/blocks/${block}/festivals`, payload: edition }))
        .statusCode,
    ).toBe(403);
    const { id } = await ok(ministry, 'POST', `/api/emulation/blocks/${block}/festivals`, edition);
    const event = (e: object) => ok(gialai, 'POST', `/api/emulation/festivals/${id}/events`, e);
    const football = (
      await event({
        sport: 'Bóng đá',
        name: 'Bóng đá mini nam',
        gender: 'male',
        counts: true,
        pointsPerPlace: [10, 7, 5],
      })
    ).id;
    const tug = (
      await event({
        sport: 'Kéo co',
        name: 'Kéo co hỗn hợp',
        gender: 'mixed',
        counts: true,
        pointsPerPlace: [10, 7, 5],
      })
    ).id;
    const sack = (
      await event({
        sport: 'Nhảy bao bố',
        name: 'Nhảy bao bố',
        gender: 'mixed',
        counts: false,
        pointsPerPlace: [10, 7, 5],
      })
    ).id;
    const run = (
      await event({
        sport: 'Điền kinh',
        name: '100 m nam U50',
        gender: 'male',
        ageClass: 'U50',
        counts: true,
        pointsPerPlace: [5, 3, 1],
      })
    ).id;
    expect(
      (
        await lamdong.inject({
          method: 'POST',
          url: `/api/emulation/festivals/${id}/events`,
          payload: { sport: 'x', name: 'x', gender: 'mixed', counts: true, pointsPerPlace: [1] },
        })
      ).statusCode,
    ).toBe(403);
    const badPoints = await gialai.inject({
      method: 'POST',
      url: `/api/emulation/festivals/${id}/events`,
      payload: { sport: 'x', name: 'x', gender: 'mixed', counts: true, pointsPerPlace: [3, 5] },
    });
    expect(badPoints.statusCode).toBe(400);

    expect(
      (await gialai.inject({ method: 'POST', url: `/api/emulation/festivals/${id}/entries`, payload: { unitId: ld } }))
        .statusCode,
    ).toBe(403);
    await ok(gialai, 'POST', `/api/emulation/festivals/${id}/entries`, { unitId: gl });
    await ok(lamdong, 'POST', `/api/emulation/festivals/${id}/entries`, { unitId: ld });
    expect(
      (await lamdong.inject({ method: 'POST', url: `/api/emulation/festivals/${id}/entries`, payload: { unitId: ld } }))
        .statusCode,
    ).toBe(409);

    const staff = (s: Session, unit: string, fullName: string, gender: string, birthYear: number) =>
      ok(s, 'POST', `/api/emulation/units/${unit}/staff`, {
        fullName,
        gender,
        birthYear,
        title: 'Chuyên viên',
        validFrom: '2025-07-01',
      });
    const young = (await staff(gialai, gl, 'Rơ Mah Hùng', 'male', 1990)).id;
    const older = (await staff(gialai, gl, 'Nguyễn Văn Sơn', 'male', 1970)).id;
    const woman = (await staff(gialai, gl, 'Ksor H’Bia', 'female', 1992)).id;
    const other = (await staff(lamdong, ld, 'Trần Minh Khoa', 'male', 1988)).id;
    const athlete = (eventId: string, personId: string, unitId = gl) =>
      gialai.inject({
        method: 'POST',
        url: `/api/emulation/festivals/${id}/athletes`,
        payload: { unitId, eventId, personId },
      });
    expect((await athlete(football, young)).statusCode).toBe(200);
    expect((await athlete(tug, woman)).statusCode).toBe(200);
    const refusals = await Promise.all([athlete(football, woman), athlete(run, older), athlete(football, other)]);
    expect(refusals.map((r) => [r.statusCode, r.json().error.message])).toEqual([
      [422, 'Nội dung dành cho nam.'],
      [422, 'Không thuộc hạng tuổi U50.'],
      [422, 'Không phải cán bộ của đơn vị vào ngày khai mạc.'],
    ]);

    const results = (eventId: string, r: [string, number][]) =>
      ok(gialai, 'PUT', `/api/emulation/festivals/${id}/events/${eventId}/results`, {
        results: r.map(([unitId, place]) => ({ unitId, place })),
      });
    expect(
      (
        await lamdong.inject({
          method: 'PUT',
          url: `/api/emulation/festivals/${id}/events/${football}/results`,
          payload: { results: [] },
        })
      ).statusCode,
    ).toBe(403);
    await results(football, [
      [ld, 1],
      [gl, 2],
    ]);
    await results(tug, [
      [gl, 1],
      [ld, 2],
    ]);
    await results(run, [
      [gl, 1],
      [ld, 2],
    ]);
    await results(sack, [
      [ld, 1],
      [gl, 2],
    ]);
    const noTeam = await gialai.inject({
      method: 'PUT',
      url: `/api/emulation/festivals/${id}/events/${sack}/results`,
      payload: { results: [{ unitId: ids.get('board:34:48'), place: 1 }] },
    });
    expect(noTeam.statusCode).toBe(422);

    const detail = (await ok(gialai, 'GET', `/api/emulation/festivals/${id}`)) as FestivalDetail;
    expect(detail.canManage).toBe(true);
    expect(detail.teams.find((x) => x.unit.id === gl)?.athletes).toHaveLength(2);
    // Gia Lai 7 + 10 + 5 = 22 against Lâm Đồng 10 + 7 + 3 = 20; the sack race (not counting) changes nothing.
    expect(detail.standings.map((s) => [s.unit.code, s.rank, s.points, s.gold, s.silver])).toEqual([
      ['board:34:52', 1, 22, 2, 1],
      ['board:34:68', 2, 20, 1, 2],
    ]);

    const anonymous = await t.app.http.inject({ method: 'GET', url: `/api/public/festivals/${id}` });
    expect(anonymous.statusCode).toBe(200);
    const open = anonymous.json() as PublicFestival & { teams?: unknown };
    expect(open.standings[0]?.unit.code).toBe('board:34:52');
    expect(open.teams).toBeUndefined();
    expect(JSON.stringify(open)).not.toContain('Rơ Mah Hùng');
    expect(open.prizes).toEqual([]);

    // Prizes from the ranking and results as they stand: the host may award them, another Board may not.
    const prizes = (s: Session, payload: object) =>
      s.inject({ method: 'PUT', url: `/api/emulation/festivals/${id}/prizes`, payload });
    const award = { overallPlaces: 1, eventPlaces: 1, special: [{ name: 'Giải Phong cách', unitId: ld }] };
    expect((await prizes(lamdong, award)).statusCode).toBe(403);
    const stranger = await prizes(gialai, {
      ...award,
      special: [{ name: 'Giải Phong cách', unitId: ids.get('board:34:48') }],
    });
    expect(stranger.statusCode).toBe(422);
    expect(Object.keys(stranger.json().error.fields)).toEqual(['special.0.unitId']);
    expect((await prizes(gialai, award)).statusCode).toBe(200);
    const awarded = (
      await t.app.http.inject({ method: 'GET', url: `/api/public/festivals/${id}` })
    ).json() as PublicFestival;
    const byName = (a: string[], b: string[]) => a.join().localeCompare(b.join());
    expect(awarded.prizes.map((p) => [p.kind, p.name, p.unit.code]).sort(byName)).toEqual(
      [
        ['overall', 'Giải Nhất toàn đoàn', 'board:34:52'],
        ['event', 'Giải Nhất Bóng đá mini nam', 'board:34:68'],
        ['event', 'Giải Nhất Kéo co hỗn hợp', 'board:34:52'],
        ['event', 'Giải Nhất Nhảy bao bố', 'board:34:68'],
        ['event', 'Giải Nhất 100 m nam U50', 'board:34:52'],
        ['special', 'Giải Phong cách', 'board:34:68'],
      ].sort(byName),
    );
    expect(awarded.prizes.map((p) => p.kind)).toEqual(['overall', 'event', 'event', 'event', 'event', 'special']);
    // Awarding again replaces the earlier prizes (two overall places now, no event prizes).
    await prizes(gialai, { overallPlaces: 2, eventPlaces: 0, special: [] });
    const again = (await ok(ministry, 'GET', `/api/emulation/festivals/${id}`)) as FestivalDetail;
    expect(again.prizes.map((p) => [p.name, p.unit.code])).toEqual([
      ['Giải Nhất toàn đoàn', 'board:34:52'],
      ['Giải Nhì toàn đoàn', 'board:34:68'],
    ]);
  });
});
