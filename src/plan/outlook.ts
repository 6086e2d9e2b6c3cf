/**
 * The plan as the council will adopt it: for a draft, the check assumes that each
 * municipality that has not adopted yet does so on its planned meeting date, and judges
 * every reporting year of the period, plus the year after it. An adopted plan is judged
 * on its real adoption. Pure; this is what the builder's status, «Sjekk og ferdigstill»,
 * the checker page and the council paper read.
 */
import type { Plan } from './schema';
import { checkParsedPlan, type CheckResult } from './check';
import { computeTimeline } from './timeline';
import { firstReportingYear, lastReportingYear, maxDate, yearOf, type IsoDate } from './dates';
import type { AdoptingBody } from './vocabulary';

/** How the adoption is judged: real adoption, a planned meeting date, or a meeting not yet dated. */
export type AdoptionBasis = 'adopted' | 'planned' | 'undated';

/** Why a reporting year does or does not count. */
export type YearReason = 'counts' | 'some' | 'before-start' | 'expired' | 'not-adopted' | 'krav';

export interface PendingAdoption {
  id: string;
  name: string;
  /** The planned meeting date, when set. */
  date?: IsoDate;
  body?: AdoptingBody;
  caseNumber?: string;
}

export interface YearVerdict {
  year: number;
  counts: boolean;
  reason: YearReason;
  /** Municipalities the plan counts for in this year. */
  countingIds: string[];
}

export interface Outlook {
  basis: AdoptionBasis;
  /** Municipalities whose adoption is still ahead (none for an adopted plan). */
  pending: PendingAdoption[];
  /** The last of the planned meeting dates, when every pending municipality has one. */
  plannedDate?: IsoDate;
  /** Each reporting year of the period and the year after it; just the focus year when the period is unclear. */
  years: YearVerdict[];
  /** The first and last year the plan counts for every municipality (undefined when it never does). */
  countsFrom?: number;
  countsTo?: number;
  /** The year the detailed check is shown for. */
  focusYear: number;
  /** The full check for the focus year, on the plan as adopted. */
  result: CheckResult;
  /** The plan as judged: pending adoptions filled in. */
  judgedPlan: Plan;
  /** True when the period ends before it starts: the only thing worth saying then. */
  endBeforeStart: boolean;
}

export interface OutlookOptions {
  today: IsoDate;
  /** The reporting year to show in detail; by default the first year the plan can count. */
  reportingYear?: number;
  /** Judge a draft as adopted on its planned date (the builder). The checker page judges the plan as it is. */
  assumeAdoption?: boolean;
}

/** Years judged at most, so a period of 2000–2100 cannot run the check a hundred times. */
export const MAX_YEARS = 15;

export function pendingAdoptions(plan: Plan): PendingAdoption[] {
  return plan.municipalities
    .filter((m) => m.adoption.status !== 'vedtatt')
    .map((m) => ({ id: m.id, name: m.name, date: m.adoption.date, body: m.adoption.body, caseNumber: m.adoption.caseNumber }));
}

/**
 * A copy of the plan in which every municipality that has not adopted does so on its
 * planned date, by the body it names (the kommunestyre when it names none). An
 * administrative body stays administrative: that is a fault the user can fix.
 */
export function assumeAdopted(plan: Plan): Plan {
  return {
    ...plan,
    municipalities: plan.municipalities.map((m) =>
      m.adoption.status === 'vedtatt'
        ? m
        : { ...m, adoption: { ...m.adoption, status: 'vedtatt' as const, body: m.adoption.body ?? 'kommunestyre' } },
    ),
  };
}

export function computeOutlook(plan: Plan, options: OutlookOptions): Outlook {
  const { today } = options;
  const assume = options.assumeAdoption ?? true;
  const pending = assume ? pendingAdoptions(plan) : [];
  const basis: AdoptionBasis = pending.length === 0 ? 'adopted' : pending.every((p) => p.date) ? 'planned' : 'undated';
  const plannedDate = basis === 'planned' ? maxDate(...pending.map((p) => p.date)) : undefined;
  const judgedPlan = pending.length ? assumeAdopted(plan) : plan;

  const timeline = computeTimeline(judgedPlan);
  const { start, effectiveEnd } = timeline;
  const endBeforeStart = !!(start && effectiveEnd && effectiveEnd < start);
  const first = start ? firstReportingYear(start) : undefined;
  const last = effectiveEnd && !endBeforeStart ? lastReportingYear(effectiveEnd) : undefined;

  const focusYear = options.reportingYear ?? defaultFocusYear(basis, plannedDate, first, today);
  const range = first !== undefined && last !== undefined && last >= first - 1 ? yearRange(first, last + 1) : [focusYear];
  const years = range.map((year) => verdictFor(checkParsedPlan(judgedPlan, { today, reportingYear: year })));
  const counting = years.filter((y) => y.counts);

  return {
    basis,
    pending,
    plannedDate,
    years,
    countsFrom: counting[0]?.year,
    countsTo: counting.at(-1)?.year,
    focusYear,
    result: checkParsedPlan(judgedPlan, { today, reportingYear: focusYear }),
    judgedPlan,
    endBeforeStart,
  };
}

/** A draft is shown for the first year it can count; an adopted plan for this year. */
function defaultFocusYear(basis: AdoptionBasis, plannedDate: IsoDate | undefined, first: number | undefined, today: IsoDate): number {
  if (basis === 'adopted') return yearOf(today);
  const candidates = [first, plannedDate ? yearOf(plannedDate) : undefined].filter((y): y is number => y !== undefined);
  return candidates.length ? Math.max(...candidates) : yearOf(today);
}

function yearRange(from: number, to: number): number[] {
  const years: number[] = [];
  for (let y = from; y <= to && years.length < MAX_YEARS; y++) years.push(y);
  return years;
}

function verdictFor(result: CheckResult): YearVerdict {
  const countingIds = result.municipalities.filter((m) => m.counts).map((m) => m.id);
  const base = { year: result.reportingYear, countingIds };
  if (result.counts) return { ...base, counts: true, reason: 'counts' };
  if (countingIds.length > 0) return { ...base, counts: false, reason: 'some' };
  const has = (ruleId: string, messageId: string) => result.findings.some((f) => f.ruleId === ruleId && f.messageId === messageId);
  const reason: YearReason = has('current-period', 'notStarted')
    ? 'before-start'
    : has('current-period', 'expired')
      ? 'expired'
      : has('political-adoption', 'adoptedLater') || has('political-adoption', 'notAdopted')
        ? 'not-adopted'
        : 'krav';
  return { ...base, counts: false, reason };
}

/** Consecutive years with the same reason, for a compact list: 2027–2030 teller, 2031 utløpt. */
export function yearSpans(years: YearVerdict[]): { from: number; to: number; reason: YearReason }[] {
  const spans: { from: number; to: number; reason: YearReason }[] = [];
  for (const y of years) {
    const last = spans.at(-1);
    if (last && last.reason === y.reason && last.to === y.year - 1) last.to = y.year;
    else spans.push({ from: y.year, to: y.year, reason: y.reason });
  }
  return spans;
}

/** «2027» or «2027–2030». */
export function yearsText(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** The years the plan counts for, as words: «2027–2030»; undefined when it never counts. */
export function countingYearsText(outlook: Outlook): string | undefined {
  const spans = yearSpans(outlook.years).filter((s) => s.reason === 'counts');
  return spans.length ? spans.map((s) => yearsText(s.from, s.to)).join(', ') : undefined;
}
