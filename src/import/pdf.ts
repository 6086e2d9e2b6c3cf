/**
 * Reads a PDF's text layer with pdfjs-dist (its legacy build, which also runs in browsers
 * a few years old and in Node; loaded only here, only when a user imports a PDF) and rebuilds what it can of the layout: lines from positioned text, headings from
 * larger type, and table rows from text that lines up in columns under a measure header.
 * A scanned PDF has no text layer and is refused with a message saying so.
 */
import { clean, type Block, type Cell } from './blocks';
import { fieldOfHeader, MEASURE_FIELDS } from './columns';
import { ImportError, IMPORT_LIMITS } from './errors';

export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Segment { x: number; end: number; text: string }
interface Line { y: number; height: number; segments: Segment[]; page: number }

/** Items of one page grouped into lines (top to bottom), each split into segments where a wide gap separates text. */
export function toLines(items: PdfItem[], page: number): Line[] {
  const sorted = items.filter((i) => i.str.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; height: number; items: PdfItem[] }[] = [];
  for (const item of sorted) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.max(2, Math.min(l.height, item.height) * 0.4));
    if (line) { line.items.push(item); line.height = Math.max(line.height, item.height); }
    else lines.push({ y: item.y, height: item.height, items: [item] });
  }
  lines.sort((a, b) => b.y - a.y);
  return lines.map((l) => {
    const parts = l.items.sort((a, b) => a.x - b.x);
    const segments: Segment[] = [];
    for (const p of parts) {
      const last = segments[segments.length - 1];
      const gap = last ? p.x - last.end : Infinity;
      if (last && gap < Math.max(6, l.height * 1.2)) {
        last.text += (gap > l.height * 0.15 && !last.text.endsWith(' ') && !p.str.startsWith(' ') ? ' ' : '') + p.str;
        last.end = Math.max(last.end, p.x + p.width);
      } else {
        segments.push({ x: p.x, end: p.x + p.width, text: p.str });
      }
    }
    return { y: l.y, height: l.height, page, segments: segments.map((s) => ({ ...s, text: clean(s.text) })).filter((s) => s.text) };
  });
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}

/** A line that is a measure table's header: its segments name a description and another measure field. */
function headerColumns(line: Line): number[] | undefined {
  if (line.segments.length < 2) return undefined;
  const fields = line.segments.map((s) => fieldOfHeader(s.text));
  if (!fields.includes('description') || !fields.some((f) => f && MEASURE_FIELDS.includes(f))) return undefined;
  // A header names its columns: most segments are field names (a measure row like «Tiltak 1: … | Indikator for …» is not).
  if (fields.filter(Boolean).length < Math.ceil(fields.length * 0.6)) return undefined;
  return line.segments.map((s) => s.x);
}

/** Lines → blocks: headings by size, paragraphs, and tables under a measure header line. */
export function linesToBlocks(lines: Line[]): Block[] {
  const body = median(lines.map((l) => l.height)) || 10;
  const blocks: Block[] = [];
  let table: { columns: number[]; header: string[]; rows: Cell[][]; current?: string[]; lastY: number; page: number } | undefined;
  let para: string[] = [];
  let lastHeading: Line | undefined;
  const flushPara = () => {
    if (para.length) blocks.push({ kind: 'paragraph', text: clean(para.join(' ')), list: false });
    para = [];
  };
  const flushRow = () => {
    if (table?.current) table.rows.push(table.current.map((text) => ({ text: clean(text), span: 1 })));
    if (table) table.current = undefined;
  };
  const endTable = () => {
    if (!table) return;
    flushRow();
    blocks.push({ kind: 'table', rows: [table.header.map((text) => ({ text, span: 1 })), ...table.rows] });
    table = undefined;
  };
  const columnOf = (x: number, columns: number[]) => {
    let best = 0;
    columns.forEach((c, i) => { if (x >= c - 4) best = i; });
    return best;
  };

  for (const line of lines) {
    const text = line.segments.map((s) => s.text).join(' ');
    const columns = headerColumns(line);
    if (columns && table && line.segments.map((s) => s.text).join('|') === table.header.join('|')) {
      // The header repeated at the top of a new page: the same table goes on, and a row cut by the page break too.
      table.lastY = line.y;
      table.page = line.page;
      continue;
    }
    if (columns) {
      flushPara();
      endTable();
      table = { columns, header: line.segments.map((s) => s.text), rows: [], lastY: line.y, page: line.page };
      continue;
    }
    const isHeading = line.height > body * 1.15 && text.length < 120 && line.segments.length === 1;
    if (table) {
      if (isHeading) { endTable(); }
      else {
        const gap = line.page === table.page ? table.lastY - line.y : body * 1.2;
        const startsLeft = line.segments[0].x < table.columns[0] - body * 2;
        if (startsLeft || gap > body * 4) endTable();
        else {
          // A single segment starting in the first column that runs across several columns is a section row.
          const only = line.segments.length === 1 ? line.segments[0] : undefined;
          const one = !!only && (only.end > (table.columns[2] ?? table.columns[1] ?? Infinity) + body
            // «1. Forebygging», «Innsatsområde 2: …» alone on a line in the first column (wrapped cell text goes on in lower case).
            || (/^(?:\d+(?:\.\d+)*\.?\s+\p{Lu}|(?:innsatsområde|satsingsområde|tema)\b)/iu.test(only.text)));
          if (one && columnOf(line.segments[0].x, table.columns) === 0) {
            flushRow();
            table.rows.push([{ text: line.segments[0].text, span: table.columns.length }]);
          } else {
            // A new row begins after a gap larger than the line spacing inside a cell, or with a line that fills
            // several columns and does not go on with a lower-case word (text wrapped inside the cells).
            const used = new Set(line.segments.map((s) => columnOf(s.x, table!.columns)));
            const continues = /^\p{Ll}/u.test(line.segments[0].text);
            if (!table.current || gap > body * 1.75 || (used.size >= 2 && !continues)) { flushRow(); table.current = table.columns.map(() => ''); }
            for (const s of line.segments) {
              const c = columnOf(s.x, table.columns);
              table.current[c] = table.current[c] ? `${table.current[c]} ${s.text}` : s.text;
            }
          }
          table.lastY = line.y;
          table.page = line.page;
          continue;
        }
      }
    }
    if (isHeading) {
      flushPara();
      const last = blocks[blocks.length - 1];
      // A heading wrapped over two lines of the same size is one heading.
      if (last?.kind === 'heading' && lastHeading && Math.abs(lastHeading.height - line.height) < 0.5 && lastHeading.y - line.y < line.height * 1.6) last.text = clean(`${last.text} ${text}`);
      else blocks.push({ kind: 'heading', level: line.height > body * 1.6 ? 1 : 2, text: clean(text) });
      lastHeading = line;
      continue;
    }
    const bullet = /^[•●▪◦\-–·]\s*/.exec(text);
    if (bullet) {
      flushPara();
      blocks.push({ kind: 'paragraph', text: clean(text.slice(bullet[0].length)), list: true });
      continue;
    }
    para.push(text);
    // A line ending a sentence, or a short line, ends the paragraph.
    if (/[.!?:]$/.test(text)) flushPara();
  }
  flushPara();
  endTable();
  return blocks;
}

/** The text of the PDF, page by page, and its blocks. Throws ImportError for password, damage or no text. */
export async function readPdf(bytes: Uint8Array, workerSrc?: string): Promise<{ blocks: Block[]; text: string; pages: number; title?: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  if (workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
  const task = pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, stopAtErrors: false, verbosity: 0 });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') throw new ImportError('password');
    throw new ImportError('damaged');
  }
  try {
    const lines: Line[] = [];
    const texts: string[] = [];
    const pages = Math.min(doc.numPages, IMPORT_LIMITS.pdfPages);
    for (let n = 1; n <= pages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        items.push({ str: it.str, x: it.transform[4], y: it.transform[5], width: it.width, height: it.height || Math.abs(it.transform[3]) });
      }
      const pageLines = toLines(items, n);
      lines.push(...pageLines);
      texts.push(pageLines.map((l) => l.segments.map((s) => s.text).join('\t')).join('\n'));
      page.cleanup();
    }
    const text = texts.join('\n\n').trim();
    if (text.replace(/\s/g, '').length < 20) throw new ImportError('no-text');
    const metadata = await doc.getMetadata().catch(() => undefined);
    const info = metadata?.info as { Title?: string } | undefined;
    return { blocks: linesToBlocks(lines), text, pages: doc.numPages, title: info?.Title ? clean(info.Title) : undefined };
  } finally {
    await task.destroy();
  }
}
