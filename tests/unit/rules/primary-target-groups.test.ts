import { completePlan, variant } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';
import type { Plan } from '../../../src/plan/schema';

const groups = (list: Plan['primaryTargetGroups']) =>
  variant(completePlan(), (p) => {
    p.primaryTargetGroups = list;
  });
const path = ['primaryTargetGroups'];

ruleTable(
  'primary-target-groups',
  [
    { name: 'all three primary groups', plan: completePlan() },
    { name: 'victims and perpetrators', plan: groups(['utovere', 'utsatte']) },
  ],
  [
    { name: 'only victims', plan: groups(['utsatte']), expected: [{ messageId: 'perpetrators', path }] },
    { name: 'only perpetrators', plan: groups(['utovere', 'barn-som-opplever-vold']), expected: [{ messageId: 'victims', path }] },
    { name: 'none', plan: groups([]), expected: [{ messageId: 'victims', path }, { messageId: 'perpetrators', path }] },
  ],
);
