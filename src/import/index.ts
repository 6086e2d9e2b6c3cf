/**
 * Importing an old plan: a .docx or a PDF in, a proposal out — measure tables with their
 * columns mapped, the facts the text states (each with its sentence), and the whole text
 * to copy from. Nothing here touches a draft: the preview shows the proposal, and only
 * what the user confirms becomes a new draft (see toPlan).
 *
 * Framework-free and loaded only when the user imports (dynamic import from the island).
 */
import { blocksToText, type Block } from './blocks';
import { readDocx } from './docx';
import { ImportError, IMPORT_LIMITS } from './errors';
import { findFacts, type Facts, type Proposal } from './facts';
import { findMeasureLists } from './lists';
import { sniff } from './sniff';
import { findMeasureTables, type FoundTable } from './tables';

export interface ImportResult {
  source: { name: string; kind: 'docx' | 'pdf' | 'paste' };
  tables: FoundTable[];
  /** Tables in the document that are not measure tables (left alone). */
  otherTables: number;
  facts: Facts;
  /** The document's text, to copy from where the measures could not be recovered. */
  text: string;
}

export interface ImportOptions {
  /** Same-origin URL of pdf.worker.mjs (the page's Content-Security-Policy allows workers from the site only). */
  pdfWorkerSrc?: string;
}

/** Focus areas as the rows name them, each with the heading or section row it came from. */
function focusAreaProposals(tables: FoundTable[]): Proposal<string>[] {
  const seen = new Map<string, Proposal<string>>();
  const add = (value: string, sentence: string) => { if (value && !seen.has(value)) seen.set(value, { value, sentence, accept: true }); };
  for (const t of tables) {
    const column = t.columns.findIndex((c) => c.field === 'focusArea');
    for (const r of t.rows) {
      if (column !== -1 && r.cells[column]) add(r.cells[column], `${t.columns[column].header}: ${r.cells[column]}`);
      if (r.focusArea) add(r.focusArea, t.origin.heading && t.origin.heading.includes(r.focusArea) ? t.origin.heading : r.focusArea);
    }
  }
  return [...seen.values()];
}

export function analyse(blocks: Block[], source: ImportResult['source'], text: string, propertiesTitle?: string): ImportResult {
  const { tables, otherTables } = findMeasureTables(blocks);
  const lists = findMeasureLists(blocks, tables.length > 0, tables.length + otherTables + 1);
  const all = [...tables, ...lists];
  return { source, tables: all, otherTables, facts: findFacts(blocks, focusAreaProposals(all), propertiesTitle), text };
}

/** Reads a chosen file. Throws ImportError with a code the page turns into a message. */
export async function importFile(bytes: Uint8Array, name: string, options: ImportOptions = {}): Promise<ImportResult> {
  if (bytes.byteLength > IMPORT_LIMITS.fileBytes) throw new ImportError('too-large');
  const kind = sniff(bytes);
  if (kind === 'encrypted-office') throw new ImportError('password');
  if (kind === 'old-word') throw new ImportError('old-word');
  if (kind === 'other') throw new ImportError('not-supported');
  if (kind === 'pdf') {
    const { readPdf } = await import('./pdf');
    const pdf = await readPdf(bytes, options.pdfWorkerSrc);
    return analyse(pdf.blocks, { name, kind: 'pdf' }, pdf.text, pdf.title);
  }
  const { blocks, propertiesTitle } = readDocx(bytes);
  const hasTable = blocks.some((b) => b.kind === 'table');
  const hasList = blocks.some((b) => b.kind === 'paragraph' && b.list);
  if (!hasTable && !hasList) throw new ImportError('no-content');
  return analyse(blocks, { name, kind: 'docx' }, blocksToText(blocks), propertiesTitle);
}

export { readPaste } from './paste';
export { toPlan } from './to-plan';
export { ImportError, IMPORT_LIMITS, type ImportErrorCode } from './errors';
export { FIELDS, type Field } from './columns';
export type { FoundTable, ImportRow, ImportColumn } from './tables';
export type { Facts, Proposal } from './facts';
