/** npm run bench: the full check, and save/open of the plan file, for plans of growing size. */
import { test } from 'vitest';
import { checkParsedPlan, checkPlan } from '../../src/plan/check';
import { openPlanFile, serializePlan } from '../../src/plan/file';
import type { Plan } from '../../src/plan/schema';
import { completePlan, OPTIONS } from '../fixtures/plans';

function planWith(n: number): Plan {
  const base = completePlan();
  const template = base.measures[0];
  return { ...base, measures: Array.from({ length: n }, (_, i) => ({ ...template, id: `m${i}`, description: `Tiltak nummer ${i + 1}` })) };
}

for (const n of [10, 100, 1000]) {
  test(`${n} tiltak`, async ({ bench }) => {
    const plan = planWith(n);
    const file = serializePlan(plan);
    await bench.compare(
      bench(`full sjekk, parset plan (${n})`, () => { checkParsedPlan(plan, OPTIONS); }),
      bench(`full sjekk med validering (${n})`, () => { checkPlan(plan, OPTIONS); }),
      bench(`åpne planfil (${n})`, () => { openPlanFile(file); }),
      bench(`lagre planfil (${n})`, () => { serializePlan(plan); }),
      { time: 500 },
    );
  });
}
