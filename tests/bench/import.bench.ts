/**
 * npm run bench: importing an old plan: the 40-measure Word plan (goal: under 1 s) and a
 * 20-page PDF of the same layout (280 measures), from bytes to the preview's proposal.
 */
import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { importFile } from '../../src/import';
import { fortyMeasures } from '../fixtures/import/old-plans';
import { printTable } from './table';

test('import of an old plan', async ({ bench }) => {
  const docx = await fortyMeasures();
  const pdf = new Uint8Array(readFileSync(new URL('../fixtures/import/twenty-pages.pdf', import.meta.url)));
  const found = async (bytes: Uint8Array, name: string) => (await importFile(bytes, name)).tables.reduce((n, t) => n + t.rows.length, 0);
  printTable('Import av en gammel plan', ['fil', 'størrelse', 'tiltak funnet'], [
    ['Word, 40 tiltak', `${(docx.length / 1024).toFixed(1)} KB`, String(await found(docx, 'plan.docx'))],
    ['PDF, 20 sider', `${(pdf.length / 1024).toFixed(1)} KB`, String(await found(pdf, 'plan.pdf'))],
  ]);
  await bench.compare(
    bench('Word (.docx), 40 tiltak', async () => { await importFile(docx, 'plan.docx'); }),
    bench('PDF, 20 sider', async () => { await importFile(pdf, 'plan.pdf'); }),
    { time: 1000 },
  );
});
