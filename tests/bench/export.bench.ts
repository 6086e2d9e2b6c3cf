/** npm run bench: the plan document and the calendar for 200 measures (time, and the .docx size). */
import { test } from 'vitest';
import { planDocument } from '../../src/export/plan-docx';
import { docxBytes } from '../../src/export/files';
import { planToIcs } from '../../src/export/calendar';
import type { Plan } from '../../src/plan/schema';
import { completePlan, TODAY } from '../fixtures/plans';

function planWith(n: number): Plan {
  const base = completePlan();
  return { ...base, measures: Array.from({ length: n }, (_, i) => ({ ...base.measures[i % base.measures.length], id: `m${i}`, description: `Tiltak nummer ${i + 1} med en beskrivelse av hva som skal gjøres` })) };
}

test('exports, 200 tiltak', async ({ bench }) => {
  const plan = planWith(200);
  const bytes = await docxBytes(planDocument(plan, TODAY));
  console.log(`Størrelse på planen som .docx med 200 tiltak: ${(bytes.length / 1024).toFixed(1)} KB`);
  await bench.compare(
    bench('plan som .docx (200 tiltak)', async () => { await docxBytes(planDocument(plan, TODAY)); }),
    bench('kalender .ics (200 tiltak)', () => { planToIcs(plan); }),
    { time: 1000 },
  );
});
