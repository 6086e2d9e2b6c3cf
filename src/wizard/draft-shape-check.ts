/**
 * The plan schema's answer to «does a value present in this plan have the wrong type?», the
 * question ./draft-shape.ts answers without zod. Loaded after the first paint
 * (DraftStorage.recheck), and used by the tests to keep the two answers the same.
 */
import { planSchema } from '../plan/schema';

/** Zod issues that mean «this value has the wrong shape», as opposed to «this field is not filled in yet». */
const SHAPE_CODES = new Set(['invalid_type', 'invalid_union', 'invalid_key', 'invalid_element']);

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

export function schemaSaysWrongShape(plan: Record<string, unknown>): boolean {
  const parsed = planSchema.safeParse(plan);
  return !parsed.success && parsed.error.issues.some((i) => SHAPE_CODES.has(i.code) && valueAt(plan, i.path) !== undefined);
}
