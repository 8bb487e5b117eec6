/**
 * List forms kept for paging (tables `statistics_kept_forms` and `…_chunks`, migration 0028).
 *
 * A country-wide list form at ten times national scale has tens of thousands of rows; computing it
 * takes up to a second and a half, and a screen shows a hundred rows. So the first read of a form
 * for a period and scope computes it whole and keeps it, its rows a hundred to a chunk; later reads
 * of any page read one or two chunks. Writes keep it live: every write that drops kept sums drops
 * the kept forms of its units in the same transaction (and a write to a table only forms read drops
 * every kept form), so a read after a write computes the form again.
 *
 * A build never stores a form a write has overtaken, and never blocks writes while it computes:
 * 1. it announces itself: a row with no table, committed;
 * 2. it waits for the writes in flight on its units (their lock rows, for share) and lets go;
 * 3. it computes the form;
 * 4. it stores the rows only if its row is still there, unfinished, with its id.
 * A write either ran before step 1 (then step 2 waits for it to commit and step 3 reads it) or
 * after (then it deleted the row of step 1, and step 4 stores nothing).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import type { FormRow, FormTable } from './contract';
import { jsonbValue, rowsOf } from './facts/sql';

/** Rows per stored chunk: the web's page size, so a page reads one chunk, two when unaligned. */
export const CHUNK_ROWS = 100;
/** Chunks per insert statement (a country's 2113 is ~200 chunks of ~130 kB). */
const CHUNKS_PER_INSERT = 20;

export type KeptFormKey = {
  form: string;
  period: string;
  /** 'country' or the province code. */
  scopeKey: string;
  /** The admin units whose writes change the form; null = every unit (the country). */
  units: readonly string[] | null;
  periodEnd: string;
};

export type PageRequest = { page: number; pageSize: number };

/** A section of a kept form without its rows, and how many it has. */
type KeptHeader = Omit<FormTable, 'sections'> & {
  sections: (Omit<FormTable['sections'][number], 'rows'> & { rowCount: number })[];
};

/**
 * The rows [from, to) of a section on a page: a section longer than a page gives the page's rows, a
 * shorter one all of its rows.
 */
function rowsOnPage(rowCount: number, page: PageRequest): [number, number] {
  if (rowCount <= page.pageSize) return [0, rowCount];
  const from = (page.page - 1) * page.pageSize;
  return [from, Math.min(from + page.pageSize, rowCount)];
}

/** The page of the form: each section's rows on the page (rowsOnPage), its total row, its row count. */
export function pageOf(table: FormTable, page: PageRequest): FormTable {
  return {
    ...table,
    paging: page,
    sections: table.sections.map((s) => ({
      ...s,
      rows: s.rows.slice(...rowsOnPage(s.rows.length, page)),
      rowCount: s.rows.length,
    })),
  };
}

/** The page from the kept form, computing and keeping the form first when it is not kept. */
export async function keptFormPage(
  db: Db,
  key: KeptFormKey,
  page: PageRequest,
  compute: () => Promise<FormTable>,
): Promise<FormTable> {
  const kept = await readPage(db, key, page);
  if (kept) return kept;
  const table = await buildAndKeep(db, key, compute);
  return pageOf(table, page);
}

async function readPage(db: Db, key: KeptFormKey, page: PageRequest): Promise<FormTable | null> {
  const from = (page.page - 1) * page.pageSize;
  const first = Math.floor(from / CHUNK_ROWS);
  const last = Math.floor((from + page.pageSize - 1) / CHUNK_ROWS);
  // One statement, so the header and its chunks are of the same build (a write may drop both).
  const rows = await rowsOf(
    db,
    sql`select k.header, c.section, c.chunk, c.rows from statistics_kept_forms k
        left join statistics_kept_form_chunks c on c.form_id = k.id
          and (c.chunk between ${first} and ${last} or c.chunk * ${CHUNK_ROWS} < ${page.pageSize})
        where k.form = ${key.form} and k.period = ${key.period} and k.scope_key = ${key.scopeKey}
          and k.header is not null
        order by c.section, c.chunk`,
  );
  if (rows.length === 0) return null;
  const header = jsonbValue<KeptHeader>(rows[0]!.header);
  // Per section, its chunks by number: the page's, and the first ones (a short section's whole).
  const chunks = new Map<number, Map<number, FormRow[]>>();
  for (const r of rows) {
    if (r.section === null || r.section === undefined) continue;
    const s = Number(r.section);
    const of = chunks.get(s) ?? new Map<number, FormRow[]>();
    of.set(Number(r.chunk), jsonbValue<FormRow[]>(r.rows));
    chunks.set(s, of);
  }
  return {
    ...header,
    paging: page,
    sections: header.sections.map((s, i) => {
      const [a, b] = rowsOnPage(s.rowCount, page);
      const firstChunk = Math.floor(a / CHUNK_ROWS);
      const rowsFrom = Array.from(
        { length: Math.max(0, Math.ceil(b / CHUNK_ROWS) - firstChunk) },
        (_, k) => chunks.get(i)?.get(firstChunk + k) ?? [],
      ).flat();
      const offset = a - firstChunk * CHUNK_ROWS;
      return { ...s, rows: rowsFrom.slice(offset, offset + b - a) };
    }),
  };
}

async function buildAndKeep(db: Db, key: KeptFormKey, compute: () => Promise<FormTable>): Promise<FormTable> {
  const units = key.units === null ? null : `{${key.units.join(',')}}`;
  // 1. Announce (or take over an unfinished build: the earlier builder then stores nothing).
  const announced = await rowsOf(
    db,
    sql`insert into statistics_kept_forms (form, period, scope_key, units, period_end)
        values (${key.form}, ${key.period}, ${key.scopeKey}, ${units}::text[], ${key.periodEnd})
        on conflict (form, period, scope_key) do update
          set id = gen_random_uuid(), units = excluded.units, period_end = excluded.period_end, built_at = now()
          where statistics_kept_forms.header is null
        returning id`,
  );
  const id = announced[0]?.id;
  // 2. Wait for the writes in flight on the scope's units, and on the tables only forms read (row
  // '*'). Every province unit has its lock row, so a write in a unit new to the kept sums is
  // waited for too.
  await db.transaction(async (tx) => {
    await tx.execute(
      sql`insert into statistics_unit_locks (unit_id) select id from geo_admin_units union select '*'
          on conflict do nothing`,
    );
    await tx.execute(
      units === null
        ? sql`select 1 from statistics_unit_locks order by unit_id for share`
        : sql`select 1 from statistics_unit_locks where unit_id = '*' or unit_id = any(${units}::text[])
              order by unit_id for share`,
    );
  });
  // 3. Compute.
  const table = await compute();
  // 4. Keep, unless a write dropped the announcement (or another build took it over). When the
  // form was kept by another build between our read and step 1, there is nothing to announce.
  if (id !== undefined) await store(db, String(id), table);
  return table;
}

async function store(db: Db, id: string, table: FormTable): Promise<void> {
  const header: KeptHeader = {
    ...table,
    sections: table.sections.map(({ rows, ...s }) => ({ ...s, rowCount: rows.length })),
  };
  const chunks: { s: number; c: number; r: FormRow[] }[] = [];
  table.sections.forEach((s, i) => {
    for (let c = 0; c * CHUNK_ROWS < s.rows.length; c++) {
      chunks.push({ s: i, c, r: s.rows.slice(c * CHUNK_ROWS, (c + 1) * CHUNK_ROWS) });
    }
  });
  await db.transaction(async (tx) => {
    const done = await rowsOf(
      tx,
      sql`update statistics_kept_forms set header = ${JSON.stringify(header)}::jsonb, built_at = now()
          where id = ${id} and header is null returning id`,
    );
    if (done.length === 0) return;
    for (let i = 0; i < chunks.length; i += CHUNKS_PER_INSERT) {
      await tx.execute(
        sql`insert into statistics_kept_form_chunks (form_id, section, chunk, rows)
            select ${id}, (x->>'s')::int, (x->>'c')::int, x->'r'
            from jsonb_array_elements(${JSON.stringify(chunks.slice(i, i + CHUNKS_PER_INSERT))}::jsonb) x`,
      );
    }
  });
}

/** Forms kept by an earlier version of the product may be computed differently: dropped at start. */
export async function dropKeptForms(db: Db): Promise<void> {
  await db.execute(sql`delete from statistics_kept_forms`);
}
