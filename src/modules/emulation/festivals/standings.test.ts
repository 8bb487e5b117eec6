import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awardPrizes, placeName } from './prizes';
import { fitsAgeClass, standings } from './standings';

const football = { id: 'football', counts: true, pointsPerPlace: [10, 7, 5, 3] };
const tugOfWar = { id: 'tug', counts: true, pointsPerPlace: [10, 7, 5] };
const singing = { id: 'singing', counts: false, pointsPerPlace: [10, 7, 5] };
const TEAMS = ['gia-lai', 'lam-dong', 'dak-nong', 'dak-lak', 'kon-tum'];

describe('standings', () => {
  it('ranks by the points of counting events only, medals counted from the same events', () => {
    const table = standings(
      TEAMS,
      [football, tugOfWar, singing],
      [
        { eventId: 'football', team: 'gia-lai', place: 1 },
        { eventId: 'football', team: 'lam-dong', place: 2 },
        { eventId: 'tug', team: 'lam-dong', place: 1 },
        { eventId: 'tug', team: 'gia-lai', place: 3 },
        // A non-counting event changes nothing, however well a team did.
        { eventId: 'singing', team: 'dak-nong', place: 1 },
        { eventId: 'singing', team: 'kon-tum', place: 2 },
      ],
    );
    expect(table.map((s) => [s.team, s.rank, s.points, s.gold, s.silver, s.bronze])).toEqual([
      ['lam-dong', 1, 17, 1, 1, 0],
      ['gia-lai', 2, 15, 1, 0, 1],
      ['dak-lak', 3, 0, 0, 0, 0],
      ['dak-nong', 3, 0, 0, 0, 0],
      ['kon-tum', 3, 0, 0, 0, 0],
    ]);
  });

  it('breaks equal points by golds, then silvers; still equal teams share the rank', () => {
    const a = { id: 'a', counts: true, pointsPerPlace: [5, 5, 5] };
    const b = { id: 'b', counts: true, pointsPerPlace: [5, 5, 5] };
    const table = standings(
      ['x', 'y', 'z'],
      [a, b],
      [
        { eventId: 'a', team: 'x', place: 1 },
        { eventId: 'a', team: 'y', place: 2 },
        { eventId: 'b', team: 'y', place: 1 },
        { eventId: 'b', team: 'x', place: 2 },
        { eventId: 'b', team: 'z', place: 3 },
      ],
    );
    expect(table.map((s) => [s.team, s.rank])).toEqual([
      ['x', 1],
      ['y', 1],
      ['z', 3],
    ]);
  });

  it('gives each team sharing a place that place’s medal and points', () => {
    const badminton = { id: 'bad', counts: true, pointsPerPlace: [7, 5, 3] };
    const table = standings(
      ['x', 'y'],
      [badminton],
      [
        { eventId: 'bad', team: 'x', place: 3 },
        { eventId: 'bad', team: 'y', place: 3 },
      ],
    );
    expect(table.map((s) => [s.team, s.rank, s.points, s.bronze])).toEqual([
      ['x', 1, 3, 1],
      ['y', 1, 3, 1],
    ]);
  });

  it('never lets a non-counting event move a team (property)', () => {
    const result = fc.record({
      eventId: fc.constantFrom('football', 'tug', 'singing'),
      team: fc.constantFrom(...TEAMS),
      place: fc.integer({ min: 1, max: 6 }),
    });
    fc.assert(
      fc.property(fc.array(result, { maxLength: 30 }), (results) => {
        const all = standings(TEAMS, [football, tugOfWar, singing], results);
        const countingOnly = standings(
          TEAMS,
          [football, tugOfWar, singing],
          results.filter((r) => r.eventId !== 'singing'),
        );
        expect(all).toEqual(countingOnly);
        const points = all.reduce((sum, s) => sum + s.points, 0);
        const expected = results
          .filter((r) => r.eventId !== 'singing')
          .reduce(
            (sum, r) => sum + ((r.eventId === 'football' ? football : tugOfWar).pointsPerPlace[r.place - 1] ?? 0),
            0,
          );
        expect(points).toBe(expected);
        // Ranks never decrease down the table and start at 1.
        for (let i = 1; i < all.length; i++) expect(all[i]!.rank).toBeGreaterThanOrEqual(all[i - 1]!.rank);
        expect(all[0]?.rank).toBe(1);
      }),
    );
  });
});

describe('fitsAgeClass', () => {
  it('reads U50 as under 50 and O50 as 50 or over in the festival year; unknown birth year needs a check', () => {
    expect(fitsAgeClass('U50', 1977, 2026)).toBe(true);
    expect(fitsAgeClass('U50', 1976, 2026)).toBe(false);
    expect(fitsAgeClass('O50', 1976, 2026)).toBe(true);
    expect(fitsAgeClass('U35', null, 2026)).toBeNull();
    expect(fitsAgeClass(null, null, 2026)).toBe(true);
  });
});

describe('festival prizes', () => {
  const standingsRows = [
    { team: 'A', rank: 1, points: 20 },
    { team: 'B', rank: 1, points: 20 },
    { team: 'C', rank: 3, points: 5 },
    { team: 'D', rank: 4, points: 0 },
  ];
  const events = [
    {
      id: 'e1',
      name: 'Kéo co',
      results: [
        { team: 'C', place: 2 },
        { team: 'A', place: 1 },
        { team: 'B', place: 3 },
      ],
    },
    {
      id: 'e2',
      name: 'Cầu lông đôi',
      results: [
        { team: 'D', place: 1 },
        { team: 'B', place: 3 },
        { team: 'C', place: 3 },
      ],
    },
  ];
  it('equal teams share an overall place and its prize; a pointless team wins none', () => {
    const p = awardPrizes({ standings: standingsRows, events, overallPlaces: 5, eventPlaces: 0, special: [] });
    expect(p.map((x) => [x.team, x.name])).toEqual([
      ['A', 'Giải Nhất toàn đoàn'],
      ['B', 'Giải Nhất toàn đoàn'],
      ['C', 'Giải Ba toàn đoàn'],
    ]);
  });
  it('each event gives prizes to its places within the limit, shared places included; special prizes as named', () => {
    const p = awardPrizes({
      standings: standingsRows,
      events,
      overallPlaces: 0,
      eventPlaces: 3,
      special: [{ team: 'D', name: 'Giải Phong cách' }],
    });
    expect(p.map((x) => [x.kind, x.team, x.place, x.name])).toEqual([
      ['event', 'A', 1, 'Giải Nhất Kéo co'],
      ['event', 'C', 2, 'Giải Nhì Kéo co'],
      ['event', 'B', 3, 'Giải Ba Kéo co'],
      ['event', 'D', 1, 'Giải Nhất Cầu lông đôi'],
      ['event', 'B', 3, 'Giải Ba Cầu lông đôi'],
      ['event', 'C', 3, 'Giải Ba Cầu lông đôi'],
      ['special', 'D', null, 'Giải Phong cách'],
    ]);
    expect(placeName(4)).toBe('Giải Khuyến khích');
  });
});
