/**
 * The document as the import sees it, whichever file it came from: headings, paragraphs
 * (list items marked), and tables as rows of cells with their spans and merges.
 */
export interface Cell {
  text: string;
  /** Grid columns this cell covers (Word's gridSpan, HTML's colspan). */
  span: number;
  /** Word's vMerge: 'restart' starts a vertically merged cell, 'continue' is covered by the one above. */
  vMerge?: 'restart' | 'continue';
  /** HTML's rowspan (cells below are not in the row). */
  rowSpan?: number;
}

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string; list: boolean; title?: boolean }
  | { kind: 'table'; rows: Cell[][] };

/** Collapses white space; keeps the text of a cell or paragraph on one line. */
export const clean = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** The plain text of the document, one block a line, tables as tab-separated rows (what the user can copy from). */
export function blocksToText(blocks: Block[]): string {
  return blocks
    .map((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text).join('\t')).join('\n') : b.kind === 'paragraph' && b.list ? `• ${b.text}` : b.text))
    .filter(Boolean)
    .join('\n');
}
