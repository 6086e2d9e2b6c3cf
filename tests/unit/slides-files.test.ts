/**
 * The slide downloads built in Node from the deck data: the PDF (jsPDF) has one 16:9 landscape page per slide with
 * its title and points, the document properties in the deck's language; the slide text keeps to the characters
 * the PDF's standard Helvetica has (WinAnsi); the file names follow the målform.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { DECK_IDS, deckFileName, deckText, type DeckDownload, type DeckId } from '../../src/components/kurs/lysark/deck';
import { buildSlidesPdf } from '../../src/components/kurs/lysark/pdf';
import { readSlidePdf } from '../e2e/slides-pdf';

const LANGS = ['nb', 'nn'] as const;
const SITE = { nb: 'Handlingsplan mot vold i nære relasjoner', nn: 'Handlingsplan mot vald i nære relasjonar' };

function download(deck: DeckId, lang: 'nb' | 'nn'): DeckDownload {
  const text = deckText(deck, lang);
  return { ...text, lang, docTitle: `Lysark: ${text.title}`, author: SITE[lang], fileNames: { pdf: deckFileName(deck, lang, 'pdf'), pptx: deckFileName(deck, lang, 'pptx') } };
}

/** Windows-1252 (WinAnsi): Latin-1 and the printable characters of 0x80–0x9F. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const outsideWinAnsi = (s: string) => [...s].filter((c) => {
  const code = c.codePointAt(0)!;
  return !((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(c));
});

describe('slide downloads', () => {
  it('every slide text has only characters the PDF\'s Helvetica can show', () => {
    for (const lang of LANGS) {
      for (const deck of DECK_IDS) {
        const text = deckText(deck, lang);
        const all = [text.title, ...text.slides.flatMap((s) => [s.title, ...s.points, s.time ?? ''])].join('\n').replace(/\n/g, '');
        expect(outsideWinAnsi(all), `${deck} ${lang}`).toEqual([]);
      }
    }
    expect(outsideWinAnsi('Lag plan → «Lagre planfil»')).toEqual(['→']); // the check can fail
  });

  it('file names follow the målform', () => {
    expect(deckFileName('tre-timer', 'nb', 'pdf')).toBe('lysark-tre-timer.pdf');
    expect(deckFileName('tre-timer', 'nn', 'pdf')).toBe('lysark-tre-timar.pdf');
    expect(deckFileName('heldag', 'nb', 'pptx')).toBe('lysark-hel-dag.pptx');
    expect(deckFileName('heldag', 'nn', 'pptx')).toBe('lysark-heil-dag.pptx');
  });

  for (const lang of LANGS) {
    for (const deck of DECK_IDS) {
      it(`the PDF of ${deck} (${lang}): one landscape 16:9 page per slide, titles and points in order, properties set`, async () => {
        const input = download(deck, lang);
        const bytes = new Uint8Array(buildSlidesPdf(input).output('arraybuffer'));
        if (process.env.SLIDES_PDF_OUT) writeFileSync(`${process.env.SLIDES_PDF_OUT}/${input.fileNames.pdf}`, bytes);
        const pdf = await readSlidePdf(bytes);
        expect(pdf.pages).toHaveLength(input.slides.length);
        pdf.pages.forEach((page, i) => {
          const slide = input.slides[i]!;
          expect(page.width / page.height).toBeCloseTo(16 / 9, 2);
          // The title, wrapped or not, and every point, in order; the slide number last.
          const joined = page.lines.join(' ');
          let from = 0;
          for (const part of [slide.title, ...slide.points]) {
            const at = joined.indexOf(part, from);
            expect(at, `slide ${i + 1}: «${part}» in «${joined}»`).toBeGreaterThanOrEqual(0);
            from = at + part.length;
          }
          expect(page.lines.at(-1)).toBe(String(i + 1));
        });
        expect(pdf.info.Title).toBe(input.docTitle);
        expect(pdf.info.Author).toBe(SITE[lang]);
        expect(pdf.info.Creator).toBe(SITE[lang]);
        expect(pdf.info.Language).toBe(lang);
      });
    }
  }
});
