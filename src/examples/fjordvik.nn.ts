/** The short example plan on the plan file page (fjordvik.ts), in nynorsk: the same plan with nynorsk text and malform 'nn'. */
import { planSchema, type Plan } from '../plan/schema';
import { FJORDVIK_SHORT } from './fjordvik';
import { focusAreasNn, measuresNn } from './nn-text';

export const FJORDVIK_SHORT_NN: Plan = planSchema.parse({
  ...FJORDVIK_SHORT,
  title: 'Handlingsplan mot vald i nære relasjonar 2027–2030',
  malform: 'nn',
  placement: { ...FJORDVIK_SHORT.placement, owner: 'Kommunalsjef for helse og omsorg' },
  focusAreas: focusAreasNn(FJORDVIK_SHORT.focusAreas, {
    i1: { title: 'Kompetanse i tenestene', goals: { g1: 'Tilsette spør om vald' } },
  }),
  measures: measuresNn(FJORDVIK_SHORT.measures, {
    t1: {
      description: 'Kurs i å spørje om vald for tilsette i helsestasjonen',
      unit: 'Helsestasjonen',
      role: 'leiar',
      indicator: 'Delen av tilsette som har teke kurset',
    },
  }),
});
