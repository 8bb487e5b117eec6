/**
 * Economic zones (KKT): the register and the dated values of their functional areas, read as of
 * a date with the totals of Biểu 2108/2110 (kkt-land.ts).
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { type FieldErrors, notFound } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize, isAllowed, type Target } from '../../../platform/auth/policy';
import { inTransaction } from '../../../platform/db/transaction';
import type { CreateZoneBody, UpdateZoneBody, ZoneAreaBody, ZoneDetail, ZoneSummary } from '../contract';
import {
  KKT_AREA_MEASURE_LABELS,
  KKT_FUNCTIONAL_AREA_DEFS,
  type KktAreaMeasure,
  type KktFunctionalArea,
  type KktLandRecord,
  kktLandTotals,
  kktLandUseAsOf,
  measureApplies,
} from '../kkt-land';
import type { KktType } from '../location-class';
import { type LandValue, landAsOf } from '../park-land';
import { economicZoneAreas, economicZones, industrialParks } from '../schema';
import { codeTaken, unitExists } from './create-park';
import {
  addField,
  decimalText,
  emptyToNull,
  futureDate,
  inputFailed,
  isViolation,
  nextUpdatedAt,
  numberOrNull,
  rulesFailed,
  staleRecord,
  todayOf,
  unitRef,
  type ZonesDeps,
} from './shared';
import { specialZonesOf } from './special-zone-views';

type ZoneRow = typeof economicZones.$inferSelect;
type AreaRow = typeof economicZoneAreas.$inferSelect;

const ZONE = { vi: 'khu kinh tế', en: 'economic zone' };

export async function readZoneRow(deps: ZonesDeps, id: string): Promise<ZoneRow> {
  const [row] = await deps.db.select().from(economicZones).where(eq(economicZones.id, id));
  if (!row) throw notFound(ZONE.vi, 'Economic zone');
  return row;
}

/** The developers of the parks in each zone: a developer reads the zone its park lies in. */
export async function developersByZone(deps: ZonesDeps, zoneIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (zoneIds.length === 0) return out;
  const rows = await deps.db
    .selectDistinct({ zoneId: industrialParks.parentZoneId, developer: industrialParks.developerEnterpriseId })
    .from(industrialParks)
    .where(and(inArray(industrialParks.parentZoneId, [...zoneIds]), isNotNull(industrialParks.developerEnterpriseId)));
  for (const r of rows) out.set(r.zoneId!, [...(out.get(r.zoneId!) ?? []), r.developer!]);
  return out;
}

export async function zoneTarget(
  deps: ZonesDeps,
  zone: { adminUnitId: string },
  developers: readonly string[] = [],
): Promise<Target> {
  return { kind: 'record', provinceCode: await deps.geo.provinceCodeOf(zone.adminUnitId), enterpriseIds: developers };
}

/** What the audit log keeps of a zone: the row with its areas in canonical form. */
const zoneAuditView = (z: ZoneRow) => ({
  ...z,
  establishedLandHa: decimalText(z.establishedLandHa),
  establishedWaterHa: decimalText(z.establishedWaterHa),
});

export async function zoneSummary(deps: ZonesDeps, z: ZoneRow, asOf: string): Promise<ZoneSummary> {
  const ix = await deps.geo.getIndex();
  return {
    id: z.id,
    code: z.code,
    name: z.name,
    type: z.type as KktType,
    adminUnitId: z.adminUnitId,
    provinceCode: ix.currentEquivalent(z.adminUnitId, asOf)?.code ?? null,
    commune: z.commune,
    decisionNo: z.decisionNo,
    decisionDate: z.decisionDate,
    decisionAuthority: z.decisionAuthority,
    generalPlanDecisionNo: z.generalPlanDecisionNo,
    generalPlanDecisionDate: z.generalPlanDecisionDate,
    establishedLandHa: decimalText(z.establishedLandHa),
    establishedWaterHa: decimalText(z.establishedWaterHa),
    lon: numberOrNull(z.lon),
    lat: numberOrNull(z.lat),
    createdAt: z.createdAt.toISOString(),
    updatedAt: z.updatedAt.toISOString(),
  };
}

const areaValue = (r: AreaRow) => ({
  area: r.area as KktFunctionalArea,
  measure: r.measure as KktAreaMeasure,
  date: r.asOf,
  value: decimalText(r.valueHa) ?? '0',
  source: r.source,
});

export async function getZone(deps: ZonesDeps, actor: Actor, id: string, asOfDate?: string): Promise<ZoneDetail> {
  authorize(actor, 'registry:read');
  const zone = await readZoneRow(deps, id);
  const developers = (await developersByZone(deps, [id])).get(id) ?? [];
  const target = await zoneTarget(deps, zone, developers);
  authorize(actor, 'registry:read', target);
  const today = todayOf(deps);
  const asOf = asOfDate ?? today;

  const rows = await deps.db
    .select()
    .from(economicZoneAreas)
    .where(eq(economicZoneAreas.zoneId, id))
    .orderBy(economicZoneAreas.asOf);
  const history = rows.map(areaValue);
  const series: { [A in KktFunctionalArea]?: { [M in KktAreaMeasure]?: LandValue[] } } = {};
  for (const v of history) {
    const byMeasure = series[v.area] ?? {};
    series[v.area] = byMeasure;
    byMeasure[v.measure] = [...(byMeasure[v.measure] ?? []), { date: v.date, value: v.value, source: v.source }];
  }
  const record: KktLandRecord = { kktId: id, type: zone.type as KktType, areas: series };
  const areas: ZoneDetail['areas'] = [];
  for (const [area, measures] of Object.entries(series) as [KktFunctionalArea, Record<string, LandValue[]>][]) {
    for (const [measure, values] of Object.entries(measures) as [KktAreaMeasure, LandValue[]][]) {
      const v = landAsOf(values, asOf);
      if (v) areas.push({ area, measure, ...v });
    }
  }
  const ix = await deps.geo.getIndex();
  return {
    ...(await zoneSummary(deps, zone, asOf)),
    asOf,
    province: {
      recorded: unitRef(ix.unit(zone.adminUnitId))!,
      asOf: unitRef(ix.currentEquivalent(zone.adminUnitId, asOf)),
      current: unitRef(ix.currentEquivalent(zone.adminUnitId, today)),
    },
    areas,
    totals: kktLandTotals(kktLandUseAsOf(record, asOf)),
    history,
    specialZones: await specialZonesOf(deps.db, id, asOf),
    permissions: { update: isAllowed(actor, 'zone:manage', target) },
  };
}

function zoneFieldValues(body: Partial<CreateZoneBody>) {
  const v: Partial<typeof economicZones.$inferInsert> = {};
  if (body.code !== undefined) v.code = body.code;
  if (body.name !== undefined) v.name = body.name;
  if (body.type !== undefined) v.type = body.type;
  if (body.adminUnitId !== undefined) v.adminUnitId = body.adminUnitId;
  if (body.commune !== undefined) v.commune = emptyToNull(body.commune);
  if (body.decisionNo !== undefined) v.decisionNo = emptyToNull(body.decisionNo);
  if (body.decisionDate !== undefined) v.decisionDate = body.decisionDate;
  if (body.decisionAuthority !== undefined) v.decisionAuthority = emptyToNull(body.decisionAuthority);
  if (body.generalPlanDecisionNo !== undefined) v.generalPlanDecisionNo = emptyToNull(body.generalPlanDecisionNo);
  if (body.generalPlanDecisionDate !== undefined) v.generalPlanDecisionDate = body.generalPlanDecisionDate;
  if (body.establishedLandHa !== undefined) v.establishedLandHa = decimalText(body.establishedLandHa);
  if (body.establishedWaterHa !== undefined) v.establishedWaterHa = decimalText(body.establishedWaterHa);
  // As numeric(9,6) reads back, so an unchanged point is not taken for a change.
  if (body.lon !== undefined) v.lon = body.lon === null ? null : body.lon.toFixed(6);
  if (body.lat !== undefined) v.lat = body.lat === null ? null : body.lat.toFixed(6);
  return v;
}

async function checkZoneUnit(deps: ZonesDeps, adminUnitId: string) {
  if (await unitExists(deps, adminUnitId)) return;
  throw inputFailed({
    'body.adminUnitId': {
      message: `Không có đơn vị hành chính mã "${adminUnitId}".`,
      messageEn: `There is no administrative unit "${adminUnitId}".`,
    },
  });
}

/** A point is both coordinates or neither (400). */
function checkZonePoint(lon: number | null, lat: number | null) {
  if ((lon === null) === (lat === null)) return;
  throw inputFailed({
    [lon === null ? 'body.lon' : 'body.lat']: {
      message: 'Cần cả kinh độ và vĩ độ, hoặc bỏ trống cả hai.',
      messageEn: 'Give both longitude and latitude, or neither.',
    },
  });
}

export async function createZone(deps: ZonesDeps, actor: Actor, body: CreateZoneBody): Promise<ZoneDetail> {
  authorize(actor, 'zone:manage');
  await checkZoneUnit(deps, body.adminUnitId);
  checkZonePoint(body.lon ?? null, body.lat ?? null);
  const id = randomUUID();
  const now = deps.clock();
  const values = { ...zoneFieldValues(body), id, createdAt: now, updatedAt: now } as typeof economicZones.$inferInsert;
  authorize(actor, 'zone:manage', await zoneTarget(deps, body));
  await inTransaction(deps.db, async (tx) => {
    const [row] = await tx
      .insert(economicZones)
      .values(values)
      .onConflictDoNothing({ target: economicZones.code })
      .returning();
    if (!row) throw codeTaken(body.code, ZONE);
    await recordAudit(tx, actor, {
      action: 'zone.create',
      entityType: 'economic_zone',
      entityId: id,
      after: zoneAuditView(row),
    });
  });
  return getZone(deps, actor, id);
}

export async function updateZone(deps: ZonesDeps, actor: Actor, id: string, body: UpdateZoneBody): Promise<ZoneDetail> {
  authorize(actor, 'zone:manage');
  const before = await readZoneRow(deps, id);
  authorize(actor, 'zone:manage', await zoneTarget(deps, before));
  const { updatedAt, ...fields } = body;
  checkZonePoint(
    fields.lon === undefined ? numberOrNull(before.lon) : fields.lon,
    fields.lat === undefined ? numberOrNull(before.lat) : fields.lat,
  );
  if (fields.adminUnitId !== undefined && fields.adminUnitId !== before.adminUnitId) {
    await checkZoneUnit(deps, fields.adminUnitId);
    authorize(actor, 'zone:manage', await zoneTarget(deps, { ...before, adminUnitId: fields.adminUnitId }));
  }
  const values = zoneFieldValues(fields);
  const current = zoneAuditView(before);
  const changes = Object.fromEntries(
    Object.entries(values).filter(([k, v]) => current[k as keyof ZoneRow] !== v),
  ) as Partial<typeof economicZones.$inferInsert>;
  try {
    await inTransaction(deps.db, async (tx) => {
      const [locked] = await tx.select().from(economicZones).where(eq(economicZones.id, id)).for('update');
      if (!locked) throw notFound(ZONE.vi, 'Economic zone');
      if (locked.updatedAt.getTime() !== Date.parse(updatedAt)) throw staleRecord('Khu kinh tế', 'economic zone');
      if (Object.keys(changes).length === 0) return;
      const [after] = await tx
        .update(economicZones)
        .set({ ...changes, updatedAt: nextUpdatedAt(locked.updatedAt, deps.clock) })
        .where(eq(economicZones.id, id))
        .returning();
      await recordAudit(tx, actor, {
        action: 'zone.update',
        entityType: 'economic_zone',
        entityId: id,
        before: zoneAuditView(locked),
        after: zoneAuditView(after!),
      });
    });
  } catch (e) {
    if (isViolation(e, '23505', 'economic_zones_code_unique')) throw codeTaken(body.code ?? before.code, ZONE);
    throw e;
  }
  return getZone(deps, actor, id);
}

/** Sets the area (ha) of one function under one measure from a date on (same date: replaced). */
export async function recordZoneArea(
  deps: ZonesDeps,
  actor: Actor,
  id: string,
  body: ZoneAreaBody,
): Promise<ZoneDetail> {
  authorize(actor, 'zone:manage');
  const zone = await readZoneRow(deps, id);
  authorize(actor, 'zone:manage', await zoneTarget(deps, zone));
  const fields: FieldErrors = {};
  if (!measureApplies(body.area, body.measure)) {
    const [a, m] = [KKT_FUNCTIONAL_AREA_DEFS[body.area], KKT_AREA_MEASURE_LABELS[body.measure]];
    addField(fields, 'body.measure', {
      message: `"${a.vi}" không có chỉ tiêu "${m.vi}" (Biểu 2110).`,
      messageEn: `"${a.en}" has no "${m.en}" figure (form 2110).`,
    });
  }
  const late = futureDate(body.asOf, todayOf(deps), 'Ngày của số liệu', 'The date of the value');
  if (late) addField(fields, 'body.asOf', late);
  if (Object.keys(fields).length) {
    throw rulesFailed(fields, { vi: 'Không ghi được diện tích', en: 'The area cannot be recorded' });
  }
  const valueHa = decimalText(body.valueHa) ?? body.valueHa;
  await inTransaction(deps.db, async (tx) => {
    const key = and(
      eq(economicZoneAreas.zoneId, id),
      eq(economicZoneAreas.area, body.area),
      eq(economicZoneAreas.measure, body.measure),
      eq(economicZoneAreas.asOf, body.asOf),
    );
    const [existing] = await tx.select().from(economicZoneAreas).where(key).for('update');
    const [row] = await tx
      .insert(economicZoneAreas)
      .values({
        id: randomUUID(),
        zoneId: id,
        area: body.area,
        measure: body.measure,
        asOf: body.asOf,
        valueHa,
        source: body.source,
      })
      .onConflictDoUpdate({
        target: [economicZoneAreas.zoneId, economicZoneAreas.area, economicZoneAreas.measure, economicZoneAreas.asOf],
        set: { valueHa, source: body.source },
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'zone.area_value.record',
      entityType: 'economic_zone',
      entityId: id,
      before: existing ? areaValue(existing) : null,
      after: areaValue(row!),
    });
  });
  return getZone(deps, actor, id);
}
