/**
 * The wording of the calendar export (the yearly wheel of follow-up) in both målformer.
 * Titles are short because calendars show them in a narrow box; the longer notes go in
 * the event's description. `{…}` marks a value filled in by calendar.ts.
 */
import type { Text } from '../plan/rules/types';

export const CALENDAR_TEXT = {
  /** Used as the calendar's name when the plan has no title yet. */
  defaultName: { nb: 'Handlingsplan mot vold i nære relasjoner', nn: 'Handlingsplan mot vald i nære relasjonar' },
  deadline: { nb: 'Frist', nn: 'Frist' },
  milestone: { nb: 'Milepæl', nn: 'Milepæl' },
  councilReport: { nb: 'Årlig rapport til kommunestyret', nn: 'Årleg rapport til kommunestyret' },
  midTerm: { nb: 'Midtveisevaluering', nn: 'Midtvegsevaluering' },
  finalEvaluation: { nb: 'Sluttevaluering', nn: 'Sluttevaluering' },
  revision: { nb: 'Revisjon', nn: 'Revisjon' },
  periodEnd: { nb: 'Planperioden slutter', nn: 'Planperioden sluttar' },
  revisionStart: { nb: 'Start revisjonen senest', nn: 'Start revisjonen seinast' },

  quarterNote: {
    nb: 'Milepælen gjelder {quarter} og er lagt på siste dag i kvartalet.',
    nn: 'Milepælen gjeld {quarter} og er lagd på siste dagen i kvartalet.',
  },
  councilReportNote: {
    nb: 'Planen sier ikke hvilken måned rapporten skal komme, så datoen er årsdagen for starten av planperioden ({start}).',
    nn: 'Planen seier ikkje kva månad rapporten skal kome, så datoen er årsdagen for starten av planperioden ({start}).',
  },
  periodEndFallbackNote: {
    nb: 'Planen oppgir ingen sluttdato. Perioden regnes derfor å slutte ved sluttevalueringen eller revisjonen, det som kommer først.',
    nn: 'Planen oppgir ingen sluttdato. Perioden blir difor rekna å slutte ved sluttevalueringa eller revisjonen, det som kjem først.',
  },
  periodEndRolloverNote: {
    nb: 'Slutten er flyttet ved vedtak om rullering.',
    nn: 'Slutten er flytta ved vedtak om rullering.',
  },
  revisionStartNote: {
    nb: 'Nettstedets anslag, ikke et krav: revisjonen bør starte om lag {months} måneder før planperioden slutter ({end}), så den nye planen kan bli vedtatt før den gamle går ut.',
    nn: 'Anslaget til nettstaden, ikkje eit krav: revisjonen bør starte om lag {months} månader før planperioden sluttar ({end}), så den nye planen kan bli vedteken før den gamle går ut.',
  },
} satisfies Record<string, Text>;
