/**
 * Excel import speed: a filled template of N enterprises, then N projects (each with its
 * enterprise and an investor on the second sheet), imported by a Board officer through the
 * same path as an upload (read, check with the API contracts, write through the services in one
 * transaction). Prints rows per second of the write phase and of the whole file.
 * N = IZA_BENCH_IMPORT_ROWS (default 10,000).
 */
import { randomInt } from 'node:crypto';
import type { App } from '../src/app';
import type { ImportJob, ImportKind } from '../src/modules/registry-io/contract';
import { fillTemplate, type RowValues } from '../src/modules/registry-io/fill-template';
import { IMPORT_DEFINITIONS } from '../src/modules/registry-io/templates';
import { type SystemActor, systemActor, type UserActor } from '../src/platform/auth/actor';

type Record = (name: string, value: string) => void;
type Format = (n: number, digits?: number) => string;

async function timedImport(app: App, actor: UserActor, kind: ImportKind, rows: { [sheet: string]: RowValues[] }) {
  const io = app.services.registryIo;
  const file = await fillTemplate((await io.template(actor, kind)).data, IMPORT_DEFINITIONS[kind], rows);
  const started = performance.now();
  const job: ImportJob = await io.importNow(actor, kind, file, `bench-${kind}.xlsx`);
  const seconds = (performance.now() - started) / 1000;
  if (job.status !== 'succeeded') {
    throw new Error(`${kind} import ${job.status}: ${JSON.stringify(job.problems.slice(0, 3))}`);
  }
  return { job, seconds, bytes: file.length };
}

export async function importBenchmarks(app: App, engine: string, record: Record, fmt: Format) {
  const n = Number(process.env.IZA_BENCH_IMPORT_ROWS ?? 10_000);
  const system: SystemActor = systemActor('bench');
  const username = `bench.import.${Date.now()}`;
  const user = await app.services.auth.createUser(system, {
    username,
    displayName: 'Bench import',
    role: 'board_officer',
    password: 'Bench-mat-khau-2026',
    provinceCode: '01',
  });
  const actor: UserActor = {
    kind: 'user',
    id: user.id,
    username,
    displayName: 'Bench import',
    role: 'board_officer',
    scope: { provinceCode: '01', enterpriseId: null },
    locale: 'vi',
  };
  // Codes unique to this run, so the benchmark can run again on the same PostgreSQL database.
  const run = String(randomInt(10_000, 99_999));
  const taxCode = (i: number) => `01${run.slice(0, 3)}${String(i).padStart(5, '0')}`;

  const enterprises = await timedImport(app, actor, 'enterprises', {
    'Doanh nghiệp': Array.from({ length: n }, (_, i) => ({
      taxCode: taxCode(i),
      nameVi: `Công ty TNHH Sản xuất Đông Á ${run}-${i}`,
      address: `Lô ${i + 1}, Khu công nghiệp Thăng Long`,
      province: '01 · Thành phố Hà Nội',
      sectors: '26100',
    })),
  });
  const label = `import ${fmt(n)} enterprises (${engine}, ${fmt(enterprises.bytes / 1024)} KiB)`;
  record(`${label}, rows/s written`, fmt(enterprises.job.rowsPerSecond ?? 0));
  record(`${label}, whole file s`, fmt(enterprises.seconds, 1));

  const parkCode = `BENCH-${run}`;
  await app.services.zones.createPark(system, {
    code: parkCode,
    name: `KCN đo tốc độ ${run}`,
    kinds: [],
    adminUnitId: '34:01',
  });
  await app.services.investment.createInvestor(system, {
    kind: 'organisation',
    name: `Samsung Electronics ${run}`,
    nationality: 'KR',
    identifier: `KR-${run}`,
  });
  const codes = Array.from({ length: n }, (_, i) => `B${run}${String(i).padStart(5, '0')}`);
  const projects = await timedImport(app, actor, 'projects', {
    'Dự án': codes.map((code, i) => ({
      code,
      name: `Dự án sản xuất linh kiện điện tử ${code}`,
      enterprise: taxCode(i),
      locationKind: 'Trong KCN',
      park: parkCode,
      type: 'Sản xuất, kinh doanh',
      sectors: '26100',
      land: 1.5,
      date: new Date(Date.UTC(2020, 1, 1)),
      capital: 1_000_000 + i,
      currency: 'USD',
    })),
    'Nhà đầu tư góp vốn': codes.map((code) => ({ code, investor: `KR-${run}`, share: 100 })),
  });
  const plabel = `import ${fmt(n)} projects + investors (${engine}, ${fmt(projects.bytes / 1024)} KiB)`;
  record(`${plabel}, rows/s written`, fmt(projects.job.rowsPerSecond ?? 0));
  record(`${plabel}, whole file s`, fmt(projects.seconds, 1));
}
