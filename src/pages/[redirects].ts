/**
 * dist/_redirects, for hosts that read it (Netlify, Cloudflare Pages): the old nynorsk addresses move
 * permanently to the nynorsk ones (src/i18n/routes.ts), and a missing /nn/ address gets the nynorsk 404 page.
 * Other hosts serve the small pages at the old addresses (src/pages/nn/[...moved].astro) and their 404 page.
 * The file name starts with «_», which Astro keeps out of the page files, hence the parameter.
 */
import type { APIRoute } from 'astro';
import { movedNynorskPaths } from '../i18n/routes';

export function getStaticPaths() {
  return [{ params: { redirects: '_redirects' } }];
}

/** The file's text; `pages` are the chapters' bokmål addresses (see movedNynorskPaths). */
export function redirectsFile(pages: readonly string[] = []): string {
  const moved = movedNynorskPaths(pages).flatMap(({ from, to }) => [`${from} ${to} 301`, `${from.slice(0, -1)} ${to} 301`]);
  return ['# Gamle nynorske adresser (src/i18n/routes.ts)', ...moved, '', '# Nynorsk 404-side for /nn/', '/nn/* /nn/404.html 404', ''].join('\n');
}

// The chapters come from the content collection, imported here only (the unit tests read redirectsFile without Astro).
export const GET: APIRoute = async () => new Response(redirectsFile(await (await import('../components/chapters')).chapterPaths()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
