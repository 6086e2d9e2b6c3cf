/**
 * The slides as a PDF file, made in the browser with jsPDF (v4) from the same text as the slide page and the
 * PowerPoint (DeckDownload in deck.ts): one 16:9 landscape page per slide (10 × 5.625 inches, as the .pptx), laid
 * out as the slides on the page are (src/styles/slides.css): the time at the top, title and points centred
 * vertically in large type, the slide number at the bottom. Loaded with a dynamic import only when someone clicks
 * «Last ned som PDF».
 *
 * The text is set in the PDF's standard Helvetica (WinAnsi encoding: æøå, «», – and • are there), so no font has to
 * be embedded or fetched; deck.ts keeps the slide text within those characters. The file carries its title,
 * author, creator and language (/Lang nb or nn), so readers and screen readers know what it is.
 */
import { jsPDF } from 'jspdf';
import type { DeckDownload } from './deck';
import { downloadBlob } from '../../../islands/shared/download';

/** Page size in points: 720 × 405 (16:9). One «cqi» of the web slide is 1 % of the width. */
const W = 720;
const H = 405;
const CQI = W / 100;
const PAD_X = 7 * CQI;
const PAD_Y = 5 * CQI;
const TEXT_W = W - 2 * PAD_X;

const SIZE = { title: 5.4 * CQI, text: 3.4 * CQI, time: 2 * CQI, number: 1.6 * CQI } as const;
const LINE = { title: 1.15, text: 1.35 } as const;
const GAP = { afterTitle: 3 * CQI, betweenPoints: 1.2 * CQI } as const;
const GREY = '#333333';
const BULLET = '\u2022';

type Doc = InstanceType<typeof jsPDF>;

interface Block { lines: string[]; size: number; line: number; bold: boolean; indent: number; bullet: boolean; gapBefore: number }

/** Title and points as wrapped lines at a scale (1 = the sizes of the web slide); their total height in points. */
function layout(doc: Doc, slide: DeckDownload['slides'][number], scale: number): { blocks: Block[]; height: number } {
  const blocks: Block[] = [];
  const titleSize = SIZE.title * scale;
  doc.setFont('helvetica', 'bold').setFontSize(titleSize);
  blocks.push({ lines: doc.splitTextToSize(slide.title, TEXT_W) as string[], size: titleSize, line: LINE.title, bold: true, indent: 0, bullet: false, gapBefore: 0 });
  const textSize = SIZE.text * scale;
  const bullets = slide.points.length > 1;
  const indent = bullets ? 1.2 * textSize : 0;
  doc.setFont('helvetica', 'normal').setFontSize(textSize);
  slide.points.forEach((point, i) => {
    blocks.push({
      lines: doc.splitTextToSize(point, TEXT_W - indent) as string[], size: textSize, line: LINE.text, bold: false, indent,
      bullet: bullets, gapBefore: i === 0 ? GAP.afterTitle * scale : GAP.betweenPoints * scale,
    });
  });
  const height = blocks.reduce((sum, b) => sum + b.gapBefore + b.lines.length * b.size * b.line, 0);
  return { blocks, height };
}

function drawSlide(doc: Doc, slide: DeckDownload['slides'][number], number: number) {
  doc.setTextColor(GREY).setFont('helvetica', 'normal');
  if (slide.time) doc.setFontSize(SIZE.time).text(slide.time, PAD_X, 3 * CQI, { baseline: 'top' });
  doc.setFontSize(SIZE.number).text(String(number), W - 3.5 * CQI, H - 2.5 * CQI, { align: 'right', baseline: 'bottom' });

  // Large type as on the web slide; a slide whose text would not fit is set smaller, never cut off.
  const room = H - 2 * PAD_Y - (slide.time ? 2 * CQI : 0);
  let scale = 1;
  let fitted = layout(doc, slide, scale);
  while (fitted.height > room && scale > 0.5) {
    scale -= 0.05;
    fitted = layout(doc, slide, scale);
  }
  doc.setTextColor('#000000');
  let y = (H - fitted.height) / 2;
  for (const b of fitted.blocks) {
    y += b.gapBefore;
    doc.setFont('helvetica', b.bold ? 'bold' : 'normal').setFontSize(b.size);
    b.lines.forEach((line, i) => {
      if (b.bullet && i === 0) doc.text(BULLET, PAD_X + 0.3 * b.size, y, { baseline: 'top' });
      doc.text(line, PAD_X + b.indent, y, { baseline: 'top' });
      y += b.size * b.line;
    });
  }
}

/** Builds the PDF: one page per slide, in the deck's order, with the document's properties. */
export function buildSlidesPdf(deck: DeckDownload): Doc {
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: [W, H], compress: true });
  doc.setProperties({ title: deck.docTitle, subject: deck.title, author: deck.author, creator: deck.author, keywords: deck.lang === 'nb' ? 'lysark, workshop, handlingsplan, vold i nære relasjoner' : 'lysark, workshop, handlingsplan, vald i nære relasjonar' });
  doc.setLanguage(deck.lang);
  doc.setDisplayMode('fullpage', 'single');
  deck.slides.forEach((slide, i) => {
    if (i > 0) doc.addPage([W, H], 'landscape');
    drawSlide(doc, slide, i + 1);
  });
  return doc;
}

/** Builds the PDF and hands it to the browser as a download, through the site's own download helper. */
export function downloadSlidesPdf(deck: DeckDownload): void {
  downloadBlob(buildSlidesPdf(deck).output('blob'), deck.fileNames.pdf);
}
