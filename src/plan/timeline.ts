/**
 * The plan's period as the KOSTRA definition reads it: when it starts, when it
 * ends (after roll-overs, or by the evaluation/revision fallback), and what follows.
 */
import type { Plan } from './schema';
import {
  addMonths,
  firstReportingYear,
  lastReportingYear,
  maxDate,
  minDate,
  periodEnd,
  periodStart,
  type IsoDate,
} from './dates';

export type EndBasis = 'rullering' | 'sluttdato' | 'evaluering-eller-revisjon' | 'ukjent';

export interface Timeline {
  /** The stated start, or else the earliest adoption date. */
  start?: IsoDate;
  statedEnd?: IsoDate;
  /** The latest end set by a political roll-over decision. */
  rolledEnd?: IsoDate;
  /** Used when no end is stated: the earliest of final evaluation and revision date. */
  fallbackEnd?: IsoDate;
  /** The end that counts. Inclusive. */
  effectiveEnd?: IsoDate;
  endBasis: EndBasis;
  firstReportingYear?: number;
  lastReportingYear?: number;
  /** Latest sensible date to start revision: see REVISION_LEAD_MONTHS. */
  revisionStartBy?: IsoDate;
}

/**
 * How long before the end the revision should start. This is the site's own
 * estimate, not a rule and not a figure from the sources: mandate, working group,
 * knowledge base, consultation and political treatment rarely fit in less than a
 * year, and the new plan must be adopted before the old one expires. The UI says so.
 */
export const REVISION_LEAD_MONTHS = 12;

/**
 * @param asOf Roll-overs decided after this date do not count yet: a plan that expired
 * in 2026 and was rolled over in February 2027 did not count on 31 December 2026.
 */
export function computeTimeline(plan: Plan, asOf?: IsoDate): Timeline {
  const adoptionDates = plan.municipalities
    .filter((m) => m.adoption.status === 'vedtatt')
    .map((m) => m.adoption.date);
  const start = plan.period.start ? periodStart(plan.period.start) : minDate(...adoptionDates);
  const statedEnd = plan.period.end ? periodEnd(plan.period.end) : undefined;
  const rolledEnd = maxDate(
    ...plan.period.rollovers
      .filter((r) => r.body !== 'administrativt' && !(asOf && r.decidedOn && r.decidedOn > asOf))
      .map((r) => periodEnd(r.newEnd)),
  );
  const fallbackEnd = minDate(plan.followUp.finalEvaluation, plan.followUp.revisionDate);

  let effectiveEnd: IsoDate | undefined;
  let endBasis: EndBasis = 'ukjent';
  const baseEnd = statedEnd ?? fallbackEnd;
  if (rolledEnd && (!baseEnd || rolledEnd > baseEnd)) {
    effectiveEnd = rolledEnd;
    endBasis = 'rullering';
  } else if (statedEnd) {
    effectiveEnd = statedEnd;
    endBasis = 'sluttdato';
  } else if (fallbackEnd) {
    effectiveEnd = fallbackEnd;
    endBasis = 'evaluering-eller-revisjon';
  }

  return {
    start,
    statedEnd,
    rolledEnd,
    fallbackEnd,
    effectiveEnd,
    endBasis,
    firstReportingYear: start ? firstReportingYear(start) : undefined,
    lastReportingYear: effectiveEnd ? lastReportingYear(effectiveEnd) : undefined,
    revisionStartBy: effectiveEnd ? addMonths(effectiveEnd, -REVISION_LEAD_MONTHS) : undefined,
  };
}
