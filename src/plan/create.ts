/** Making new plans and ids. */
import { planSchema, type Plan, type PlanInput } from './schema';

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** An empty plan with every default filled in. */
export function createPlan(input: Partial<PlanInput> = {}): Plan {
  return planSchema.parse({ id: newId(), ...input });
}
