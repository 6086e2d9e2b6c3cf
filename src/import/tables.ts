/**
 * Finding the measure tables of an old plan: expand merged cells to a grid, find the
 * header row by its words, and read the rows. A row that spans the whole table (or a
 * vertically merged first column) names the focus area of the rows under it; the heading
 * above the table does too. A table without a measure header is left alone.
 */
import { clean, type Block, type Cell } from './blocks';
import { fieldOfHeader, MEASURE_FIELDS, type Field } from './columns';

export interface ImportColumn {
  header: string;
  field: Field;
}

export interface ImportRow {
  cells: string[];
  focusArea?: string;
  goal?: string;
  include: boolean;
}

export interface FoundTable {
  /** Where it came from: «Tabell 2», «Liste under …», «Utklipp». */
  origin: { kind: 'table' | 'list' | 'paste' | 'pdf'; index: number; heading?: string };
  columns: ImportColumn[];
  rows: ImportRow[];
}

interface GridCell {
  text: string;
  /** Copied from a merged cell: to the right (gridSpan) or from above (vMerge, rowspan). */
  merged?: 'h' | 'v';
}

/** The table as a rectangle: every grid position filled, merged cells repeated where they reach. */
export function toGrid(rows: Cell[][]): GridCell[][] {
  const grid: GridCell[][] = [];
  const pendingRowSpans: { col: number; left: number; text: string; span: number }[] = [];
  rows.forEach((row, r) => {
    const out: GridCell[] = [];
    let col = 0;
    const placeRowSpans = () => {
      for (;;) {
        const p = pendingRowSpans.find((s) => s.col === col && s.left > 0);
        if (!p) return;
        for (let k = 0; k < p.span; k++) out[col + k] = { text: p.text, merged: 'v' };
        p.left--;
        col += p.span;
      }
    };
    for (const cell of row) {
      placeRowSpans();
      const text = cell.text;
      for (let k = 0; k < cell.span; k++) {
        if (cell.vMerge === 'continue') {
          const above = grid[r - 1]?.[col + k];
          out[col + k] = { text: above?.text ?? '', merged: 'v' };
        } else {
          out[col + k] = k === 0 ? { text } : { text, merged: 'h' };
        }
      }
      if (cell.rowSpan && cell.rowSpan > 1) pendingRowSpans.push({ col, left: cell.rowSpan - 1, text, span: cell.span });
      col += cell.span;
    }
    placeRowSpans();
    grid.push(out);
  });
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? { text: '' }));
}

/** A row that is one cell across the whole table (a section row). */
function sectionText(row: GridCell[]): string | undefined {
  if (row.length < 2) return undefined;
  const first = row[0];
  if (!first.text || first.merged) return undefined;
  return row.slice(1).every((c) => c.merged === 'h' && c.text === first.text) ? first.text : undefined;
}

/** Leading numbers and labels off a heading or section name: «2.1 Innsatsområde 2: Barn» → «Barn». */
export function areaName(text: string): string {
  return clean(text)
    .replace(/^(\d+(\.\d+)*\.?|[A-Z]\.|[IVX]+\.)\s+/, '')
    .replace(/^(innsatsområde|satsingsområde|satsningsområde|fokusområde|tema|område)\s*\d*\s*[:.–-]?\s*/i, '')
    .trim() || clean(text);
}

/** Headings that name the measures part itself, not a focus area. */
const GENERIC_HEADING = /^(tiltak|tiltaka|tiltakene|tiltaksplan|tiltaksdel|handlingsdel|handlingsplan|oversikt|tiltaksoversikt|tabell)\b/i;

export function focusAreaFromHeading(heading: string | undefined): string | undefined {
  if (!heading) return undefined;
  const name = areaName(heading);
  return name && !GENERIC_HEADING.test(name) ? name : undefined;
}

/** The header row of a measure table and its fields, looking at the first rows only. */
function headerOf(grid: GridCell[][]): { at: number; fields: (Field | undefined)[] } | undefined {
  for (let at = 0; at < Math.min(3, grid.length); at++) {
    const fields = grid[at].map((c) => (c.merged === 'v' ? undefined : fieldOfHeader(c.text)));
    const hasDescription = fields.includes('description');
    const others = new Set(fields.filter((f): f is Field => !!f && MEASURE_FIELDS.includes(f)));
    const named = grid[at].filter((c) => c.text.trim() && c.merged !== 'h').length;
    // A header names its columns: most cells are field names, not a measure row that happens to say «tiltak».
    if (hasDescription && others.size >= 1 && fields.filter(Boolean).length >= Math.ceil(named * 0.6)) return { at, fields };
    // «Mål | Tiltak» without description word but with goal and an activity-like column
  }
  return undefined;
}

/** The table as a measure table, or undefined if its header is not one. */
export function readMeasureTable(rows: Cell[][], index: number, heading?: string): FoundTable | undefined {
  const grid = toGrid(rows);
  const header = headerOf(grid);
  if (!header) return undefined;
  const width = grid[0]?.length ?? 0;
  const fields = [...header.fields];
  // Only the first description column is the measure's text; more become notes.
  let seenDescription = false;
  for (let i = 0; i < fields.length; i++) {
    if (fields[i] === 'description') {
      if (seenDescription) fields[i] = 'note';
      seenDescription = true;
    }
    // A column spanned by the previous header cell belongs to it.
    if (grid[header.at][i].merged === 'h') fields[i] = 'ignore';
  }
  // An unnamed first column whose cells are merged down the table names the focus areas.
  if (!fields[0] && grid.slice(header.at + 1).some((r) => r[0].merged === 'v')) fields[0] = 'focusArea';
  const columns: ImportColumn[] = grid[header.at].map((c, i) => ({ header: clean(c.text), field: fields[i] ?? (clean(c.text) ? 'note' : 'ignore') }));

  const out: ImportRow[] = [];
  let section: string | undefined;
  let goal: string | undefined;
  const headingArea = focusAreaFromHeading(heading);
  for (const row of grid.slice(header.at + 1)) {
    const whole = sectionText(row);
    if (whole) {
      // «Mål: …» across the table is a goal; anything else names the focus area.
      const m = /^(?:del|hoved|hovud)?mål\s*\d*\s*[:.–-]\s*(.+)$/i.exec(clean(whole));
      if (m) goal = m[1];
      else { section = areaName(whole); goal = undefined; }
      continue;
    }
    const cells = row.map((c) => c.text.trim());
    if (cells.every((c) => !c)) continue;
    // A repeated header row (page breaks in some conversions) is not a measure.
    if (cells.every((c, i) => clean(c) === columns[i].header)) continue;
    const d = columns.findIndex((c) => c.field === 'description');
    if (d !== -1 && !cells[d]) continue;
    out.push({ cells, focusArea: section ?? headingArea, goal, include: true });
  }
  if (width === 0 || out.length === 0) return undefined;
  return { origin: { kind: 'table', index, heading }, columns, rows: out };
}

/** Every measure table in the document, with the heading above each; the count of other tables. */
export function findMeasureTables(blocks: Block[]): { tables: FoundTable[]; otherTables: number } {
  const tables: FoundTable[] = [];
  let otherTables = 0;
  const headings: { level: number; text: string }[] = [];
  let index = 0;
  for (const b of blocks) {
    if (b.kind === 'heading') {
      while (headings.length && headings[headings.length - 1].level >= b.level) headings.pop();
      headings.push({ level: b.level, text: b.text });
    }
    if (b.kind !== 'table') continue;
    index++;
    const found = readMeasureTable(b.rows, index, nearestArea(headings));
    if (found) tables.push(found);
    else otherTables++;
  }
  return { tables, otherTables };
}

/** The nearest heading above that names a focus area (not «Tiltak» or «Handlingsdel»). */
export function nearestArea(headings: { text: string }[]): string | undefined {
  for (let i = headings.length - 1; i >= 0; i--) if (focusAreaFromHeading(headings[i].text)) return headings[i].text;
  return undefined;
}
