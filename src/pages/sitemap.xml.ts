/**
 * sitemap.xml: every page of the site with its absolute address (SITE_URL); a build without the
 * site address lists the paths instead, never localhost.
 * The pages are found from the page files themselves (src/pages/**\/*.astro), so a new page
 * is listed without editing this file: a file without a [parameter] is one page, a file with
 * parameters is one page per entry its getStaticPaths() returns. Chapters and content pages
 * get their «updated» date as lastmod. The 404 pages and the old nynorsk addresses (which send the reader on) are left out.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { langOfEntry, localePath, movedNynorskPaths } from '../i18n/routes';
import { siteAddress } from '../site-settings';
import { chapterPaths } from '../components/chapters';

type PageModule = { getStaticPaths?: (options: { paginate: () => never; routePattern: string }) => unknown };
const PAGE_FILES = import.meta.glob<PageModule>('./**/*.astro');

/** './index.astro' → '/', './veileder/index.astro' → '/veileder/', './veileder/[slug].astro' + {slug: 'lover'} → '/veileder/lover/'. */
export function routeOf(file: string, params: Record<string, string | number | undefined> = {}): string | undefined {
  const path = file.replace(/^\.\//, '').replace(/\.astro$/, '');
  if (/(^|\/)(404|500)$/.test(path) || path.split('/').some((part) => part.startsWith('_'))) return undefined;
  const filled = path
    .replace(/\[\.\.\.(\w+)\]/g, (_, name: string) => String(params[name] ?? ''))
    .replace(/\[(\w+)\]/g, (_, name: string) => String(params[name] ?? ''))
    .replace(/(^|\/)index$/, '')
    .split('/').filter(Boolean).join('/');
  return filled ? `/${filled}/` : '/';
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const day = (d: Date) => d.toISOString().slice(0, 10);

export const GET: APIRoute = async ({ site }) => {
  const routes = new Set<string>();
  for (const [file, load] of Object.entries(PAGE_FILES)) {
    if (!file.includes('[')) {
      const route = routeOf(file);
      if (route) routes.add(route);
      continue;
    }
    const { getStaticPaths } = await load();
    if (!getStaticPaths) continue;
    const paginate = (): never => { throw new Error(`sitemap.xml: ${file} bruker paginate(), som sitemap.xml ikke støtter ennå.`); };
    const paths = (await getStaticPaths({ paginate, routePattern: file })) as { params: Record<string, string | number | undefined> }[];
    for (const { params } of paths.flat()) {
      const route = routeOf(file, params);
      if (route) routes.add(route);
    }
  }
  const lastmod = new Map<string, string>();
  for (const chapter of await getCollection('veileder')) {
    lastmod.set(localePath(langOfEntry(chapter.id), `/veileder/${chapter.id.split('/').pop()}/`), day(chapter.data.updated));
  }
  for (const page of await getCollection('sider')) {
    lastmod.set(localePath(langOfEntry(page.id), `/${page.id.split('/').pop()}/`), day(page.data.updated));
  }
  for (const { from } of movedNynorskPaths(await chapterPaths())) routes.delete(from);
  const urls = [...routes].sort().map((path) => {
    const date = lastmod.get(path);
    return `  <url><loc>${escapeXml(siteAddress(path, site))}</loc>${date ? `<lastmod>${date}</lastmod>` : ''}</url>`;
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
