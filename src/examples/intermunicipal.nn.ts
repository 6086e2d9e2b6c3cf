/**
 * Example «interkommunal» in nynorsk. INTERMUNICIPAL_PLAN (intermunicipal.ts) is already
 * written in nynorsk (malform 'nn'); this is the same plan with the one text changed that
 * did not follow the terms list (content/nynorsk-termar.md): «born», not «barn», for
 * children. Everything else, ids, dates, numbers and enum values included, is the plan in
 * intermunicipal.ts, so the checker finds exactly the same (tests/unit/examples-nn.test.ts).
 */
import { planSchema, type Plan } from '../plan/schema';
import { INTERMUNICIPAL_PLAN } from './intermunicipal';

const NN_DESCRIPTIONS: Record<string, string> = {
  t8: 'Opplæring for tilsette i barnehagane i Sørmo i å snakke med born om vald',
};

export const INTERMUNICIPAL_PLAN_NN: Plan = planSchema.parse({
  ...INTERMUNICIPAL_PLAN,
  malform: 'nn',
  measures: INTERMUNICIPAL_PLAN.measures.map((m) => (m.id in NN_DESCRIPTIONS ? { ...m, description: NN_DESCRIPTIONS[m.id] } : m)),
});
