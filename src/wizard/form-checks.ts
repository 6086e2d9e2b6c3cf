/**
 * What the builder's form checks beyond the plan schema, field by field, so that a
 * problem is shown where it is typed: a required title, a period that ends before it
 * starts, deadlines and milestones outside the plan period, a reporting year outside
 * 2000–2100. Framework-free; the messages are catalogue keys with their parameters.
 */
import type { MessageKey } from '../i18n';
import {
  isValidIsoDate, isValidPeriodDate, maxDate, milestoneDate, milestoneStartDate, periodEnd, periodStart, QUARTER_RE,
} from '../plan/dates';

export interface FormProblem {
  /** Path of the field in the plan, as in the schema's issues. */
  path: (string | number)[];
  key: MessageKey;
  params?: Record<string, string | number>;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export const REPORTING_YEAR_MIN = 2000;
export const REPORTING_YEAR_MAX = 2100;

/** The error for a reporting year as typed (four digits, 2000–2100), or undefined when it is fine. */
export function reportingYearError(value: unknown): MessageKey | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d{4}$/.test(text)) return 'error.year';
  const year = Number(text);
  return year < REPORTING_YEAR_MIN || year > REPORTING_YEAR_MAX ? 'error.year' : undefined;
}

/**
 * The period the dates of the measures must fall inside: from the start to the end, or to
 * the latest roll-over. A bound that is missing or not valid yet is left open.
 */
export function periodBounds(plan: Obj): { start?: string; end?: string } {
  const period = obj(plan.period);
  const start = str(period.start);
  const end = str(period.end);
  const rolled = list(period.rollovers).map((r) => str(obj(r).newEnd)).filter((d): d is string => !!d && isValidPeriodDate(d));
  const s = start && isValidPeriodDate(start) ? periodStart(start) : undefined;
  const e = maxDate(end && isValidPeriodDate(end) ? periodEnd(end) : undefined, ...rolled.map(periodEnd));
  return { start: s, end: e };
}

/** The form's problems in a plan as the form holds it (normalised: stored dates, empty fields left out). */
export function formProblems(plan: Obj): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!str(plan.title)) problems.push({ path: ['title'], key: 'form.error.title' });

  const period = obj(plan.period);
  const start = str(period.start);
  const end = str(period.end);
  if (start && end && isValidPeriodDate(start) && isValidPeriodDate(end) && periodEnd(end) < periodStart(start)) {
    problems.push({ path: ['period', 'end'], key: 'form.error.endBeforeStart', params: { start: periodStart(start), end: periodEnd(end) } });
    return problems; // with the period inside out, «outside the period» means nothing
  }

  const bounds = periodBounds(plan);
  list(plan.measures).forEach((m, i) => {
    const measure = obj(m);
    const deadline = str(measure.deadline);
    if (deadline && isValidIsoDate(deadline)) {
      const params = { date: deadline, start: bounds.start ?? '', end: bounds.end ?? '' };
      if (bounds.start && deadline < bounds.start) problems.push({ path: ['measures', i, 'deadline'], key: 'form.error.deadlineBeforeStart', params });
      else if (bounds.end && deadline > bounds.end) problems.push({ path: ['measures', i, 'deadline'], key: 'form.error.deadlineAfterEnd', params });
    }
    list(measure.milestones).forEach((x, j) => {
      const when = str(obj(x).when);
      if (!when || !(QUARTER_RE.test(when) || isValidIsoDate(when))) return;
      const path = ['measures', i, 'milestones', j, 'when'];
      const params = { date: when, start: bounds.start ?? '', end: bounds.end ?? '' };
      // A quarter is inside when any of its days is.
      if (bounds.start && milestoneDate(when) < bounds.start) problems.push({ path, key: 'form.error.milestoneBeforeStart', params });
      else if (bounds.end && milestoneStartDate(when) > bounds.end) problems.push({ path, key: 'form.error.milestoneAfterEnd', params });
    });
  });
  return problems;
}
