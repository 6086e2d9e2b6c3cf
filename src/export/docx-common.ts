/**
 * Shared building blocks of the Word exports: real heading styles, the document's
 * language, page numbers, and tables whose header row repeats on every page.
 * The docx library is heavy, so the browser loads these modules only on export.
 */
import {
  AlignmentType, ExternalHyperlink, Footer, HeadingLevel, PageNumber, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
  type IStylesOptions, type ParagraphChild,
} from 'docx';
import type { Malform } from '../plan/vocabulary';
import type { Plan } from '../plan/schema';
import type { Text } from '../plan/rules/types';
import { DOC_TEXT } from '../plan/document';
import { LANG_TAG } from '../i18n/routes';

/** The site's name (the interface catalogues' «site.name», kept here so the exports need no catalogue): the author of a plan without a municipality yet. */
export const SITE_NAME: Text = { nb: 'Handlingsplan mot vold i nære relasjoner', nn: 'Handlingsplan mot vald i nære relasjonar' };

/** What each document is, for its «Emne» (subject) in Word. */
export const DOCUMENT_SUBJECT = {
  plan: { nb: 'Handlingsplan mot vold i nære relasjoner', nn: 'Handlingsplan mot vald i nære relasjonar' },
  council: { nb: 'Saksframlegg om handlingsplan mot vold i nære relasjoner', nn: 'Saksframlegg om handlingsplan mot vald i nære relasjonar' },
  evaluation: { nb: 'Evaluering av handlingsplan mot vold i nære relasjoner', nn: 'Evaluering av handlingsplan mot vald i nære relasjonar' },
} satisfies Record<string, Text>;

const KEYWORDS: Text = { nb: 'vold i nære relasjoner, handlingsplan, KOSTRA', nn: 'vald i nære relasjonar, handlingsplan, KOSTRA' };

export interface DocumentInfo {
  kind: keyof typeof DOCUMENT_SUBJECT;
  title: string;
  description?: string;
  /** The author; the plan's municipalities when not given. */
  creator?: string;
}

/**
 * The document properties Word shows under File → Info, in the plan's målform: title, subject,
 * author (the municipality, or the site's name before one is chosen, never the docx library's
 * «Un-named»), keywords, and the language of the text through the styles.
 */
export function documentProperties(plan: Pick<Plan, 'malform' | 'municipalities'>, info: DocumentInfo) {
  const lang = plan.malform;
  const municipalities = plan.municipalities.map((m) => m.name.trim()).filter(Boolean).join(', ');
  const creator = info.creator?.trim() || municipalities || SITE_NAME[lang];
  const title = info.title.trim() || DOCUMENT_SUBJECT[info.kind][lang];
  return {
    title,
    subject: DOCUMENT_SUBJECT[info.kind][lang],
    creator,
    lastModifiedBy: creator,
    description: info.description?.trim() || title,
    keywords: KEYWORDS[lang],
    styles: documentStyles(lang),
  };
}

/** Word's built-in heading styles (navigable and read by screen readers), in the document's language. */
export function documentStyles(lang: Malform): IStylesOptions {
  const heading = (size: number) => ({ run: { size, bold: true, color: '1E2B3C' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } });
  return {
    default: {
      document: { run: { font: 'Calibri', size: 22, language: { value: LANG_TAG[lang] } }, paragraph: { spacing: { after: 120 } } },
      title: { run: { size: 48, bold: true, color: '1E2B3C' } },
      heading1: heading(32),
      heading2: heading(26),
      heading3: heading(23),
    },
  };
}

/** «Side 3 av 12» centred at the foot of every page. */
export function pageNumberFooter(lang: Malform): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun(`${DOC_TEXT.page[lang]} `), new TextRun({ children: [PageNumber.CURRENT] }),
          new TextRun(` ${DOC_TEXT.of[lang]} `), new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

export const heading = (text: string, level: 1 | 2 | 3) =>
  new Paragraph({ text, heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][level - 1] });

/** A paragraph; line breaks in user text stay line breaks. */
export function para(text: string, options: { bold?: boolean; pageBreakBefore?: boolean } = {}): Paragraph {
  const lines = text.split(/\r?\n/);
  return new Paragraph({
    pageBreakBefore: options.pageBreakBefore,
    children: lines.map((line, i) => new TextRun({ text: line, bold: options.bold, break: i > 0 ? 1 : undefined })),
  });
}

export const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });

/** «Label: value» on one line, label in bold. */
export const fact = (label: string, value: string) =>
  new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });

/** Text width of an A4 portrait page with Word's default 2.54 cm margins, in twentieths of a point. */
export const A4_TEXT_WIDTH = 9026;
/** 2 cm side margins: the plan's measures table gets room for long Norwegian words. */
export const NARROW_MARGINS = { left: 1134, right: 1134, top: 1247, bottom: 1247 };
export const NARROW_TEXT_WIDTH = 11906 - 2 * 1134;

/** A cell: plain text (line breaks kept), or paragraphs made by the caller. */
export type Cell = string | Paragraph[];

/**
 * A table with a header row that Word repeats on every page the table runs over. Rows may break
 * across pages, so no page is left half empty. With `widths` (fractions of the text width) the
 * columns get fixed sizes, so that long Norwegian words are not broken inside narrow columns.
 */
export function table(headers: string[], rows: Cell[][], options: { widths?: number[]; small?: boolean; textWidth?: number } = {}): Table {
  const full = options.textWidth ?? A4_TEXT_WIDTH;
  const size = options.small ? 19 : undefined;
  const textPara = (text: string, bold = false) =>
    new Paragraph({ spacing: { after: 40 }, children: text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, bold, size, break: i > 0 ? 1 : undefined })) });
  const twips = options.widths?.map((w) => Math.round(w * full));
  const cell = (content: Cell, i: number, bold = false) =>
    new TableCell({
      children: typeof content === 'string' ? [textPara(content, bold)] : content,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(twips ? { width: { size: twips[i], type: WidthType.DXA } } : {}),
    });
  return new Table({
    width: twips ? { size: full, type: WidthType.DXA } : { size: 100, type: WidthType.PERCENTAGE },
    ...(twips ? { columnWidths: twips, layout: TableLayoutType.FIXED } : {}),
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: false, children: r.map((c, i) => cell(c, i)) })),
    ],
  });
}

/** A link that opens in the browser (Lovdata references), in Word's hyperlink style. */
export const link = (text: string, url: string): ParagraphChild =>
  new ExternalHyperlink({ link: url, children: [new TextRun({ text, style: 'Hyperlink' })] });
