import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { FormRow, FormSection, FormTable } from '../contract';
import { computedLine, formNumberLine, issuerLines, MOTTO, periodLine, printedValue, scopeLine } from './form-file';
import { firstColumnText, hasRowLabels, headerGrid, numberRow } from './header-grid';

/**
 * A national form as a Word document in the official layout: Times New Roman, the header block
 * of an administrative document (issuing body on the left, the national motto on the right),
 * "Biểu ….H.QLKKT", the title in capitals, the period and notes, then each section's table with
 * its merged group headers and total row. Wide forms (2101, 2104, 2110 …) are A4 landscape.
 */
const FONT = 'Times New Roman';
const SIZE = 22; // half-points: 11 pt in tables
const para = (
  text: string,
  opts: {
    bold?: boolean;
    italics?: boolean;
    underline?: boolean;
    size?: number;
    align?: 'left' | 'center' | 'right';
  } = {},
) =>
  new Paragraph({
    alignment:
      opts.align === 'left' ? AlignmentType.LEFT : opts.align === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER,
    children: [
      new TextRun({
        text,
        font: FONT,
        bold: opts.bold ?? false,
        italics: opts.italics ?? false,
        ...(opts.underline ? { underline: {} } : {}),
        size: opts.size ?? 26,
      }),
    ],
  });

function headerBlock(form: FormTable): Table {
  const [issuer, unit] = issuerLines(form);
  const cell = (children: Paragraph[]) =>
    new TableCell({ children, width: { size: 50, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell([para(issuer, { size: 24 }), para(unit, { bold: true, size: 24 })]),
          cell([para(MOTTO[0], { bold: true, size: 24 }), para(MOTTO[1], { bold: true, underline: true, size: 26 })]),
        ],
      }),
    ],
  });
}

const tableCell = (text: string, opts: { bold?: boolean; align?: 'left' | 'center' | 'right'; indent?: number } = {}) =>
  new TableCell({
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment:
          opts.align === 'right'
            ? AlignmentType.RIGHT
            : opts.align === 'left'
              ? AlignmentType.LEFT
              : AlignmentType.CENTER,
        indent: opts.indent ? { left: opts.indent * 240 } : undefined,
        children: [new TextRun({ text, font: FONT, size: SIZE, bold: opts.bold ?? false })],
      }),
    ],
  });

function sectionTable(section: FormSection): Table {
  const grid = headerGrid(section);
  const rows: TableRow[] = [];
  for (let r = 0; r < grid.depth; r++) {
    const cells = grid.cells
      .filter((h) => h.row === r)
      .sort((a, b) => a.col - b.col)
      .map(
        (h) =>
          new TableCell({
            columnSpan: h.colSpan,
            rowSpan: h.rowSpan,
            verticalAlign: VerticalAlign.CENTER,
            shading: { fill: 'E8EEF5' },
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: h.text, font: FONT, size: SIZE, bold: true })],
              }),
            ],
          }),
      );
    rows.push(new TableRow({ tableHeader: true, children: cells }));
  }
  const numbers = numberRow(section);
  if (numbers) rows.push(new TableRow({ tableHeader: true, children: numbers.map((n) => tableCell(n ?? '')) }));
  const labels = hasRowLabels(section);
  const dataRow = (row: FormRow, total: boolean) => {
    const cells: TableCell[] = [];
    if (labels) {
      cells.push(
        tableCell(row.label?.vi ?? (total ? 'Tổng cộng' : ''), {
          bold: total || row.level === 0,
          align: 'left',
          indent: row.level,
        }),
      );
    }
    section.columns.forEach((column, i) => {
      let text =
        i === 0
          ? printedValue({ value: firstColumnText(row, section, total) }, column)
          : printedValue(row.cells[column.key], column);
      if (total && !labels && i === 0 && text === '') text = 'Tổng cộng';
      const heading = i === 0 && !labels && row.label !== null;
      cells.push(
        tableCell(text, {
          bold: total || (heading && row.level === 0),
          align: column.kind === 'text' ? 'left' : 'right',
          indent: heading ? row.level : 0,
        }),
      );
    });
    return new TableRow({ children: cells });
  };
  for (const row of section.rows) rows.push(dataRow(row, false));
  if (section.total) rows.push(dataRow(section.total, true));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

export async function formDocument(form: FormTable, reportCode: string | null): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    headerBlock(form),
    para(''),
    para(formNumberLine(form), { bold: true, align: 'right', size: 24 }),
    para(form.title.vi.toLocaleUpperCase('vi-VN'), { bold: true, size: 28 }),
    para(periodLine(form), { size: 26 }),
    para(scopeLine(form), { size: 24 }),
    ...form.notes.map((n) => para(n.vi, { italics: true, size: 22, align: 'left' })),
  ];
  for (const section of form.sections) {
    children.push(para(''));
    if (section.title) children.push(para(section.title.vi, { bold: true, align: 'left', size: 24 }));
    children.push(sectionTable(section));
  }
  children.push(para(''), para(computedLine(form, reportCode), { italics: true, size: 20, align: 'left' }));
  const doc = new Document({
    creator: 'IZA',
    title: `${formNumberLine(form)} – ${form.title.vi}`,
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: form.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
