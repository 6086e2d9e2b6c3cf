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
});
