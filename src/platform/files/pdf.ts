/**
 * PDF documents (pdfkit) with DejaVu Sans embedded from data/fonts: a font with every Vietnamese
 * letter, shipped with the product (never read from the operating system), so a PDF prints the
 * same on any server. Shared by every module that prints: a new document with the fonts
 * registered as `body` and `bold`, the Buffer it becomes, and a bordered table row that repeats
 * the header on a new page.
 */
import PDFDocument from 'pdfkit';
import { dataPath } from './csv';

export const PDF_FONTS = {
  regular: dataPath('fonts', 'DejaVuSans.ttf'),
  bold: dataPath('fonts', 'DejaVuSans-Bold.ttf'),
} as const;

export type PdfDoc = InstanceType<typeof PDFDocument>;

export type NewPdf = {
  doc: PdfDoc;
  /** Resolves with the whole file once `doc.end()` is called. */
  done: Promise<Buffer>;
  /** Width between the margins. */
  width: number;
};

export function newPdf(options: {
  title: string;
  size?: 'A4' | 'A5';
  layout?: 'portrait' | 'landscape';
  margin?: number;
}): NewPdf {
  const margin = options.margin ?? 50;
  const doc = new PDFDocument({
    size: options.size ?? 'A4',
    layout: options.layout ?? 'portrait',
    margin,
    info: { Title: options.title, Creator: 'IZA' },
  });
  doc.registerFont('body', PDF_FONTS.regular);
  doc.registerFont('bold', PDF_FONTS.bold);
  doc.font('body');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done, width: doc.page.width - 2 * margin };
}

export type PdfTableOptions = {
  /** Column widths; a row with a single cell spans them all. */
  widths: readonly number[];
  header: readonly string[];
  fontSize?: number;
  /** Column alignment; default left. */
  align?: readonly ('left' | 'right' | 'center')[];
  headerFill?: string;
  headerAlign?: 'left' | 'center';
};

/**
 * Draws one bordered row at the cursor and moves below it; on a page break the header is drawn
 * again first. Call with `options.header` for the header row itself.
 */
export function pdfTableRow(doc: PdfDoc, cells: readonly string[], bold: boolean, options: PdfTableOptions): void {
  const size = options.fontSize ?? 9;
  const total = options.widths.reduce((a, b) => a + b, 0);
  const widthOf = (i: number) => (cells.length === 1 ? total : options.widths[i]!);
  const isHeader = cells === options.header;
  doc.font(bold || isHeader ? 'bold' : 'body').fontSize(size);
  const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widthOf(i) - 8 }))) + 6;
  if (doc.y + h > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
    if (!isHeader) pdfTableRow(doc, options.header, true, options);
    doc.font(bold ? 'bold' : 'body').fontSize(size);
  }
  const left = doc.page.margins.left;
  const y = doc.y;
  let x = left;
  cells.forEach((c, i) => {
    const w = widthOf(i);
    if (isHeader) {
      doc
        .rect(x, y, w, h)
        .fillAndStroke(options.headerFill ?? '#eef2f7', '#000000')
        .fillColor('#000000');
    } else doc.rect(x, y, w, h).lineWidth(0.5).stroke();
    doc.text(c, x + 4, y + 3, {
      width: w - 8,
      align: isHeader ? (options.headerAlign ?? 'left') : (options.align?.[i] ?? 'left'),
    });
    x += w;
  });
  doc.x = left;
  doc.y = y + h;
}
