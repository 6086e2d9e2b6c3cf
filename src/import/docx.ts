/**
 * Reads a Word document (.docx) into blocks: word/document.xml, plus the styles to tell
 * headings and list paragraphs apart. The zip is checked before anything is inflated:
 * each part's and the total uncompressed size, so a zip bomb is refused unread.
 */
import { unzipSync, strFromU8, type UnzipFileInfo } from 'fflate';
import { readXml } from './xml';
import { clean, type Block, type Cell } from './blocks';
import { ImportError, IMPORT_LIMITS } from './errors';

const WANTED = new Set(['word/document.xml', 'word/styles.xml', 'docProps/core.xml']);

export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(info: UnzipFileInfo) {
        total += info.originalSize;
        if (info.originalSize > IMPORT_LIMITS.partBytes || total > IMPORT_LIMITS.unzippedBytes) throw new ImportError('zip-bomb');
        if (info.size > 0 && info.originalSize / info.size > IMPORT_LIMITS.ratio && info.originalSize > 1_000_000) throw new ImportError('zip-bomb');
        return WANTED.has(info.name);
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('damaged');
  }
  if (!files['word/document.xml']) throw new ImportError('not-word');
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

interface Style { heading?: number; list?: boolean; title?: boolean }

/** Style id → what the style means: headings by outline level or name (Heading1, Overskrift1), list styles, the title. */
function readStyles(xml: string | undefined): Map<string, Style> {
  const styles = new Map<string, Style>();
  if (!xml) return styles;
  let id: string | undefined;
  let style: Style = {};
  let basedOn: string | undefined;
  const based = new Map<string, string>();
  readXml(xml, (e) => {
    if (e.kind === 'open' && e.name === 'w:style') { id = e.attrs['w:styleId']; style = {}; basedOn = undefined; }
    else if (e.kind === 'open' && id) {
      if (e.name === 'w:name') Object.assign(style, styleFromName(e.attrs['w:val'] ?? ''));
      if (e.name === 'w:outlineLvl') style.heading ??= Number(e.attrs['w:val'] ?? 0) + 1;
      if (e.name === 'w:numPr') style.list = true;
      if (e.name === 'w:basedOn') basedOn = e.attrs['w:val'];
    } else if (e.kind === 'close' && e.name === 'w:style' && id) {
      styles.set(id, { ...styleFromName(id), ...style });
      if (basedOn) based.set(id, basedOn);
      id = undefined;
    }
  });
  // A style based on a heading or list style is one too (one level is enough in practice).
  for (const [child, parent] of based) {
    const p = styles.get(parent);
    const c = styles.get(child)!;
    if (p && c.heading === undefined && !c.list) styles.set(child, { ...p, ...c, heading: p.heading, list: p.list });
  }
  return styles;
}

function styleFromName(name: string): Style {
  const heading = /^(?:heading|overskrift)\s*(\d)$/i.exec(name.trim());
  if (heading) return { heading: Number(heading[1]) };
  if (/^(title|tittel)$/i.test(name.trim())) return { title: true };
  if (/list|liste/i.test(name)) return { list: true };
  return {};
}

/** The blocks of word/document.xml, top level; a table nested in a cell becomes text in that cell. */
export function readDocumentXml(xml: string, stylesXml?: string): Block[] {
  const styles = readStyles(stylesXml);
  const blocks: Block[] = [];
  const tables: { rows: Cell[][]; row?: Cell[]; cell?: Cell & { parts: string[] } }[] = [];
  let para: { text: string; style?: string; list: boolean } | undefined;
  let inText = false;
  let inDel = 0;

  readXml(xml, (e) => {
    if (e.kind === 'text') {
      if (inText && para && !inDel) para.text += e.text;
      return;
    }
    const table = tables[tables.length - 1];
    if (e.kind === 'open') {
      switch (e.name) {
        case 'w:tbl': tables.push({ rows: [] }); break;
        case 'w:tr': if (table) table.row = []; break;
        case 'w:tc': if (table) table.cell = { text: '', span: 1, parts: [] }; break;
        case 'w:gridSpan': if (table?.cell) table.cell.span = Math.max(1, Math.min(64, Number(e.attrs['w:val']) || 1)); break;
        case 'w:vMerge': if (table?.cell) table.cell.vMerge = e.attrs['w:val'] === 'restart' ? 'restart' : 'continue'; break;
        case 'w:p': para = { text: '', list: false }; break;
        case 'w:pStyle': if (para) para.style = e.attrs['w:val']; break;
        case 'w:numPr': if (para) para.list = true; break;
        case 'w:t': inText = true; break;
        case 'w:tab': if (para && !e.attrs['w:val']) para.text += ' '; break;
        case 'w:br': case 'w:cr': if (para) para.text += ' '; break;
        case 'w:del': inDel++; break;
      }
      return;
    }
    switch (e.name) {
      case 'w:t': inText = false; break;
      case 'w:del': inDel = Math.max(0, inDel - 1); break;
      case 'w:p': {
        if (!para) break;
        const text = clean(para.text);
        const style = para.style ? styles.get(para.style) ?? styleFromName(para.style) : {};
        if (table?.cell) {
          if (text) table.cell.parts.push(para.list || style.list ? `• ${text}` : text);
        } else if (text) {
          if (style.heading) blocks.push({ kind: 'heading', level: style.heading, text });
          else blocks.push({ kind: 'paragraph', text, list: para.list || !!style.list, title: style.title || undefined });
        }
        para = undefined;
        break;
      }
      case 'w:tc':
        if (table?.cell && table.row) {
          const { parts, ...cell } = table.cell;
          table.row.push({ ...cell, text: parts.join('\n') });
        }
        if (table) table.cell = undefined;
        break;
      case 'w:tr':
        if (table?.row) table.rows.push(table.row);
        if (table) table.row = undefined;
        break;
      case 'w:tbl': {
        const done = tables.pop();
        if (!done) break;
        const outer = tables[tables.length - 1];
        if (outer?.cell) outer.cell.parts.push(done.rows.map((r) => r.map((c) => c.text).join(' – ')).join('\n'));
        else if (done.rows.length) blocks.push({ kind: 'table', rows: done.rows });
        break;
      }
    }
  });
  return blocks;
}

/** Title from the document properties (docProps/core.xml), if the author filled it in. */
export function coreTitle(xml: string | undefined): string | undefined {
  if (!xml) return undefined;
  let inTitle = false;
  let title = '';
  readXml(xml, (e) => {
    if (e.kind === 'open' && e.name === 'dc:title') inTitle = true;
    else if (e.kind === 'close' && e.name === 'dc:title') inTitle = false;
    else if (e.kind === 'text' && inTitle) title += e.text;
  });
  return clean(title) || undefined;
}

export function readDocx(bytes: Uint8Array): { blocks: Block[]; propertiesTitle?: string } {
  const parts = unzipDocx(bytes);
  return { blocks: readDocumentXml(parts['word/document.xml'], parts['word/styles.xml']), propertiesTitle: coreTitle(parts['docProps/core.xml']) };
}
