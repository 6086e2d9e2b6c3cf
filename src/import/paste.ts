/**
 * Rows pasted into the measures section: an HTML table (copied from Word, a web page or
 * Excel) or tab-separated text (Excel, a plain-text copy). Read without the DOM, so the
 * same code runs in the tests.
 */
import { clean, type Cell } from './blocks';
import { decodeEntities } from './xml';
import { readMeasureTable, type FoundTable } from './tables';
import { fieldOfHeader, type Field } from './columns';
import { ImportError } from './errors';

const HTML_ENTITIES: Record<string, string> = {
  nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', bull: '•', laquo: '«', raquo: '»', shy: '',
  aelig: 'æ', oslash: 'ø', aring: 'å', AElig: 'Æ', Oslash: 'Ø', Aring: 'Å', eacute: 'é', Eacute: 'É',
};
const htmlText = (s: string) => decodeEntities(s.replace(/&([a-zA-Z]+);/g, (m, e: string) => HTML_ENTITIES[e] ?? m));

/** The tables of an HTML fragment, cells with colspan/rowspan. Nested tables become text. */
export function htmlTables(html: string): Cell[][][] {
  const tables: Cell[][][] = [];
  const stack: { rows: Cell[][]; row?: Cell[]; cell?: Cell & { buf: string } }[] = [];
  const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, '');
  const TAG = /<(\/?)([a-zA-Z][\w:-]*)([^>]*)>|([^<]+)/g;
  for (const m of body.matchAll(TAG)) {
    const top = stack[stack.length - 1];
    if (m[4] !== undefined) {
      if (top?.cell) top.cell.buf += htmlText(m[4]);
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    const attrs = m[3];
    const num = (a: string) => Math.max(1, Math.min(64, Number(new RegExp(`${a}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs)?.[1] ?? 1)));
    if (name === 'table') {
      if (!closing) stack.push({ rows: [] });
      else {
        const done = stack.pop();
        const outer = stack[stack.length - 1];
        if (done && outer?.cell) outer.cell.buf += ` ${done.rows.map((r) => r.map((c) => c.text).join(' – ')).join(' ')} `;
        else if (done?.rows.length) tables.push(done.rows);
      }
    } else if (!top) continue;
    else if (name === 'tr') {
      if (!closing) top.row = [];
      else { if (top.row) top.rows.push(top.row); top.row = undefined; }
    } else if (name === 'td' || name === 'th') {
      if (!closing) top.cell = { text: '', span: num('colspan'), rowSpan: num('rowspan'), buf: '' };
      else if (top.cell) {
        const { buf, ...cell } = top.cell;
        (top.row ??= []).push({ ...cell, text: clean(buf) });
        top.cell = undefined;
      }
    } else if (top.cell && (name === 'br' || name === 'p' || name === 'li' || name === 'div')) {
      top.cell.buf += ' ';
    }
  }
  return tables;
}

/** Tab-separated text as rows; a quoted cell («"a\tb"») may hold tabs and line breaks, as Excel writes them. */
export function tsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows.map((r) => r.map(clean)).filter((r) => r.some(Boolean));
}

/** Rows without a header the import knows: the first column is the measure, the user maps the rest. */
function headerless(rows: Cell[][], index: number): FoundTable {
  const width = Math.max(...rows.map((r) => r.reduce((n, c) => n + c.span, 0)));
  const guess = rows[0].map((c) => fieldOfHeader(c.text));
  const hasHeader = guess.filter(Boolean).length >= 2;
  const body = hasHeader ? rows.slice(1) : rows;
  return {
    origin: { kind: 'paste', index },
    columns: Array.from({ length: width }, (_, i): { header: string; field: Field } => ({
      header: hasHeader ? clean(rows[0][i]?.text ?? '') : '',
      field: (hasHeader ? guess[i] : undefined) ?? (i === 0 ? 'description' : 'note'),
    })),
    rows: body.map((r) => ({ cells: Array.from({ length: width }, (_, i) => r[i]?.text ?? ''), include: true })).filter((r) => r.cells.some(Boolean)),
  };
}

/** What was pasted, as measure tables for the preview. HTML wins over the plain text when both are on the clipboard. */
export function readPaste(html: string | undefined, text: string | undefined): FoundTable[] {
  const fromHtml = html ? htmlTables(html) : [];
  const sources = fromHtml.length ? fromHtml : [tsvRows(text ?? '').map((r) => r.map((t) => ({ text: t, span: 1 })))].filter((t) => t.length);
  const found = sources.map((rows, i) => {
    const table = readMeasureTable(rows, i + 1) ?? headerless(rows, i + 1);
    return { ...table, origin: { kind: 'paste' as const, index: i + 1 } };
  }).filter((t) => t.rows.length);
  if (!found.length) throw new ImportError('empty-paste');
  return found;
}
