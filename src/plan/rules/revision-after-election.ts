import { defineRule, withoutPeriod } from './types';
import { electionYearsBetween, yearOf } from '../dates';

export default defineRule({
  id: 'revision-after-election',
  kind: 'anbefaling',
  title: { nb: 'Revisjonspunkt etter kommunevalg', nn: 'Revisjonspunkt etter kommuneval' },
  description: {
    nb: 'Det nye kommunestyret skal vedta en planstrategi senest ett år etter at det er konstituert. Har planen et kommunevalg inne i perioden, bør den ha en evaluering, revisjon eller rullering året etter valget.',
    nn: 'Det nye kommunestyret skal vedta ein planstrategi seinast eitt år etter at det er konstituert. Har planen eit kommuneval inne i perioden, bør han ha ei evaluering, ein revisjon eller ei rullering året etter valet.',
  },
  source: 'Plan- og bygningsloven § 10-1; NKVTS rapport 3/2019 kap. 6.4',
  messages: {
    missing: {
      nb: 'Planen har ikke noe revisjonspunkt etter kommunevalget i {year}. Sett en dato for evaluering eller revisjon i {nextYear}.',
      nn: 'Planen har ikkje noko revisjonspunkt etter kommunevalet i {year}. Set ein dato for evaluering eller revisjon i {nextYear}.',
    },
  },
  // A plan that has already ended gets no advice to set dates in its past: its next step is a new plan.
  skip: (plan, ctx) => withoutPeriod(plan, ctx) ?? (ctx.timeline.effectiveEnd! < ctx.today ? 'not-applicable' : undefined),
  check(plan, { timeline }) {
    const { start, effectiveEnd } = timeline;
    if (!start || !effectiveEnd) return [];
    const f = plan.followUp;
    const points = [f.midTermEvaluation, f.finalEvaluation, f.revisionDate, ...plan.period.rollovers.filter((r) => r.body !== 'administrativt').map((r) => r.decidedOn)]
      .filter((d): d is string => !!d);
    // Elections inside the period whose following year the plan runs past: the end itself
    // is a revision point when the plan expires the year after the election.
    return electionYearsBetween(yearOf(start), yearOf(effectiveEnd) - 2)
      .filter((y) => !points.some((d) => d >= `${y}-09-01` && d <= `${y + 1}-12-31`))
      .map((y) => ({ messageId: 'missing' as const, path: ['followUp', 'revisionDate'], params: { year: y, nextYear: y + 1 } }));
  },
});
