// The nynorsk 404 page as dist/nn/404.html. Astro writes only the top 404 page as 404.html; with
// build.format 'directory' src/pages/nn/404.astro becomes nn/404/index.html. Hosts look for 404.html
// (Cloudflare Pages takes the nearest one; dist/_redirects names /nn/404.html for Netlify), so this moves it.
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The 404 pages below the top, as '<folder>/404.html'. */
export const NESTED_404 = ['nn'];

/** Moves dir/<folder>/404/index.html to dir/<folder>/404.html; returns the files it wrote. */
export function moveNotFoundPages(dir) {
  return NESTED_404.flatMap((folder) => {
    const from = join(dir, folder, '404', 'index.html');
    if (!existsSync(from)) return [];
    const to = join(dir, folder, '404.html');
    renameSync(from, to);
    rmdirSync(join(dir, folder, '404'));
    return [to];
  });
}

/** @returns {import('astro').AstroIntegration} */
export function notFoundIntegration() {
  return {
    name: 'handlingsplan:not-found',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const moved = moveNotFoundPages(fileURLToPath(dir));
        logger.info(`404-sider: ${moved.length} flyttet til <mappe>/404.html`);
      },
    },
  };
}
