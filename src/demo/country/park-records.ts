/**
 * What follows from a park's history: its four land series (planned ≥ established ≥
 * industrial-service ≥ leased on every date, the forms' col. 12 ≤ 11 ≤ 10) and its central
 * wastewater plant. Leasing starts when tenants may come (see locations.ts) and fills towards a
 * park's own ceiling, so older parks are fuller: about two thirds overall, as published.
 */
import { establishedSeriesFromEvents, type LandValue, type ParkLand } from '../../modules/zones/park-land';
import type { PlantRecord, WastewaterPlant } from '../../modules/zones/wastewater';
import { type ParkTimeline, tenantsFrom } from './park-history';
import { dayOf, isoOf, type Rng, unitsToDecimal, YEAR_DAYS } from './random';

const at = <S extends { day: number }>(steps: readonly S[], day: number): S | undefined =>
  steps.filter((s) => s.day <= day).at(-1);

/** Quarter ends after `from` up to `to`: year ends, and the last quarter end before `to`. */
function reportDays(from: number, to: number): number[] {
  const days: number[] = [];
  const [y0, y1] = [Number(isoOf(from).slice(0, 4)), Number(isoOf(to).slice(0, 4))];
  for (let y = y0; y <= y1; y++) {
    for (const md of y === y1 ? ['03-31', '06-30', '09-30', '12-31'] : ['12-31']) {
      const d = dayOf(`${y}-${md}`);
      if (d > from && d <= to) days.push(d);
    }
  }
  if (y1 > y0) return days.filter((d, i) => i === days.length - 1 || isoOf(d).endsWith('12-31'));
  return days.slice(-1);
}

/** Planned ≥ established ≥ industrial-service ≥ leased on every date, as the forms require. */
export function parkLand(rng: Rng, t: ParkTimeline, todayDay: number): ParkLand {
  const first = t.events[0];
  const firstSource = first && 'decision' in first && first.decision ? first.decision.number : 'Dự thảo quy hoạch tỉnh';
  const maxArea = Math.max(0, ...t.areaSteps.map((s) => s.areaH));
  const plannedH = maxArea > 0 ? Math.ceil(maxArea * rng.range(1, 1.3)) : Math.round(rng.logNormal(250, 0.6) * 100);
  const planned: LandValue[] = [{ date: isoOf(t.firstDay), value: unitsToDecimal(plannedH, 2), source: firstSource }];
  const last = t.events.at(-1);
  if (t.endDay !== null && last && 'decision' in last && last.decision) {
    planned.push({ date: isoOf(t.endDay), value: '0', source: last.decision.number });
  }
  if (t.establishedDay === null) return { planned };

  const ratio = rng.range(0.6, 0.74);
  const industrialSteps = t.areaSteps.map((s) => ({ ...s, areaH: Math.floor(s.areaH * ratio) }));
  const industrial = industrialSteps.map((s) => ({
    date: isoOf(s.day),
    value: unitsToDecimal(s.areaH, 2),
    source: s.source,
  }));
  const land: ParkLand = { planned, established: establishedSeriesFromEvents(t.events), industrial };
  const open = tenantsFrom(t);
  if (open === null || open > todayDay) return land;

  const [fill, tau] = [rng.range(0.5, 0.95), rng.range(2, 7) * YEAR_DAYS];
  const until = t.endDay === null ? todayDay : t.endDay - 1;
  const days = new Set([
    ...reportDays(open, until),
    ...t.areaSteps.filter((s) => s.day > open && s.day <= until).map((s) => s.day),
  ]);
  const leased: LandValue[] = [...days]
    .sort((a, b) => a - b)
    .map((day) => {
      const share = fill * (1 - Math.exp(-(day - open + 180) / tau));
      const industrialH = at(industrialSteps, day)?.areaH ?? 0;
      const [year, month] = [isoOf(day).slice(0, 4), Number(isoOf(day).slice(5, 7))];
      const source = `Báo cáo tình hình KCN quý ${Math.ceil(month / 3)}/${year}`;
      return { date: isoOf(day), value: unitsToDecimal(Math.floor(industrialH * share), 2), source };
    });
  if (t.endDay !== null && leased.length > 0) {
    leased.push({ date: isoOf(t.endDay), value: '0', source: t.areaSteps.at(-1)?.source ?? '' });
  }
  return { ...land, leased };
}

/**
 * Land handed over to the developer for building (Biểu 2103 col. 16) and infrastructure
 * completion in percent (col. 14), both rising with the park's status: part of the land is handed
 * over when construction starts, all of it once the park operates (never more than the
 * established area on any day: a new value on every day the area changes); completion climbs
 * towards ~65 % while building and towards 100 % once operating, reported at year ends.
 */
export function parkInfrastructure(
  rng: Rng,
  t: ParkTimeline,
  todayDay: number,
): { handedOver: LandValue[]; progress: LandValue[] } {
  if (t.establishedDay === null) return { handedOver: [], progress: [] };
  const start = t.constructionDay ?? t.operatingDay ?? t.establishedDay + Math.round(0.5 * YEAR_DAYS);
  if (start > todayDay || (t.endDay !== null && start >= t.endDay)) return { handedOver: [], progress: [] };
  const share = rng.range(0.5, 0.9);
  const operatingOn = (day: number) => t.operatingDay !== null && t.operatingDay <= day;
  const source = (day: number) => {
    const [year, month] = [isoOf(day).slice(0, 4), Number(isoOf(day).slice(5, 7))];
    return `Báo cáo tình hình KCN quý ${Math.ceil(month / 3)}/${year}`;
  };
  const handedDays = new Set([
    start,
    ...(t.operatingDay !== null && t.operatingDay > start ? [t.operatingDay] : []),
    ...t.areaSteps.filter((s) => s.day > start).map((s) => s.day),
  ]);
  const handedOver = [...handedDays]
    .filter((day) => day <= todayDay)
    .sort((a, b) => a - b)
    .map((day) => {
      const areaH = at(t.areaSteps, day)?.areaH ?? 0;
      const value = Math.floor(areaH * (operatingOn(day) ? 1 : share));
      return { date: isoOf(day), value: unitsToDecimal(value, 2), source: source(day) };
    });
  const until = t.endDay === null ? todayDay : t.endDay - 1;
  const progress = reportDays(start, until).map((day) => {
    const pct = operatingOn(day)
      ? 75 + 25 * (1 - Math.exp(-(day - t.operatingDay!) / (3 * YEAR_DAYS)))
      : 5 + 60 * Math.min(1, (day - start) / (3 * YEAR_DAYS));
    return { date: isoOf(day), value: String(Math.round(pct * 10) / 10), source: source(day) };
  });
  return { handedOver, progress };
}

/** The park's central wastewater plant: built after construction starts, operating some time later. */
export function wastewaterPlant(
  rng: Rng,
  id: string,
  park: { id: string; name: string },
  t: ParkTimeline,
  todayDay: number,
): WastewaterPlant | null {
  if (t.establishedDay === null || (t.endDay !== null && t.operatingDay === null)) return null;
  const operating = t.operatingDay !== null && t.operatingDay <= todayDay;
  if (!rng.chance(operating ? 0.93 : 0.35)) return null;
  const start = (t.constructionDay ?? t.establishedDay) + Math.round(rng.range(0.3, 2) * YEAR_DAYS);
  if (start > todayDay) return null;
  const areaHa = (at(t.areaSteps, start)?.areaH ?? 0) / 100;
  const design = Math.max(500, Math.round((areaHa * rng.range(12, 30)) / 100) * 100);
  const source = (day: number) => `Báo cáo tình hình KCN năm ${isoOf(day).slice(0, 4)}`;
  const records: PlantRecord[] = [
    { date: isoOf(start), status: 'under_construction', designCapacity: String(design), source: source(start) },
  ];
  const opDay = Math.max(start, t.operatingDay ?? start) + Math.round(rng.range(0.5, 2.5) * YEAR_DAYS);
  if (operating && opDay <= todayDay) {
    const running = Math.round((design * rng.range(0.35, 0.9)) / 10) * 10;
    records.push({
      date: isoOf(opDay),
      status: 'operating',
      designCapacity: String(design),
      operatingCapacity: String(running),
      source: source(opDay),
    });
    const expansion = opDay + Math.round(rng.range(2, 8) * YEAR_DAYS);
    if (rng.chance(0.2) && expansion <= todayDay) {
      const bigger = Math.round((design * rng.range(1.3, 2)) / 100) * 100;
      const used = Math.round((bigger * rng.range(0.4, 0.85)) / 10) * 10;
      records.push({
        date: isoOf(expansion),
        status: 'operating',
        designCapacity: String(bigger),
        operatingCapacity: String(used),
        source: source(expansion),
      });
    }
  }
  return { id, parkId: park.id, name: `Nhà máy XLNT tập trung ${park.name}`, records };
}
