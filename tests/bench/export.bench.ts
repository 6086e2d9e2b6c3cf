/**
 * npm run bench: every export for a plan with 200 measures: the plan, the council paper
 * (saksframlegg) and the evaluation as Word documents, and the calendar (.ics); time, and
 * the size of each file in a table.
 */
import { test } from 'vitest';
import { planDocument } from '../../src/export/plan-docx';
import { councilPaper } from '../../src/export/council-docx';
import { evaluationDocument } from '../../src/export/evaluation-docx';
import { docxBytes } from '../../src/export/files';
import { planToIcs } from '../../src/export/calendar';
import type { Plan } from '../../src/plan/schema';
import { EVALUATION_DECISIONS, EVALUATION_RESULTS } from '../../src/plan/vocabulary';
import { completePlan, TODAY } from '../fixtures/plans';
import { printTable } from './table';

const N = 200;

function planWith(n: number): Plan {
  const base = completePlan();
  const measures = Array.from({ length: n }, (_, i) => ({ ...base.measures[i % base.measures.length], id: `m${i}`, description: `Tiltak nummer ${i + 1} med en beskrivelse av hva som skal gjøres` }));
  const evaluated = measures.map((m, i) => ({ measureId: m.id, result: EVALUATION_RESULTS[i % 3], decision: EVALUATION_DECISIONS[i % 3], comment: `Vurdering av tiltak ${i + 1}` }));
  return { ...base, measures, evaluation: { ...base.evaluation, measures: evaluated, whatDone: 'Det meste.', learned: 'Mye.' } };
}

test(`exports, ${N} tiltak`, async ({ bench }) => {
  const plan = planWith(N);
  const municipalityId = plan.municipalities[0].id;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  printTable(`Eksportene for en plan med ${N} tiltak`, ['fil', 'størrelse'], [
    ['planen (.docx)', kb((await docxBytes(planDocument(plan, TODAY))).length)],
    ['saksframlegg (.docx)', kb((await docxBytes(councilPaper(plan, municipalityId, TODAY))).length)],
    ['evaluering (.docx)', kb((await docxBytes(evaluationDocument(plan, TODAY))).length)],
    ['kalender (.ics)', kb(new TextEncoder().encode(planToIcs(plan)).length)],
  ]);
  await bench.compare(
    bench(`plan som .docx (${N} tiltak)`, async () => { await docxBytes(planDocument(plan, TODAY)); }),
    bench(`saksframlegg som .docx (${N} tiltak)`, async () => { await docxBytes(councilPaper(plan, municipalityId, TODAY)); }),
    bench(`evaluering som .docx (${N} tiltak)`, async () => { await docxBytes(evaluationDocument(plan, TODAY)); }),
    bench(`kalender .ics (${N} tiltak)`, () => { planToIcs(plan); }),
    { time: 1000 },
  );
});
