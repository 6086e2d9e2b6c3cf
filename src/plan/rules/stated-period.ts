import { defineRule } from './types';

/** Krav 4: the plan states its period, with the evaluation/revision fallback. */
export default defineRule({
  id: 'stated-period',
  kind: 'krav',
  title: { nb: 'Planperiode oppgitt', nn: 'Planperiode oppgitt' },
  description: {
    nb: 'Planen må si hvor lenge den gjelder. Har den ingen sluttdato, regnes datoen for evaluering eller revisjon som slutt. Har den ingen av delene, er perioden uklar, og planen teller ikke.',
    nn: 'Planen må seie kor lenge han gjeld. Har han ingen sluttdato, blir datoen for evaluering eller revisjon rekna som slutt. Har han ingen av delane, er perioden uklar, og planen tel ikkje.',
  },
  source: 'SSB KOSTRA skjema 7B del 2; NKVTS rapport 3/2019 kap. 1.2 og 5.3.2',
  messages: {
    unclear: {
      nb: 'Planperioden er uklar: planen har verken sluttdato eller dato for evaluering eller revisjon.',
      nn: 'Planperioden er uklar: planen har korkje sluttdato eller dato for evaluering eller revisjon.',
    },
    endBeforeStart: {
      nb: 'Planperioden slutter ({end}) før den begynner ({start}).',
      nn: 'Planperioden sluttar ({end}) før han byrjar ({start}).',
    },
  },
  check(_plan, { timeline }) {
    if (!timeline.effectiveEnd) return [{ messageId: 'unclear', path: ['period', 'end'] }];
    if (timeline.start && timeline.effectiveEnd < timeline.start) {
      return [{ messageId: 'endBeforeStart', path: ['period', 'end'], params: { start: timeline.start, end: timeline.effectiveEnd } }];
    }
    return [];
  },
});
