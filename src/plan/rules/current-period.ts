import { defineRule } from './types';

/** Krav 5: the period has started and not expired on 31 December of the reporting year. */
export default defineRule({
  id: 'current-period',
  kind: 'krav',
  title: { nb: 'Gjeldende i rapporteringsåret', nn: 'Gjeldande i rapporteringsåret' },
  description: {
    nb: 'KOSTRA spør om status per 31. desember. Planperioden, medregnet vedtatt rullering, må ha startet og ikke være utløpt da. Sluttdatoen er med: en plan som slutter 31. desember, teller det året. En utløpt plan teller ikke, selv om ingen har opphevet den.',
    nn: 'KOSTRA spør om status per 31. desember. Planperioden, medrekna vedteken rullering, må ha starta og ikkje vere utløpen då. Sluttdatoen er med: ein plan som sluttar 31. desember, tel det året. Ein utløpen plan tel ikkje, sjølv om ingen har oppheva han.',
  },
  source: 'SSB KOSTRA skjema 7B del 2; NKVTS rapport 3/2019 kap. 1.2, 5.3.2 og 7.6',
  messages: {
    unknown: {
      nb: 'Vi kan ikke vurdere om planen gjelder, fordi planperioden er uklar.',
      nn: 'Vi kan ikkje vurdere om planen gjeld, fordi planperioden er uklar.',
    },
    expired: {
      nb: 'Planen utløp {end} og teller ikke for {year}.',
      nn: 'Planen gjekk ut {end} og tel ikkje for {year}.',
    },
    notStarted: {
      nb: 'Planperioden starter {start}, etter 31. desember {year}.',
      nn: 'Planperioden startar {start}, etter 31. desember {year}.',
    },
  },
  // A period that ends before it starts is reported once, by stated-period.
  skip: (_plan, { timeline: { start, effectiveEnd } }) => (start && effectiveEnd && effectiveEnd < start ? 'nothing' : undefined),
  check(_plan, { timeline, referenceDate, reportingYear }) {
    const { start, effectiveEnd } = timeline;
    if (!effectiveEnd) return [{ messageId: 'unknown', path: ['period', 'end'] }];
    if (start && start > referenceDate) {
      return [{ messageId: 'notStarted', path: ['period', 'start'], params: { start, year: reportingYear } }];
    }
    if (effectiveEnd < referenceDate) {
      return [{ messageId: 'expired', path: ['period', 'end'], params: { end: effectiveEnd, year: reportingYear } }];
    }
    return [];
  },
});
