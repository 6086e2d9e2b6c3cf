import { defineRule, type RawFinding } from './types';
import { BODY_IN_SENTENCE } from '../labels';

/**
 * Anbefaling: the kommunestyre adopts the plan. A plan adopted by formannskap or a
 * hovedutvalg still counts in KOSTRA (any political body does), but the kommunestyre is
 * the usual body, and its decision gives the plan the widest backing.
 */
export default defineRule({
  id: 'council-adoption',
  kind: 'anbefaling',
  title: { nb: 'Vedtatt av kommunestyret', nn: 'Vedteken av kommunestyret' },
  description: {
    nb: 'Et vedtak i formannskapet eller et hovedutvalg er politisk og teller i KOSTRA. Det vanlige er likevel at kommunestyret vedtar planen, slik at hele kommunens politiske ledelse står bak den.',
    nn: 'Eit vedtak i formannskapet eller eit hovudutval er politisk og tel i KOSTRA. Det vanlege er likevel at kommunestyret vedtek planen, slik at heile den politiske leiinga i kommunen står bak han.',
  },
  source: 'SSB KOSTRA skjema 7B del 2; NKVTS rapport 3/2019 kap. 1.2 og 5.1',
  messages: {
    otherBody: {
      nb: '{municipality}: planen vedtas av {body}. Det teller, men det vanlige er at kommunestyret vedtar planen.',
      nn: '{municipality}: planen blir vedteken av {body}. Det tel, men det vanlege er at kommunestyret vedtek planen.',
    },
  },
  skip: (plan) => (plan.municipalities.some((m) => m.adoption.body) ? undefined : 'nothing'),
  check(plan) {
    return plan.municipalities.flatMap((m, i): RawFinding<'otherBody'>[] =>
      m.adoption.body === 'formannskap' || m.adoption.body === 'utvalg'
        ? [{
            messageId: 'otherBody',
            path: ['municipalities', i, 'adoption', 'body'],
            params: { municipality: m.name, body_nb: BODY_IN_SENTENCE[m.adoption.body].nb, body_nn: BODY_IN_SENTENCE[m.adoption.body].nn },
            municipalityId: m.id,
          }]
        : [],
    );
  },
});
