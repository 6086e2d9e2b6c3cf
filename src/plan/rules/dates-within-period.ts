import { defineRule, withoutMeasures, withoutPeriod, type RawFinding } from './types';
import { maxDate, milestoneDate, periodEnd } from '../dates';

/**
 * Anbefaling: each measure's deadline and milestones fall inside the plan period (with any roll-over).
 * A date outside it is usually a typing slip, or a measure that belongs in the next plan. The form
 * says so where the date is typed; the check says it again for a plan opened from a file.
 */
export default defineRule({
  id: 'dates-within-period',
  kind: 'anbefaling',
  title: { nb: 'Frister innenfor planperioden', nn: 'Fristar innanfor planperioden' },
  description: {
    nb: 'Fristene og milepælene i tiltakene bør ligge innenfor planperioden. En dato utenfor er ofte en skrivefeil, eller et tiltak som hører hjemme i neste plan.',
    nn: 'Fristane og milepælane i tiltaka bør liggje innanfor planperioden. Ein dato utanfor er ofte ein skrivefeil, eller eit tiltak som høyrer heime i neste plan.',
  },
  source: 'NKVTS rapport 3/2019 kap. 5.3 (konkrete tiltak med fremdriftsplan innenfor planperioden)',
  messages: {
    deadline: {
      nb: 'Tiltak {n}: fristen {date} ligger utenfor planperioden ({start} – {end}).',
      nn: 'Tiltak {n}: fristen {date} ligg utanfor planperioden ({start} – {end}).',
    },
    milestone: {
      nb: 'Tiltak {n}: milepælen «{text}» ({date}) ligger utenfor planperioden ({start} – {end}).',
      nn: 'Tiltak {n}: milepælen «{text}» ({date}) ligg utanfor planperioden ({start} – {end}).',
    },
  },
  skip: (plan, ctx) => withoutMeasures(plan) ?? withoutPeriod(plan, ctx),
  check(plan, { timeline }) {
    const start = timeline.start!;
    // The latest end the plan is given, roll-overs decided later included: a deadline there is planned, not a slip.
    const end = maxDate(timeline.effectiveEnd, ...plan.period.rollovers.filter((r) => r.body !== 'administrativt').map((r) => periodEnd(r.newEnd)))!;
    const outside = (value: string) => {
      const date = milestoneDate(value);
      return date < start || date > end;
    };
    return plan.measures.flatMap((m, i): RawFinding<'deadline' | 'milestone'>[] => [
      ...(m.deadline && outside(m.deadline)
        ? [{ messageId: 'deadline' as const, path: ['measures', i, 'deadline'], params: { n: i + 1, date: m.deadline, start, end } }]
        : []),
      ...m.milestones.flatMap((x, j) =>
        outside(x.when)
          ? [{ messageId: 'milestone' as const, path: ['measures', i, 'milestones', j, 'when'], params: { n: i + 1, text: x.text, date: x.when, start, end } }]
          : [],
      ),
    ]);
  },
});
