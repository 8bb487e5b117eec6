/**
 * Demo one-stop dossiers: a few thousand over the last two years for the demo Board (and a few
 * hundred for other provinces, so the ministry sees a country), each drawn by `dossierStory` on
 * the stored working calendar, with gap-free daily codes, written in ONE audited transaction.
 * Deterministic for a seed and a "now"; does nothing once dossiers exist.
 */
import { randomBytes } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { App } from '../../app';
import { addDays, DEFAULT_OFFICE_HOURS, localDateOf, localInstant } from '../../kernel/calendar';
import { enterprises, projects } from '../../modules/investment/schema';
import type { ProcedureVersion } from '../../modules/onestop/contract';
import { dossierCodeCounters, dossierEvents, dossiers } from '../../modules/onestop/dossiers/schema';
import { procedures, procedureVersions } from '../../modules/onestop/schema';
import { industrialParks } from '../../modules/zones/schema';
import { recordAudit } from '../../platform/audit/service';
import { systemActor } from '../../platform/auth/actor';
import { users } from '../../platform/auth/schema';
import type { Db } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/transaction';
import { rngFor } from '../country/random';
import { dossierStory, type Person } from './dossier-story';

export type DemoDossierOptions = {
  now: Date;
  seed?: number;
  /** The demo country's scale: a small country gets proportionally fewer dossiers (never more than at 1). */
  scale?: number;
  provinces?: { code: string; count: number }[];
};

const DEFAULT_PROVINCES = [
  { code: '01', count: 2400 },
  { code: '79', count: 500 },
  { code: '24', count: 400 },
];
const EXTRA_OFFICERS = ['Trần Thị Thu Hà', 'Lê Văn Đức', 'Phạm Minh Tuấn', 'Hoàng Thị Mai'];
const CHUNK = 400;

/** Deterministic UUID-shaped ids, so a reload with the same seed gives the same rows. */
function demoUuid(...parts: (string | number)[]): string {
  const r = rngFor(0x1d05, ...parts);
  const hex = Array.from({ length: 32 }, () => Math.floor(r.next() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

async function peopleOf(app: App, db: Db, province: string) {
  const rows = await db
    .select({ id: users.id, name: users.displayName, role: users.role, username: users.username })
    .from(users)
    .where(and(eq(users.scopeProvinceCode, province), inArray(users.role, ['board_officer', 'board_leader'])))
    .orderBy(asc(users.username));
  const officers: Person[] = rows
    .filter((u) => u.role === 'board_officer')
    .map((u) => ({ id: u.id, name: u.name, role: 'board_officer' }));
  const leaders: Person[] = rows
    .filter((u) => u.role === 'board_leader')
    .map((u) => ({ id: u.id, name: u.name, role: 'board_leader' }));
  // A desk needs a few officers for per-officer figures; demo accounts without a known password.
  for (const [i, name] of EXTRA_OFFICERS.entries()) {
    if (officers.length >= 4) break;
    const u = await app.services.auth.createUser(systemActor('demo-seed'), {
      username: `bql.${province}.canbo${i + 1}`,
      displayName: name,
      role: 'board_officer',
      password: `${randomBytes(12).toString('base64url')}#Aa1`,
      provinceCode: province,
      enterpriseId: null,
    });
    officers.push({ id: u.id, name, role: 'board_officer' });
  }
  if (leaders.length === 0) {
    const name = 'Nguyễn Văn Thành';
    const u = await app.services.auth.createUser(systemActor('demo-seed'), {
      username: `bql.${province}.lanhdao`,
      displayName: name,
      role: 'board_leader',
      password: `${randomBytes(12).toString('base64url')}#Aa1`,
      provinceCode: province,
      enterpriseId: null,
    });
    leaders.push({ id: u.id, name, role: 'board_leader' });
  }
  return { officers, leaders };
}

async function applicantsOf(app: App, db: Db, province: string) {
  const units = await app.services.geo.unitIdsIn(province);
  if (units.length === 0) return [];
  return db
    .selectDistinct({ id: enterprises.id, name: enterprises.nameVi, address: enterprises.address })
    .from(projects)
    .innerJoin(industrialParks, eq(industrialParks.id, projects.parkId))
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .where(inArray(industrialParks.adminUnitId, units))
    .orderBy(asc(enterprises.id))
    .limit(400);
}

export async function loadDemoDossiers(app: App, db: Db, options: DemoDossierOptions) {
  const [{ n }] = (await db.select({ n: sql<number>`count(*)::int` }).from(dossiers)) as [{ n: number }];
  if (n > 0) return { dossiers: 0, events: 0 };
  const seed = options.seed ?? 2026;
  const now = options.now;
  const firstDay = addDays(localDateOf(now), -730);
  const versions = await db
    .select({
      id: procedureVersions.id,
      code: procedureVersions.procedureCode,
      field: procedures.field,
      from: procedureVersions.effectiveFrom,
      to: procedureVersions.effectiveTo,
      definition: procedureVersions.definition,
    })
    .from(procedureVersions)
    .innerJoin(procedures, eq(procedures.code, procedureVersions.procedureCode));
  const calendar = await app.services.calendar.workingCalendar(
    Number(firstDay.slice(0, 4)),
    Number(localDateOf(now).slice(0, 4)) + 2,
  );
  const office = DEFAULT_OFFICE_HOURS;
  const dossierRows: (typeof dossiers.$inferInsert)[] = [];
  const eventRows: (typeof dossierEvents.$inferInsert)[] = [];
  const counters = new Map<string, number>();

  const share = Math.min(1, options.scale ?? 1);
  const provinces =
    options.provinces ?? DEFAULT_PROVINCES.map((p) => ({ ...p, count: Math.max(20, Math.round(p.count * share)) }));
  for (const p of provinces) {
    const { officers, leaders } = await peopleOf(app, db, p.code);
    const applicants = await applicantsOf(app, db, p.code);
    const agency = `BQL${p.code}`;
    const rng = rngFor(seed, 'onestop', p.code);
    const receipts = Array.from({ length: p.count }, () => {
      let day = addDays(firstDay, rng.int(0, 729));
      if (!calendar.isWorkingDay(day)) day = calendar.nextWorkingDay(day);
      return localInstant(day, '07:30').getTime() + rng.int(0, 9 * 60) * 60_000;
    })
      .filter((t) => t < now.getTime())
      .sort((a, b) => a - b);
    for (const [i, t] of receipts.entries()) {
      const receivedAt = new Date(t);
      const r = rngFor(seed, 'onestop', p.code, i);
      const day = localDateOf(receivedAt);
      // Only procedures with a version in force on the day of receipt (some start in 2025).
      const inForce = versions.filter((v) => v.from <= day && (v.to === null || v.to >= day));
      if (inForce.length === 0) continue;
      const version = r.pick(inForce.sort((a, b) => a.code.localeCompare(b.code)));
      const code = version.code;
      const definition = version.definition as ProcedureVersion;
      const channel = r.weighted([45, 45, 10]);
      const applicant = applicants.length ? r.pick(applicants) : null;
      const applicantName =
        applicant?.name ?? `Công ty TNHH Sản xuất ${r.pick(['Minh An', 'Hòa Phát', 'Thành Công', 'Việt Tiến'])}`;
      const story = dossierStory({
        rng: r,
        receivedAt,
        channel: (['online', 'in_person', 'post'] as const)[channel]!,
        version: definition,
        field: version.field,
        calendar,
        office,
        now,
        applicant: { id: '', name: applicantName, role: 'enterprise' },
        applicantName,
        desk: r.pick(officers),
        officer: r.pick(officers),
        leader: r.pick(leaders),
      });
      const key = `${agency}|${day}`;
      const seq = (counters.get(key) ?? 0) + 1;
      counters.set(key, seq);
      const id = demoUuid(seed, p.code, i);
      const assign = story.events.find((e) => e.type === 'assign');
      dossierRows.push({
        id,
        code: `${agency}-${day.slice(2).replaceAll('-', '')}-${String(seq).padStart(4, '0')}`,
        agencyCode: agency,
        provinceCode: p.code,
        procedureCode: code,
        procedureVersionId: version.id,
        caseKey: story.caseKey,
        resumeMode: 'restart',
        subject: definition.nameVi,
        applicantEnterpriseId: applicant?.id ?? null,
        applicantName,
        applicantIdNumber: null,
        applicantPhone: `024 3${String(r.int(100, 999))} ${String(r.int(1000, 9999))}`,
        applicantEmail: null,
        applicantAddress: applicant?.address ?? null,
        channel:
          story.events[0]?.type === 'submit_online' ? 'online' : (['online', 'in_person', 'post'] as const)[channel]!,
        state: story.state,
        unit: story.unit,
        officerId: assign ? String(assign.payload.officerId) : null,
        currentStep: story.currentStep,
        request: {},
        submittedAt: story.submittedAt,
        receivedAt: story.receivedAt,
        dueAt: story.dueAt,
        originalDueAt: story.originalDueAt,
        pausedAt: story.pausedAt,
        extensions: story.extensions,
        finishedAt: story.finishedAt,
        returnedAt: story.returnedAt,
        result: story.result,
        resultNote: story.resultNote,
        resultRef: null,
        timeliness: story.timeliness,
        createdAt: story.submittedAt ?? story.receivedAt,
        updatedAt: story.events[story.events.length - 1]!.at,
      });
      story.events.forEach((e, k) => {
        const actor = e.actor?.id ? e.actor : null;
        eventRows.push({
          id: demoUuid(seed, p.code, i, k),
          dossierId: id,
          seq: k + 1,
          type: e.type,
          at: e.at,
          actorId: actor?.role === 'enterprise' ? null : (actor?.id ?? null),
          actorName: e.actor?.name ?? 'Hệ thống',
          actorRole: e.actor?.role ?? 'system',
          fromState: e.fromState,
          toState: e.toState,
          reason: e.reason,
          payload: e.payload,
        });
      });
    }
  }
  await inTransaction(db, async (tx) => {
    for (let i = 0; i < dossierRows.length; i += CHUNK)
      await tx.insert(dossiers).values(dossierRows.slice(i, i + CHUNK));
    for (let i = 0; i < eventRows.length; i += CHUNK)
      await tx.insert(dossierEvents).values(eventRows.slice(i, i + CHUNK));
    const counterRows = [...counters.entries()].map(([k, lastSeq]) => {
      const [agencyCode, day] = k.split('|') as [string, string];
      return { agencyCode, day, lastSeq };
    });
    for (let i = 0; i < counterRows.length; i += CHUNK)
      await tx.insert(dossierCodeCounters).values(counterRows.slice(i, i + CHUNK));
    await recordAudit(tx, systemActor('demo-seed'), {
      action: 'demo.load_dossiers',
      entityType: 'demo_onestop_dossiers',
      entityId: `seed-${seed}`,
      after: { dossiers: dossierRows.length, events: eventRows.length },
    });
  });
  return { dossiers: dossierRows.length, events: eventRows.length };
}
