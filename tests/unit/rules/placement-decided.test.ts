import { completePlan, variant } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';
import type { Plan } from '../../../src/plan/schema';

const placed = (placement: Plan['placement']) =>
  variant(completePlan(), (p) => {
    p.placement = placement;
  });

ruleTable(
  'placement-decided',
  [
    { name: 'temaplan', plan: completePlan() },
    { name: 'samfunnsdel', plan: placed({ kind: 'samfunnsdel' }) },
    { name: 'kommunedelplan', plan: placed({ kind: 'kommunedelplan' }) },
    { name: '«annet» with a description', plan: placed({ kind: 'annet', other: 'Del av oppvekstplanen' }) },
  ],
  [
    { name: 'no placement', plan: placed({}), expected: [{ messageId: 'missing', path: ['placement', 'kind'] }] },
    { name: 'only an owner', plan: placed({ owner: 'Rådmannen' }), expected: [{ messageId: 'missing', path: ['placement', 'kind'] }] },
    { name: '«annet» without a description', plan: placed({ kind: 'annet' }), expected: [{ messageId: 'otherMissing', path: ['placement', 'other'] }] },
    { name: '«annet» with a blank description', plan: placed({ kind: 'annet', other: '   ' }), expected: [{ messageId: 'otherMissing', path: ['placement', 'other'] }] },
  ],
);
