/**
 * The shape of a plan, without zod, so a page can read its stored drafts before zod and the
 * plan schema have loaded (first load, issue 15). It answers one question the same way the
 * schema does: does a value that is present have the wrong type (text where a list belongs,
 * an object where a title belongs)? Such a value would crash the pages, so its draft is kept
 * aside. Missing values, unknown keys, empty required fields, texts that are too long and
 * values outside a list of choices are not shape problems: the form reports those.
 *
 * PLAN_SHAPE mirrors src/plan/schema.ts; tests/unit/draft-shape.test.ts derives the same shape
 * from the schema itself and compares them on many altered plans, so the two cannot drift apart.
 */
import { ROUTINE_KEYS } from '../plan/routines';

/** One value: a text, a number, a whole number, a yes/no, a choice (any value: a wrong one is reported, not refused), a list or an object. */
export type Shape = 'string' | 'number' | 'int' | 'boolean' | 'choice' | { list: Shape } | { object: { readonly [key: string]: Shape } };

const obj = (object: { [key: string]: Shape }): Shape => ({ object });
const list = (item: Shape): Shape => ({ list: item });

const adoption = obj({ status: 'choice', body: 'choice', date: 'string', caseNumber: 'string' });
const councilCase = obj({
  officer: 'string', archiveCase: 'string',
  meetings: list(obj({ body: 'string', date: 'string', caseNumber: 'string' })),
});

export const PLAN_SHAPE: Shape = obj({
  id: 'string',
  title: 'string',
  malform: 'choice',
  planType: 'choice',
  municipalities: list(obj({ id: 'string', name: 'string', number: 'string', adoption, councilCase })),
  cooperation: obj({ form: 'choice', other: 'string', hostId: 'string' }),
  process: obj({ mandate: 'string', participants: 'string', consultation: 'string' }),
  placement: obj({ kind: 'choice', other: 'string', owner: 'string' }),
  period: obj({
    start: 'string', end: 'string',
    rollovers: list(obj({ id: 'string', decidedOn: 'string', body: 'choice', newEnd: 'string', caseNumber: 'string' })),
  }),
  knowledgeBase: obj({ situation: 'string', sources: list(obj({ id: 'string', name: 'string', date: 'string' })) }),
  primaryTargetGroups: list('choice'),
  targetGroups: list('choice'),
  violenceForms: list('choice'),
  focusAreas: list(obj({ id: 'string', title: 'string', description: 'string', goals: list(obj({ id: 'string', text: 'string' })) })),
  measures: list(obj({
    id: 'string',
    description: 'string',
    goalId: 'string',
    responsible: obj({ unit: 'string', role: 'string' }),
    partners: 'string',
    deadline: 'string',
    milestones: list(obj({ id: 'string', text: 'string', when: 'string' })),
    resources: obj({ kind: 'choice', amount: 'number' }),
    indicator: 'string',
    preventionLevel: 'choice',
    status: 'choice',
    municipalityIds: list('string'),
    origin: obj({ measureId: 'string', decision: 'choice', result: 'choice', comment: 'string', noticeDismissed: 'boolean' }),
  })),
  evaluation: obj({
    measures: list(obj({ measureId: 'string', result: 'choice', decision: 'choice', comment: 'string' })),
    whatDone: 'string', learned: 'string', worked: 'string', missingGroups: 'string', placement: 'string',
    placementVerdict: 'choice', evaluatedOn: 'string',
  }),
  history: obj({
    previousPlanId: 'string', previousTitle: 'string', previousStart: 'string', previousEnd: 'string',
    startedOn: 'string', placementCleared: 'boolean',
  }),
  routines: obj(Object.fromEntries(ROUTINE_KEYS.map((key) => [key, 'string' as const]))),
  source: obj({ fileName: 'string', importedOn: 'string' }),
  followUp: obj({
    resourceGroup: obj({ established: 'boolean', continuesThroughPeriod: 'boolean', members: 'string' }),
    councilReporting: 'choice',
    councilReportMonth: 'int',
    midTermEvaluation: 'string', finalEvaluation: 'string', revisionDate: 'string',
    publication: obj({ onWebsite: 'boolean', url: 'string' }),
  }),
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when a value present in `value` has the wrong type for `shape`. */
export function hasWrongShape(value: unknown, shape: Shape = PLAN_SHAPE): boolean {
  if (value === undefined) return false;
  if (shape === 'choice') return false;
  if (shape === 'string') return typeof value !== 'string';
  if (shape === 'boolean') return typeof value !== 'boolean';
  if (shape === 'number') return typeof value !== 'number' || !Number.isFinite(value);
  if (shape === 'int') return typeof value !== 'number' || !Number.isInteger(value);
  if ('list' in shape) return !Array.isArray(value) || value.some((item) => hasWrongShape(item, shape.list));
  if (!isObject(value)) return true;
  return Object.keys(shape.object).some((key) => hasWrongShape(value[key], shape.object[key]));
}
