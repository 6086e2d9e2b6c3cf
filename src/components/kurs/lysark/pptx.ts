/**
 * The slides as a PowerPoint file (.pptx), made in the browser with pptxgenjs (v4) from the same text the slide
 * page shows (deckText in deck.ts), so trainers can adapt them. Loaded with a dynamic import only when someone
 * clicks «Last ned som PowerPoint»: pptxgenjs is far too large for the first load of the slide page.
 */
import PptxGenJS from 'pptxgenjs';
import type { DeckDownload } from './deck';
import { downloadBlob } from '../../../islands/shared/download';
import { LANG_TAG } from '../../../i18n/routes';

/**
 * Builds the presentation; 16:9, one slide per slide of the deck, title and points in large type, notes for the
 * trainer. Title, author and company in the file's properties are the page's, in its language (pptxgenjs would
 * otherwise write «PptxGenJS»).
 */
export function buildPresentation(deck: DeckDownload): PptxGenJS {
  const pres = new PptxGenJS();
  pres.layout = 'LAYOUT_16x9'; // 10 × 5.625 inches
  pres.title = deck.docTitle;
  pres.subject = deck.title;
  pres.author = deck.author;
  pres.company = deck.author;
  const tag = LANG_TAG[deck.lang];
  for (const s of deck.slides) {
    const slide = pres.addSlide();
    if (s.time) slide.addText(s.time, { x: 0.5, y: 0.25, w: 9, h: 0.4, fontSize: 14, color: '555555', lang: tag });
    slide.addText(s.title, { x: 0.5, y: 0.7, w: 9, h: 1.3, fontSize: 36, bold: true, color: '000000', valign: 'top', fit: 'shrink', lang: tag });
    if (s.points.length) {
      slide.addText(
        s.points.map((p) => ({ text: p, options: { bullet: s.points.length > 1, breakLine: true } })),
        { x: 0.5, y: 2.1, w: 9, h: 3.2, fontSize: 24, color: '000000', valign: 'top', paraSpaceAfter: 10, fit: 'shrink', lang: tag },
      );
    }
    if (s.note) slide.addNotes(s.note);
  }
  return pres;
}

/**
 * Builds the presentation and hands it to the browser as a download, through the site's own download helper:
 * pptxgenjs' writeFile() sets a style attribute on its link, which the Content-Security-Policy blocks.
 */
export async function downloadPresentation(deck: DeckDownload): Promise<void> {
  const blob = (await buildPresentation(deck).write({ outputType: 'blob' })) as Blob;
  downloadBlob(blob, deck.fileNames.pptx);
}
