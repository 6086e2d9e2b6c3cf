/** What makes a nynorsk page not nynorsk: bokmål interface text, and links that leave /nn/. Used by a11y-nn.test.ts on every /nn/ page. */
import type { Page } from 'playwright-core';
import { nb } from '../../src/i18n/nb';
import { nn } from '../../src/i18n/nn';

/**
 * Pieces of bokmål interface text that must never show on a nynorsk page: the parts of each
 * bokmål catalogue text between its {placeholders}, where the nynorsk text differs, that are long
 * enough to be telling and that no nynorsk text contains.
 */
const nnTexts = Object.values(nn);
export const BOKMAL_PIECES = [...new Set(
  (Object.keys(nb) as (keyof typeof nb)[])
    .filter((key) => nb[key] !== nn[key])
    .flatMap((key) => nb[key].split(/\{\w+\}/))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 14 && !nnTexts.some((text) => text.includes(piece))),
)];

/** The bokmål pieces on the page (outside the chapters' own prose) and the same-site links outside /nn/ (except the language switch and files). */
export function nynorskProblems(page: Page): Promise<{ bokmal: string[]; links: string[] }> {
  return page.evaluate((pieces) => {
    // The interface, not the chapters' own prose or their list of sources (which may name a bokmål title, such as
    // the ministry's «Handlingsplan mot vold i nære relasjoner 2012», and have their own nynorsk checks).
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const prose of body.querySelectorAll('.chapter-body, .side-body, .ark-instruction, [aria-labelledby="kilder"]')) prose.remove();
    const text = body.textContent!.replace(/\s+/g, ' ');
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .filter((a) => a.origin === location.origin && !a.hasAttribute('data-lang-switch') && !/\.\w+$/.test(a.pathname))
      .map((a) => a.pathname)
      .filter((p) => !p.startsWith('/nn/'));
    return { bokmal: pieces.filter((piece) => text.includes(piece)), links };
  }, BOKMAL_PIECES);
}
