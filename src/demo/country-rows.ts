/**
 * The demo country as table rows, one function per record kind. Pure: the loader (load-country.ts)
 * only batches these rows into the database. The caches (park status, project status, origin and
 * capital) are the same folds the services write, so a loaded record reads exactly as one recorded
 * through the API.
 */
import { createHash, randomUUID } from 'node:crypto';
import { foldVietnamese } from '../kernel/text';
import { certificateStateAsOf } from '../modules/investment/certificate-events';
import { projectSearchText } from '../modules/investment/use-cases/common';
import { enterpriseSearchText } from '../modules/investment/use-cases/manage-enterprises';
import { type EventDetails, partnerOf } from '../modules/investment/use-cases/project-history';
import { KKT_AREA_MEASURES, KKT_FUNCTIONAL_AREAS } from '../modules/zones/kkt-land';
import { LAND_MEASURES } from '../modules/zones/park-land';
import { foldParkEvents } from '../modules/zones/park-lifecycle';
import { eventRowValues } from '../modules/zones/use-cases/park-history';
import { NO_STATUS } from '../modules/zones/use-cases/park-views';
import type { WastewaterPlant } from '../modules/zones/wastewater';
import { charterTrack } from './charter-capital-rows';
import type { DemoEconomicZone, DemoEnterprise, DemoInvestor, DemoPark, DemoProject } from './country/types';

/**
 * The generator names records `ent-002485`, `park-0012`…; the registry keys are UUIDs. A name-based
 * (version 5 style) UUID keeps the mapping deterministic: the same demo record gets the same key.
 */
export function uuidOf(demoId: string): string {
  const h = createHash('sha1').update(`iza-demo:${demoId}`).digest('hex');
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * One value per key: the registry keeps one land value per measure and date (a second one the
 * same day replaces the first, as `landAsOf` reads the later of a tie), so the later one wins here.
 */
function lastPerKey<T>(rows: readonly T[], key: (r: T) => string): T[] {
  return [...new Map(rows.map((r) => [key(r), r])).values()];
}

const optionalUuid = (id: string | null | undefined) => (id ? uuidOf(id) : null);

/** Where a record with history before 2025-07-01 sits: its 63-edition unit (docs/registry-model.md). */
const placeOf = (p: { adminUnitId: string; historicalAdminUnitId: string | null }) =>
  p.historicalAdminUnitId ?? p.adminUnitId;

export function zoneRows(z: DemoEconomicZone, at: Date) {
  const plan = z.land.planDecisions?.[0];
  const zoneId = uuidOf(z.id);
  const zone = {
    id: zoneId,
    code: z.code,
    name: z.name,
    type: z.type,
    adminUnitId: placeOf(z),
    commune: z.commune,
    decisionNo: z.decision.number,
    decisionDate: z.decision.date,
    decisionAuthority: z.decision.issuer ?? null,
    generalPlanDecisionNo: plan?.number ?? null,
    generalPlanDecisionDate: plan?.date ?? null,
    establishedLandHa: z.landAreaHa,
    establishedWaterHa: z.waterAreaHa,
    lon: z.point[0].toFixed(6),
    lat: z.point[1].toFixed(6),
    createdAt: at,
    updatedAt: at,
  };
  const areas = [];
  for (const area of KKT_FUNCTIONAL_AREAS) {
    for (const measure of KKT_AREA_MEASURES) {
      for (const v of z.land.areas[area]?.[measure] ?? []) {
        areas.push({ id: randomUUID(), zoneId, area, measure, asOf: v.date, valueHa: v.value, source: v.source });
      }
    }
  }
  return { zone, areas: lastPerKey(areas, (a) => `${a.area}|${a.measure}|${a.asOf}`) };
}

export function parkRows(p: DemoPark, at: Date) {
  const state = foldParkEvents(p.events);
  const parkId = uuidOf(p.id);
  const park = {
    id: parkId,
    code: p.code,
    name: p.name,
    nameSearch: foldVietnamese(p.name),
    kinds: p.kinds,
    specialisedSector: p.specialisedSector,
    parentZoneId: optionalUuid(p.parentZoneId),
    adminUnitId: placeOf(p),
    commune: p.commune,
    developerEnterpriseId: optionalUuid(p.developerEnterpriseId),
    // Linked after the projects exist (the foreign key points at projects).
    infrastructureProjectId: null,
    landLeaseTermYears: p.leaseTermYears,
    lon: p.point[0].toFixed(6),
    lat: p.point[1].toFixed(6),
    statusCache: state?.status ?? NO_STATUS,
    statusSinceCache: state?.since ?? null,
    createdAt: at,
    updatedAt: at,
  };
  const events = p.events.map((e, i) => ({ ...eventRowValues(parkId, i + 1, randomUUID(), e), recordedAt: at }));
  const values = LAND_MEASURES.flatMap((measure) =>
    (p.land[measure] ?? []).map((v) => ({
      id: randomUUID(),
      parkId,
      measure,
      asOf: v.date,
      valueHa: v.value,
      source: v.source,
    })),
  );
  const land = lastPerKey(values, (v) => `${v.measure}|${v.asOf}`);
  const progress = lastPerKey(p.infrastructure, (v) => v.date).map((v) => ({
    id: randomUUID(),
    parkId,
    asOf: v.date,
    completionPct: v.value,
    source: v.source,
  }));
  return { park, events, land, progress };
}

export function plantRows(w: WastewaterPlant, at: Date) {
  return {
    plant: {
      id: uuidOf(w.id),
      parkId: uuidOf(w.parkId),
      name: w.name ?? null,
      investmentAmount: null,
      investmentCurrency: null,
      createdAt: at,
      updatedAt: at,
    },
    records: lastPerKey(w.records, (r) => `${r.date}|${r.status}`).map((r) => ({
      id: randomUUID(),
      plantId: uuidOf(w.id),
      date: r.date,
      status: r.status,
      designCapacity: r.designCapacity ?? null,
      operatingCapacity: r.operatingCapacity ?? null,
      source: r.source,
    })),
  };
}

export function enterpriseRow(e: DemoEnterprise, at: Date) {
  return {
    id: uuidOf(e.id),
    taxCode: e.taxCode,
    nameVi: e.nameVi,
    nameForeign: e.nameForeign,
    search: enterpriseSearchText(e),
    address: e.address,
    // The address is given with the post-2025 commune and province.
    adminUnitId: e.adminUnitId,
    commune: e.commune,
    legalRepresentative: e.legalRepresentative,
    sectors: e.vsic,
    createdAt: at,
    updatedAt: at,
  };
}

export function investorRow(i: DemoInvestor, at: Date) {
  return {
    id: uuidOf(i.id),
    kind: i.kind,
    name: i.name,
    nationality: i.nationality,
    foreignShare: i.foreignShare,
    controlledShare: null,
    identifier: null,
    createdAt: at,
    updatedAt: at,
  };
}

const investorList = (list: readonly { id?: string; share: string }[]) =>
  list.map((i) => ({ investorId: uuidOf(i.id as string), share: i.share }));

/** A project, its certificate events and its investor lists (each valid until the next list's date). */
export function projectRows(p: DemoProject, today: string, at: Date) {
  const state = certificateStateAsOf(p.events, today);
  const projectId = uuidOf(p.id);
  const project = {
    id: projectId,
    projectCode: p.code,
    name: p.name,
    search: projectSearchText(p.name, p.code),
    enterpriseId: uuidOf(p.enterpriseId),
    locationKind: p.parkId ? 'park' : p.specialZoneId ? 'special_zone' : 'zone',
    parkId: optionalUuid(p.parkId),
    zoneId: p.parkId ? null : optionalUuid(p.zoneId),
    specialZoneId: p.parkId ? null : optionalUuid(p.specialZoneId),
    operationStartedOn: p.operationStartedOn,
    type: p.type,
    objectives: state.objectives.length ? state.objectives.join('\n') : p.objectives.join('\n') || null,
    sectors: [...new Set(p.vsic)],
    landAreaHa: state.landAreaHa,
    currency: p.currency,
    originCache: p.origin,
    partnerCache: partnerOf(p.investors, p.originDate),
    statusCache: state.status,
    registeredCapitalCache: state.registeredCapital?.value ?? null,
    createdAt: at,
    updatedAt: at,
  };

  const events = [];
  const lists: { validFrom: string; investors: { investorId: string; share: string }[] }[] = [];
  // The facts each event carries for the statistics (use-cases/event-facts.ts): the demo's
  // certificates are in their origin's currency and no rate is loaded, so only that one is set.
  let partnerAfter: string | null = null;
  const charter = charterTrack(p.code, p.currency);
  for (const e of p.events) {
    let amount: { value: string; currency: string } | undefined;
    let land: string | null = null;
    const details: EventDetails = {};
    if (e.kind === 'issued') {
      amount = e.registeredCapital;
      land = e.landAreaHa;
      if (e.objectives?.length) details.objectives = e.objectives;
      if (e.schedule) details.schedule = e.schedule;
      details.investors = investorList(e.investors ?? p.investors);
      lists.push({ validFrom: e.date, investors: details.investors });
      partnerAfter = partnerOf(e.investors ?? p.investors, p.originDate);
    } else if (e.kind === 'adjusted') {
      amount = e.capitalDelta;
      land = e.landAreaDeltaHa ?? null;
      if (e.objectives?.length) details.objectives = e.objectives;
      if (e.schedule) details.schedule = e.schedule;
      if (e.investors) {
        details.investors = investorList(e.investors);
        if (lists.at(-1)?.validFrom === e.date) lists.pop();
        lists.push({ validFrom: e.date, investors: details.investors });
        partnerAfter = partnerOf(e.investors, e.date);
      }
    } else if (e.kind !== 'reissued') {
      amount = e.capitalAtEnd;
    }
    events.push({
      id: randomUUID(),
      projectId,
      seq: e.seq,
      kind: e.kind,
      date: e.date,
      certificateNo: null,
      documentNo: e.documentNo ?? null,
      capital: amount?.value ?? null,
      currency: amount?.currency ?? null,
      landAreaHa: land,
      charterCapital: amount?.currency === p.currency ? charter(amount.value, e.kind, e.seq) : null,
      exchangeRateId: null,
      originAfter: p.origin,
      partnerAfter,
      capitalUsd: amount?.currency === 'USD' ? amount.value : null,
      capitalVnd: amount?.currency === 'VND' ? amount.value : null,
      details,
      recordedAt: at,
    });
  }
  const investors = lists.flatMap((l, k) =>
    l.investors.map((i) => ({
      projectId,
      investorId: i.investorId,
      validFrom: l.validFrom,
      validTo: lists[k + 1]?.validFrom ?? null,
      share: i.share,
    })),
  );
  // Realised capital comes from the project's accepted reports (country/reports.ts, report-rows.ts).
  return { project, events, investors };
}
