/** Making new plans from partial input, through the schema (new ids and the empty plan: ./new-plan.ts). */
import { planSchema, type Plan, type PlanInput } from './schema';
import { newId } from './new-plan';

/** An empty plan with every default filled in. */
export function createPlan(input: Partial<PlanInput> = {}): Plan {
  return planSchema.parse({ id: newId(), ...input });
}
