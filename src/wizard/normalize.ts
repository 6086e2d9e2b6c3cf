/**
 * Form values → plan input, and back. The form shows dates and quarters in Norwegian
 * («1. mars 2027», «3. kvartal 2027») and accepts them as people write them; the plan
 * keeps the stored form (2027-03-01, 2027-Q3).
 */
import { formatDate, parseMilestoneWhen, parsePeriodDate } from '../plan/dates';

type Obj = Record<string, unknown>;

/**
 * Empty text, an unanswered radio group (null) and NaN from an empty number field all
 * become «not given», so the schema sees what the user meant; dates and quarters typed in
 * Norwegian become their stored form (text that is neither is left for the schema to reject).
 */
export function normalize<T>(value: T): T {
  return mapDateFields(clean(value), (text, kind) => (kind === 'when' ? parseMilestoneWhen(text) : parsePeriodDate(text)) ?? text);
}

function clean<T>(value: T): T {
  if (value === null) return undefined as T;
  if (typeof value === 'string') return (value.trim() === '' ? undefined : value) as T;
  if (typeof value === 'number') return (Number.isNaN(value) ? undefined : value) as T;
  if (Array.isArray(value)) return value.map((v) => clean(v)) as T;
  if (value && typeof value === 'object') {
    const out: Obj = {};
    for (const [k, v] of Object.entries(value)) {
      const n = clean(v);
      if (n !== undefined) out[k] = n;
    }
    return out as T;
  }
  return value;
}

/** The plan's text fields that hold a date: period bounds, new ends, source dates (a year or a date) and milestones (a date or a quarter). */
function mapDateFields<T>(value: T, map: (text: string, kind: 'period' | 'when') => string): T {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const plan = { ...(value as Obj) };
  const field = (o: unknown, key: string, kind: 'period' | 'when') => {
    if (!o || typeof o !== 'object') return o;
    const v = (o as Obj)[key];
    return typeof v === 'string' ? { ...(o as Obj), [key]: map(v, kind) } : o;
  };
  const each = (list: unknown, f: (item: unknown) => unknown) => (Array.isArray(list) ? list.map(f) : list);
  if (plan.period && typeof plan.period === 'object') {
    let period = field(field(plan.period, 'start', 'period'), 'end', 'period') as Obj;
    period = { ...period, rollovers: each(period.rollovers, (r) => field(r, 'newEnd', 'period')) };
    if (!('rollovers' in (plan.period as Obj))) delete period.rollovers;
    plan.period = period;
  }
  if (plan.knowledgeBase && typeof plan.knowledgeBase === 'object') {
    const kb = plan.knowledgeBase as Obj;
    if ('sources' in kb) plan.knowledgeBase = { ...kb, sources: each(kb.sources, (s) => field(s, 'date', 'period')) };
  }
  if ('measures' in plan) {
    plan.measures = each(plan.measures, (m) =>
      m && typeof m === 'object' && Array.isArray((m as Obj).milestones)
        ? { ...(m as Obj), milestones: ((m as Obj).milestones as unknown[]).map((x) => field(x, 'when', 'when')) }
        : m,
    );
  }
  return plan as T;
}

/**
 * A stored plan as the form shows it: dates and quarters in Norwegian; with
 * `municipalityRow`, a plan without municipalities gets one empty row to fill in.
 */
export function toFormValues<T extends Obj>(plan: T, { lang = 'nb', municipalityRow = false }: { lang?: 'nb' | 'nn'; municipalityRow?: boolean } = {}): T {
  const values = mapDateFields(plan, (text) => formatDate(text, lang));
  if (municipalityRow && (!Array.isArray(values.municipalities) || values.municipalities.length === 0)) {
    return { ...values, municipalities: [{ id: globalThis.crypto.randomUUID(), name: '', adoption: { status: 'ikke-startet' } }] };
  }
  return values;
}

/** Values a new list item starts with; an item holding nothing else is blank. */
const START_VALUES: Obj = { status: 'planlagt', adoption: { status: 'ikke-startet' } };

function isEmpty(value: unknown): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) return value.every(isEmpty);
  if (value && typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}

/** A list item the user added but has not typed anything into (only its id and start values). */
export function isBlankItem(item: unknown): boolean {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return false;
  return Object.entries(item).every(([k, v]) => k === 'id' || isEmpty(v) || JSON.stringify(v) === JSON.stringify(START_VALUES[k]));
}

function dropBlankItems(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(dropBlankItems).filter((v) => !isBlankItem(v));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, dropBlankItems(v)]));
  }
  return value;
}

/**
 * The form as the draft keeps it: normalised, without the rows just added and still
 * empty (a new data source, focus area or measure is not «wrong» before anything is typed).
 */
export function draftFromForm<T extends Obj>(values: T): T {
  return dropBlankItems(normalize(values)) as T;
}
