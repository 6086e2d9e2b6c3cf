/**
 * Suggested dates for evaluation and revision, worked out from the plan period so the
 * wizard can offer them with one click. Framework-free; the wizard shows the «why».
 */
import {
  addDays, addMonths, daysBetween, electionYearsBetween, isValidPeriodDate, periodEnd, periodStart, yearOf,
  type IsoDate,
} from '../plan/dates';

export type SuggestedField = 'midTermEvaluation' | 'finalEvaluation' | 'revisionDate';

export interface DateSuggestion {
  field: SuggestedField;
  date: IsoDate;
  /** For revision: the kommunestyre election the suggestion follows. */
  electionYear?: number;
}

/** First of the month nearest to `date` (the 1st–15th round down, later days round up). */
export function nearestFirstOfMonth(date: IsoDate): IsoDate {
  const first = `${date.slice(0, 8)}01`;
  return Number(date.slice(8)) <= 15 ? first : addMonths(first, 1);
}

const inside = (date: IsoDate, start: IsoDate, end: IsoDate) => date >= start && date <= end;

/** The middle of the period, moved to the nearest first of a month that is still inside it. */
function midpoint(start: IsoDate, end: IsoDate): IsoDate | undefined {
  const middle = addDays(start, Math.round(daysBetween(start, addDays(end, 1)) / 2));
  const near = nearestFirstOfMonth(middle);
  if (inside(near, start, end)) return near;
  const other = near > middle ? `${middle.slice(0, 8)}01` : addMonths(`${middle.slice(0, 8)}01`, 1);
  return inside(other, start, end) ? other : undefined;
}

/**
 * Suggestions for a period from `start` to `end` (each YYYY or YYYY-MM-DD; the end is
 * inclusive). Nothing is suggested until both bounds are valid and in order.
 * - midterm evaluation: the middle of the period, on the first of a month;
 * - final evaluation: six months before the end, so the findings reach the next plan;
 * - revision: 1 February after each kommunestyre election inside the period (the new
 *   council is constituted in the autumn and must adopt a planstrategi within a year).
 */
export function suggestDates(start: string | undefined, end: string | undefined): DateSuggestion[] {
  if (!start || !end || !isValidPeriodDate(start) || !isValidPeriodDate(end)) return [];
  const from = periodStart(start);
  const to = periodEnd(end);
  if (from > to) return [];
  const out: DateSuggestion[] = [];
  const mid = midpoint(from, to);
  if (mid) out.push({ field: 'midTermEvaluation', date: mid });
  const final = addMonths(to, -6);
  if (inside(final, from, to)) out.push({ field: 'finalEvaluation', date: final });
  for (const year of electionYearsBetween(yearOf(from), yearOf(to))) {
    const date = `${year + 1}-02-01`;
    if (inside(date, from, to)) out.push({ field: 'revisionDate', date, electionYear: year });
  }
  return out;
}
