/** Serves the already built site for the browser tests on a free port; stops with one line if Chromium is missing. */
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';
import { requireChromium } from '../../scripts/chromium.mjs';

export default async function setup(project: TestProject) {
  requireChromium();
  if (!existsSync('dist/index.html')) throw new Error('Bygg nettstedet først: npm run build');
  const server = await startServer({ port: 0 });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
