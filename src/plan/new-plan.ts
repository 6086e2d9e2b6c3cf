/**
 * New ids and the empty plan, without zod, so the builder's pages can start a draft before zod
 * and the schema have loaded (first load, issue 15). `emptyPlan()` is what
 * `planSchema.parse({ id })` gives (src/plan/create.ts); tests/unit/draft-shape.test.ts keeps them equal.
 */
import type { Plan, PlanInput } from './schema';

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** An empty plan with every default filled in; `top` sets top-level values that are complete as given (the målform). */
export function emptyPlan(top: Pick<PlanInput, 'malform'> = {}): Plan {
  return {
    id: newId(),
    title: '',
    malform: 'nb',
    planType: 'egen',
    municipalities: [],
    cooperation: {},
    process: {},
    placement: {},
    period: { rollovers: [] },
    knowledgeBase: { sources: [] },
    primaryTargetGroups: [],
    targetGroups: [],
    violenceForms: [],
    focusAreas: [],
    measures: [],
    followUp: { resourceGroup: { established: false, continuesThroughPeriod: false }, publication: { onWebsite: false } },
    ...(top.malform ? { malform: top.malform } : {}),
  };
}
