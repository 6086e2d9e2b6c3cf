/**
 * The zod-free shape check the builder reads its drafts with (src/wizard/draft-shape.ts) gives
 * the plan schema's answer (src/wizard/draft-shape-check.ts): PLAN_SHAPE is the shape the schema
 * describes, and on many altered plans both refuse the same ones. And the empty plan made without
 * zod (src/plan/new-plan.ts) is the one the schema makes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PLAN_SHAPE, hasWrongShape, type Shape } from '../../src/wizard/draft-shape';
import { schemaSaysWrongShape } from '../../src/wizard/draft-shape-check';
import { planSchema } from '../../src/plan/schema';
import { emptyPlan } from '../../src/plan/new-plan';
import { completePlan } from '../fixtures/plans';

/** The shape a zod/mini schema describes, read from its definition. */
function shapeOf(schema: unknown): Shape {
  const def = (schema as { _zod: { def: { type: string; innerType?: unknown; element?: unknown; shape?: Record<string, unknown>; format?: string } } })._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
      return shapeOf(def.innerType);
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
      return def.format === 'safeint' ? 'int' : 'number';
    case 'enum':
      return 'choice';
    case 'array':
      return { list: shapeOf(def.element) };
    case 'object':
      return { object: Object.fromEntries(Object.entries(def.shape!).map(([k, v]) => [k, shapeOf(v)])) };
    default:
      throw new Error(`shapeOf: ${def.type} is not handled; teach src/wizard/draft-shape.ts about it`);
  }
}

/** Every path of the plan shape, with its shape. */
function paths(shape: Shape, prefix: (string | number)[] = []): [(string | number)[], Shape][] {
  if (typeof shape === 'string') return [[prefix, shape]];
  if ('list' in shape) return [[prefix, shape], ...paths(shape.list, [...prefix, 0])];
  return [[prefix, shape], ...Object.entries(shape.object).flatMap(([k, s]) => paths(s, [...prefix, k]))];
}

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(root);
  let node: Record<string | number, unknown> = copy;
  path.forEach((key, i) => {
    if (i === path.length - 1) node[key] = value;
    else {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = typeof path[i + 1] === 'number' ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    }
  });
  return copy;
}

describe('the zod-free shape check of stored drafts', () => {
  it('describes the shape the plan schema describes', () => {
    expect(PLAN_SHAPE).toEqual(shapeOf(planSchema));
  });

  it('accepts a complete plan, an empty one and one with fields missing, as the schema does', () => {
    for (const plan of [completePlan(), emptyPlan(), { id: 'x' }, {}, { title: 'Plan', measures: [{}] }]) {
      expect(hasWrongShape(plan)).toBe(false);
      expect(schemaSaysWrongShape(plan as Record<string, unknown>)).toBe(false);
    }
  });

  it('refuses a list stored as text, a title stored as an object, null in a list, as the schema does', () => {
    for (const plan of [{ measures: 'tiltak' }, { title: { nb: 'x' } }, { measures: [null] }, { followUp: { councilReportMonth: 1.5 } }, { period: [] }]) {
      expect(hasWrongShape(plan)).toBe(true);
      expect(schemaSaysWrongShape(plan as Record<string, unknown>)).toBe(true);
    }
  });

  it('gives the schema\'s answer for any value put anywhere in a complete plan', () => {
    const plan = completePlan() as unknown as Record<string, unknown>;
    const all = paths(PLAN_SHAPE).filter(([p]) => p.length > 0).map(([p]) => p);
    const value = fc.oneof(fc.jsonValue(), fc.constantFrom('', 'nb', 'tekst', 0, 3, 1.5, -1, true, null, [], {}, [''], [{}], [null], { id: 'x' }));
    fc.assert(fc.property(fc.constantFrom(...all), value, (path, v) => {
      const altered = setAt(plan, path, v);
      expect(hasWrongShape(altered)).toBe(schemaSaysWrongShape(altered));
    }), { numRuns: 3000 });
  });
});

describe('the empty plan without zod', () => {
  it('is what the schema makes of an id, in both målformer', () => {
    const nb = emptyPlan();
    expect(nb).toEqual(planSchema.parse({ id: nb.id }));
    const nn = emptyPlan({ malform: 'nn' });
    expect(nn).toEqual(planSchema.parse({ id: nn.id, malform: 'nn' }));
    expect(emptyPlan().id).not.toBe(nb.id);
  });
});
