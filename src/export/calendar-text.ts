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
  councilReport: { nb: 'Årlig rapport for {year} til kommunestyret', nn: 'Årleg rapport for {year} til kommunestyret' },
  midTerm: { nb: 'Midtveisevaluering', nn: 'Midtvegsevaluering' },
  finalEvaluation: { nb: 'Sluttevaluering', nn: 'Sluttevaluering' },
  revision: { nb: 'Revisjon', nn: 'Revisjon' },
  periodEnd: { nb: 'Planperioden slutter', nn: 'Planperioden sluttar' },
  revisionStart: { nb: 'Start revisjonen senest', nn: 'Start revisjonen seinast' },

  plan: { nb: 'Plan', nn: 'Plan' },
  responsible: { nb: 'Ansvarlig', nn: 'Ansvarleg' },
  caseNumber: { nb: 'Saksnummer', nn: 'Saksnummer' },
  council: { nb: 'Kommunestyret', nn: 'Kommunestyret' },
  bodyUnnamed: { nb: 'Utvalget', nn: 'Utvalet' },
  defaultOwner: { nb: 'kommunedirektøren', nn: 'kommunedirektøren' },
  meetingTitle: { nb: '{body} behandler planen ({municipality})', nn: '{body} handsamar planen ({municipality})' },
  doMeeting: {
    nb: '{body} behandler planen i dette møtet. Sørg for at saksframlegget og planen er sendt ut med sakspapirene.',
    nn: '{body} handsamar planen i dette møtet. Sjå til at saksframlegget og planen er sende ut med sakspapira.',
  },
  doAdoption: {
    nb: '{body} skal vedta planen i dette møtet. Sørg for at saksframlegget og planen er sendt ut med sakspapirene.',
    nn: '{body} skal vedta planen i dette møtet. Sjå til at saksframlegget og planen er sende ut med sakspapira.',
  },
  doDeadline: { nb: 'Tiltaket skal være gjennomført. Meld status til den som følger opp planen.', nn: 'Tiltaket skal vere gjennomført. Meld status til den som følgjer opp planen.' },
  doMilestone: { nb: 'Milepælen skal være nådd. Meld status til den som følger opp planen.', nn: 'Milepælen skal vere nådd. Meld status til den som følgjer opp planen.' },
  doReport: {
    nb: 'Legg fram rapporten for {year} for kommunestyret: hva som er gjort med hvert tiltak, og hva som gjenstår. Meld saken inn i god tid før møtet.',
    nn: 'Legg fram rapporten for {year} for kommunestyret: kva som er gjort med kvart tiltak, og kva som står att. Meld saka inn i god tid før møtet.',
  },
  doMidTerm: { nb: 'Gjør midtveisevalueringen: gå gjennom tiltakene og juster planen om det trengs.', nn: 'Gjer midtvegsevalueringa: gå gjennom tiltaka og juster planen om det trengst.' },
  doFinal: { nb: 'Gjør sluttevalueringen: hva ble gjort, hva virket, og hva tas med i neste plan.', nn: 'Gjer sluttevalueringa: kva blei gjort, kva verka, og kva blir teke med i neste plan.' },
  doRevision: { nb: 'Planen skal revideres eller rulleres. Legg fram ny plan eller vedtak om rullering for kommunestyret.', nn: 'Planen skal reviderast eller rullerast. Legg fram ny plan eller vedtak om rullering for kommunestyret.' },
  doPeriodEnd: { nb: 'Planperioden slutter. En ny plan bør være vedtatt nå, ellers har kommunen ingen gjeldende plan.', nn: 'Planperioden sluttar. Ein ny plan bør vere vedteken no, elles har kommunen ingen gjeldande plan.' },
  movedBefore: { nb: 'Datoen i planen er {date}, en helg eller helligdag. Påminnelsen er lagt på siste arbeidsdag før.', nn: 'Datoen i planen er {date}, ei helg eller ein heilagdag. Påminninga er lagd på siste arbeidsdagen før.' },
  movedAfter: { nb: 'Datoen i planen er {date}, en helg eller helligdag. Påminnelsen er lagt på første arbeidsdag etter.', nn: 'Datoen i planen er {date}, ei helg eller ein heilagdag. Påminninga er lagd på første arbeidsdagen etter.' },
  councilReportMonthNote: { nb: 'Planen sier at rapporten legges fram for kommunestyret i {month}.', nn: 'Planen seier at rapporten blir lagd fram for kommunestyret i {month}.' },
  quarterNote: {
    nb: 'Milepælen gjelder {quarter} og er lagt på siste dag i kvartalet.',
    nn: 'Milepælen gjeld {quarter} og er lagd på siste dagen i kvartalet.',
  },
  councilReportNote: {
    nb: 'Planen sier ikke hvilken måned rapporten skal komme, så datoen er årsdagen for starten av planperioden ({start}). Velg måned under Oppfølging i planen.',
    nn: 'Planen seier ikkje kva månad rapporten skal kome, så datoen er årsdagen for starten av planperioden ({start}). Vel månad under Oppfølging i planen.',
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
