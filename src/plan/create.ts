/** Making new plans and ids. */
import { planSchema, type Plan, type PlanInput } from './schema';
import { newId } from './new-plan';

export { newId };

/** An empty plan with every default filled in. */
export function createPlan(input: Partial<PlanInput> = {}): Plan {
  return planSchema.parse({ id: newId(), ...input });
}
