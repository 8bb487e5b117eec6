/**
 * The product's own data folder (data/) and a small RFC 4180 CSV reader for the reference files
 * shipped in it. Nothing here reads ../shared: the product carries its data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const DATA_DIR = path.resolve(import.meta.dirname, '../../../data');

export const dataPath = (...parts: string[]): string => path.join(DATA_DIR, ...parts);

export const readText = (...parts: string[]): string => readFileSync(dataPath(...parts), 'utf8').replace(/^\uFEFF/, '');

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

/** Rows as objects keyed by the header; a missing column is an error, not an empty string. */
export function readCsv(...parts: string[]): Record<string, string>[] {
  const [rawHeader, ...rows] = parseCsv(readText(...parts));
  if (!rawHeader) return [];
  const header = rawHeader.map((name) => name.trim().normalize('NFC'));
  return rows.map((cells, line) => {
    if (cells.length !== header.length) {
      throw new Error(`${parts.join('/')}: row ${line + 2} has ${cells.length} fields, expected ${header.length}`);
    }
    return Object.fromEntries(header.map((name, i) => [name, cells[i]!.normalize('NFC')]));
  });
}

export const field = (row: Record<string, string>, name: string): string => {
  const value = row[name];
  if (value === undefined) throw new Error(`Missing column ${name}`);
  return value;
};
