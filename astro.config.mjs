// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';

export default defineConfig({
  // The address the site will be published at; used for canonical links and the sitemap.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), react()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
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
