/**
 * Which team wins which prize of a festival, from the computed standings and the event results
 * (pure). Overall prizes go to the teams ranked within `overallPlaces` of the team ranking (only
 * counting events count there; equal teams share a rank and so the prize); every event, counting
 * or not, gives its own prizes to the places within `eventPlaces`. A team with no point in the
 * ranking wins no overall prize. Special prizes (fair-play…) are named by the committee.
 */
export type PrizeKind = 'overall' | 'event' | 'special';
export interface Prize {
  kind: PrizeKind;
  team: string;
  eventId: string | null;
  place: number | null;
  name: string;
}

const PLACE_NAMES = ['Nhất', 'Nhì', 'Ba'];
/** Vietnamese prize names: Giải Nhất, Giải Nhì, Giải Ba, then Giải Khuyến khích. */
export const placeName = (place: number) => `Giải ${PLACE_NAMES[place - 1] ?? 'Khuyến khích'}`;

export function awardPrizes(input: {
  standings: readonly { team: string; rank: number; points: number }[];
  events: readonly { id: string; name: string; results: readonly { team: string; place: number }[] }[];
  overallPlaces: number;
  eventPlaces: number;
  special: readonly { team: string; name: string }[];
}): Prize[] {
  const overall = input.standings
    .filter((s) => s.rank <= input.overallPlaces && s.points > 0)
    .map(
      (s): Prize => ({
        kind: 'overall',
        team: s.team,
        eventId: null,
        place: s.rank,
        name: `${placeName(s.rank)} toàn đoàn`,
      }),
    );
  const events = input.events.flatMap((e) =>
    e.results
      .filter((r) => r.place <= input.eventPlaces)
      .sort((a, b) => a.place - b.place)
      .map(
        (r): Prize => ({
          kind: 'event',
          team: r.team,
          eventId: e.id,
          place: r.place,
          name: `${placeName(r.place)} ${e.name}`,
        }),
      ),
  );
  const special = input.special.map(
    (s): Prize => ({ kind: 'special', team: s.team, eventId: null, place: null, name: s.name }),
  );
  return [...overall, ...events, ...special];
}
