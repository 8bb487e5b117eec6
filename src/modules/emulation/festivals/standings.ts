/**
 * A sports festival's medal table and overall team ranking, as pure data (domain B7). Only the
 * events flagged as counting enter either (at the Southern boards' 6th festival only tug-of-war,
 * football, xiangqi and the coconut games counted); each counting event gives its points per place
 * (1st, 2nd, …). Two teams may share a place (two bronzes in badminton): each gets that place's
 * medal and points. Ranking: points, then golds, silvers, bronzes; equal teams share a rank (1, 1, 3).
 */

export type StandingEvent = { id: string; counts: boolean; pointsPerPlace: readonly number[] };
export type StandingResult = { eventId: string; team: string; place: number };

export type TeamStanding = {
  team: string;
  rank: number;
  points: number;
  gold: number;
  silver: number;
  bronze: number;
};

export function standings(
  teams: readonly string[],
  events: readonly StandingEvent[],
  results: readonly StandingResult[],
): TeamStanding[] {
  const counting = new Map(events.filter((e) => e.counts).map((e) => [e.id, e]));
  const rows = new Map(teams.map((team) => [team, { team, rank: 0, points: 0, gold: 0, silver: 0, bronze: 0 }]));
  for (const r of results) {
    const event = counting.get(r.eventId);
    const row = rows.get(r.team);
    if (!event || !row || r.place < 1) continue;
    row.points += event.pointsPerPlace[r.place - 1] ?? 0;
    if (r.place === 1) row.gold++;
    else if (r.place === 2) row.silver++;
    else if (r.place === 3) row.bronze++;
  }
  const key = (s: TeamStanding) => [s.points, s.gold, s.silver, s.bronze];
  const sorted = [...rows.values()].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return kb[i]! - ka[i]!;
    return a.team.localeCompare(b.team);
  });
  sorted.forEach((s, i) => {
    const prev = sorted[i - 1];
    s.rank = prev && key(prev).every((v, k) => v === key(s)[k]) ? prev.rank : i + 1;
  });
  return sorted;
}

/** Whether an athlete's age in the festival year fits an age class: `U50` under 50, `O50` 50 or over, else open. */
export function fitsAgeClass(ageClass: string | null, birthYear: number | null, festivalYear: number): boolean | null {
  if (!ageClass) return true;
  const m = /^([UO])(\d{2})$/.exec(ageClass);
  if (!m) return true;
  if (birthYear === null) return null;
  const age = festivalYear - birthYear;
  return m[1] === 'U' ? age < Number(m[2]) : age >= Number(m[2]);
}
