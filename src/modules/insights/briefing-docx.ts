/**
 * A briefing as a Word document: title, the prose, the table (figure, unit, value, country, share)
 * grouped by section, and the notes (units, the rate, what is live). Times New Roman 13 pt as
 * Vietnamese administrative documents are set (Nghị định 30/2020/NĐ-CP), A4 portrait.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatDateTime } from '../../kernel/format';
import type { Briefing, BriefingFigure } from './contract';
import { SECTION_TITLES } from './figure-definitions';
import { viDecimal } from './prose';

const FONT = 'Times New Roman';
const SIZE = 26; // half-points: 13 pt

const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, size: options.size ?? SIZE, bold: options.bold, italics: options.italics });

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: line, bottom: line, left: line, right: line };

function cell(text: string, options: { bold?: boolean; right?: boolean; width: number; span?: number }) {
  return new TableCell({
    borders,
    columnSpan: options.span,
    width: { size: options.width, type: WidthType.PERCENTAGE },
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [run(text, { bold: options.bold, size: 22 })],
      }),
    ],
  });
}

/** The printed value of a figure: vi-VN digits with its unit's decimals, "–" when unknown. */
export function printedValue(value: string | null, unit: string): string {
  if (value === null) return '–';
  return viDecimal(value, unit === 'ha' || unit === 'triệu USD' || unit === 'tỷ đồng' || unit === '%' ? 2 : 0);
}

const shareText = (f: BriefingFigure) => (f.share === null ? '' : `${viDecimal(f.share, 1)}%`);

export function briefingTableRows(b: Briefing): string[][] {
  const rows: string[][] = [];
  let section: string | null = null;
  for (const f of b.figures) {
    if (f.section !== section) {
      section = f.section;
      rows.push([SECTION_TITLES[f.section].vi]);
    }
    rows.push([f.label.vi, f.unit, printedValue(f.value, f.unit), printedValue(f.national, f.unit), shareText(f)]);
  }
  return rows;
}

export async function briefingDocx(b: Briefing): Promise<Buffer> {
  const widths = [44, 12, 16, 16, 12];
  const header = new TableRow({
    tableHeader: true,
    children: ['Chỉ tiêu', 'Đơn vị', b.set.kind === 'country' ? 'Cả nước' : b.set.name, 'Cả nước', 'Tỷ trọng'].map(
      (h, i) => cell(h, { bold: true, width: widths[i]!, right: i >= 2 }),
    ),
  });
  const body = briefingTableRows(b).map(
    (r) =>
      new TableRow({
        children:
          r.length === 1
            ? [cell(r[0]!, { bold: true, width: 100, span: 5 })]
            : r.map((text, i) => cell(text, { width: widths[i]!, right: i >= 2 })),
      }),
  );
  const doc = new Document({
    creator: 'IZA',
    title: b.title,
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [run(b.title.toUpperCase(), { bold: true, size: 28 })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [run(`(Số liệu tính đến ngày ${b.to.split('-').reverse().join('/')})`, { italics: true })],
          }),
          ...b.paragraphs.map(
            (p) =>
              new Paragraph({
                alignment: AlignmentType.JUSTIFIED,
                spacing: { after: 120 },
                indent: { firstLine: 567 },
                children: [run(p)],
              }),
          ),
          new Paragraph({ spacing: { before: 240, after: 120 }, children: [run('Bảng số liệu', { bold: true })] }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] }),
          new Paragraph({ spacing: { before: 240 }, children: [run('Ghi chú:', { bold: true, size: 22 })] }),
          ...b.notes.map((n) => new Paragraph({ children: [run(`– ${n}`, { size: 22 })] })),
          new Paragraph({
            spacing: { before: 120 },
            children: [run(`Lập lúc ${formatDateTime(b.computedAt)} từ hệ thống IZA.`, { italics: true, size: 20 })],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
