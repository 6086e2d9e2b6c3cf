import { defineRule } from './types';

export default defineRule({
  id: 'primary-target-groups',
  kind: 'anbefaling',
  title: { nb: 'Utsatte og utøvere som primærmålgrupper', nn: 'Utsette og utøvarar som primærmålgrupper' },
  description: {
    nb: 'Planen bør si tydelig at tiltakene først og fremst er for de som blir utsatt for vold, og for de som utøver vold.',
    nn: 'Planen bør seie tydeleg at tiltaka først og fremst er for dei som blir utsette for vald, og for dei som utøver vald.',
  },
  source: 'NKVTS rapport 3/2019 kap. 7.4 og 8.3',
  messages: {
    victims: { nb: 'Voldsutsatte er ikke valgt som primærmålgruppe.', nn: 'Valdsutsette er ikkje valde som primærmålgruppe.' },
    perpetrators: { nb: 'Voldsutøvere er ikke valgt som primærmålgruppe.', nn: 'Valdsutøvarar er ikkje valde som primærmålgruppe.' },
  },
  check(plan) {
    const groups = plan.primaryTargetGroups;
    return [
      ...(groups.includes('utsatte') ? [] : [{ messageId: 'victims' as const, path: ['primaryTargetGroups'] }]),
      ...(groups.includes('utovere') ? [] : [{ messageId: 'perpetrators' as const, path: ['primaryTargetGroups'] }]),
    ];
  },
});
