// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { cspIntegration } from './scripts/csp.mjs';
import { notFoundIntegration } from './scripts/not-found.mjs';
import { eagerCommonJs } from './scripts/eager-commonjs.mjs';

/**
 * Vite inserts a <link rel="modulepreload"> for every file a dynamic import needs before it imports it. Each link
 * starts a fetch on the main thread (2–4 ms each at 4× CPU slowdown), and a builder page's form needs about 25
 * files, so that was one long task of about 100 ms while the page loads (issue 15). Without the links the browser
 * fetches the same files as the import graph asks for them, in small tasks. A file's CSS is still loaded before
 * its code runs, so nothing is drawn unstyled. Astro sets build.modulePreload itself, so this is a plugin.
 */
/** @returns {import('vite').Plugin} */
function cssOnlyPreload() {
  return {
    name: 'css-only-preload',
    configEnvironment: (name) => (name === 'client'
      ? { build: { modulePreload: { polyfill: false, resolveDependencies: (_file, deps) => deps.filter((dep) => dep.endsWith('.css')) } } }
      : undefined),
  };
}

export default defineConfig({
  // The address the site will be published at (SITE_URL, see README «Innstillinger for den som publiserer»):
  // canonical links, hreflang, the sitemap and robots.txt are absolute with it. A build without it writes
  // them as paths on the site's own host, never as localhost.
  site: process.env.SITE_URL || undefined,
  output: 'static',
  trailingSlash: 'always',
  // notFoundIntegration: the nynorsk 404 page as dist/nn/404.html (scripts/not-found.mjs), before the CSP step.
  // cspIntegration (last): after the build, moves Astro's inline island bootstrap into files and puts the
  // Content-Security-Policy in every page and in dist/_headers (scripts/csp.mjs).
  integrations: [mdx(), react(), notFoundIntegration(), cspIntegration()],
  // Styles as files, never inline <style>: the policy allows style-src 'self' only.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    // React and React DOM are CommonJS: their bundled wrappers are compiled while the script streams in,
    // not in one long task on the main thread when first called (scripts/eager-commonjs.mjs).
    // cssOnlyPreload (above): a dynamic import fetches its JavaScript along the import graph.
    plugins: [eagerCommonJs(), cssOnlyPreload()],
    resolve: {
      // jsPDF (the slides' PDF download) imports html2canvas, DOMPurify and canvg on demand for its html() and SVG
      // features, which the site does not use; without this they would be built and kept offline for nothing.
      alias: [{ find: /^(html2canvas|dompurify|canvg)$/, replacement: fileURLToPath(new URL('./src/components/kurs/lysark/jspdf-unused.ts', import.meta.url)) }],
    },
    build: {
      // Small scripts as files too, not inlined into the page (script-src 'self', no 'unsafe-inline').
      assetsInlineLimit: 0,
      rollupOptions: {
        output: {
          codeSplitting: {
            groups: [
              // Vite's helper for import(), which section-forms uses: stays in a file of its own, as without groups.
              { name: 'preload-helper', test: /preload-helper/, priority: 2 },
              // Its own file, so that it runs before the drafts are read (session.ts waits for IndexedDB) and the page's
              // form starts loading at once; inside the page's chunk it would run only after them (see section-forms.ts).
              { name: 'section-forms', priority: 1, test: /[\\/]src[\\/]islands[\\/]wizard[\\/]section-forms\.ts$/ },
              // Zod in a file of its own, so the status panel can run it in a task of its own before the schema (StatusPanel).
              { name: 'zod', priority: 1, test: /[\\/]node_modules[\\/]zod[\\/]/ },
            ],
          },
        },
        // Designsystemet's React package does not declare itself free of side effects, so
        // without this every component (combobox, floating UI, virtual lists) ships to
        // every island. Its modules only define components; the web components it relies
        // on live in @digdir/designsystemet-web, which keeps its side effects.
        treeshake: {
          moduleSideEffects: (id) => !id.includes('/@digdir/designsystemet-react/'),
        },
      },
    },
  },
});
