import { defineRule, withoutPeriod } from './types';
import { periodYears } from '../dates';

export default defineRule({
  id: 'mid-term-evaluation',
  kind: 'anbefaling',
  title: { nb: 'Midtveisevaluering i lange planer', nn: 'Midtvegsevaluering i lange planar' },
  description: {
    nb: 'Varer planen i tre år eller mer, bør den ha en midtveisevaluering. Da kan dere justere tiltakene underveis.',
    nn: 'Varer planen i tre år eller meir, bør han ha ei midtvegsevaluering. Då kan de justere tiltaka undervegs.',
  },
  source: 'NKVTS rapport 3/2019 kap. 7.6',
  messages: {
    missing: {
      nb: 'Planen varer i tre år eller mer, men har ingen midtveisevaluering.',
      nn: 'Planen varer i tre år eller meir, men har inga midtvegsevaluering.',
    },
  },
  skip: withoutPeriod,
  check(plan, { timeline }) {
    const { start, effectiveEnd } = timeline;
    if (!start || !effectiveEnd || periodYears(start, effectiveEnd) < 3 - 1e-9) return [];
    return plan.followUp.midTermEvaluation ? [] : [{ messageId: 'missing', path: ['followUp', 'midTermEvaluation'] }];
  },
});
