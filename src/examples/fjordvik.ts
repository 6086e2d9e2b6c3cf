/** A short example plan for a fictional municipality, used on the plan file page. */
import { planSchema, type Plan } from '../plan/schema';

export const FJORDVIK_SHORT: Plan = planSchema.parse({
  id: 'eksempel-fjordvik',
  title: 'Handlingsplan mot vold i nære relasjoner 2027–2030',
  malform: 'nb',
  planType: 'egen',
  municipalities: [{ id: 'k1', name: 'Fjordvik', adoption: { status: 'planlagt', body: 'kommunestyre', date: '2027-02-11' } }],
  placement: { kind: 'kommunedelplan', owner: 'Kommunalsjef for helse og omsorg' },
  period: { start: '2027', end: '2030' },
  focusAreas: [{ id: 'i1', title: 'Kompetanse i tjenestene', goals: [{ id: 'g1', text: 'Ansatte spør om vold' }] }],
  measures: [
    {
      id: 't1',
      description: 'Kurs i å spørre om vold for ansatte i helsestasjonen',
      goalId: 'g1',
      responsible: { unit: 'Helsestasjonen', role: 'leder' },
      deadline: '2027-12-31',
      resources: { kind: 'innenfor-budsjett' },
      indicator: 'Andel ansatte som har tatt kurset',
    },
  ],
  followUp: { councilReporting: 'arlig', finalEvaluation: '2030-09-30' },
});
