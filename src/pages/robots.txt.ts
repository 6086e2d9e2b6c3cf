/** robots.txt: everything may be indexed; the Sitemap line must be an absolute address. */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('Sett «site» i astro.config.mjs: robots.txt trenger en absolutt adresse til sitemap.xml.');
  const body = `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
