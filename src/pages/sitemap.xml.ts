/**
 * sitemap.xml: every page of the site with its absolute address.
 * Fixed pages are found from the page files themselves (src/pages/**\/*.astro without a
 * [parameter]), so a new page is listed without editing this file; chapters and content
 * pages come from their collections, with «updated» as lastmod. The 404 page is left out.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

const PAGE_FILES = Object.keys(import.meta.glob('./**/*.astro'));

/** './index.astro' → '/', './veileder/index.astro' → '/veileder/', './sjekk.astro' → '/sjekk/'. */
export function routeOf(file: string): string | undefined {
  const path = file.replace(/^\.\//, '').replace(/\.astro$/, '');
  if (path.includes('[') || path === '404' || path.split('/').some((part) => part.startsWith('_'))) return undefined;
  const route = path.replace(/(^|\/)index$/, '');
  return route ? `/${route}/` : '/';
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const day = (d: Date) => d.toISOString().slice(0, 10);

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Sett «site» i astro.config.mjs: sitemap.xml trenger absolutte adresser.');
  const entries = new Map<string, string | undefined>();
  for (const file of PAGE_FILES) {
    const route = routeOf(file);
    if (route) entries.set(route, undefined);
  }
  for (const chapter of await getCollection('veileder', (c) => c.id.startsWith('nb/'))) {
    entries.set(`/veileder/${chapter.id.split('/').pop()}/`, day(chapter.data.updated));
  }
  for (const page of await getCollection('sider', (p) => p.id.startsWith('nb/'))) {
    entries.set(`/${page.id.split('/').pop()}/`, day(page.data.updated));
  }
  const urls = [...entries].sort(([a], [b]) => a.localeCompare(b)).map(([path, lastmod]) =>
    `  <url><loc>${escapeXml(new URL(path, site).href)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
