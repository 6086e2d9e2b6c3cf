/** The wording of the evaluation report, in both målformer. */
import type { Text } from '../plan/rules/types';

export const EVALUATION_TEXT = {
  title: { nb: 'Evaluering av {title}', nn: 'Evaluering av {title}' },
  untitled: { nb: 'handlingsplan mot vold i nære relasjoner', nn: 'handlingsplan mot vald i nære relasjonar' },
  status: { nb: 'Status for planen', nn: 'Status for planen' },
  expired: { nb: 'Planen gikk ut {date} og teller ikke lenger i KOSTRA.', nn: 'Planen gjekk ut {date} og tel ikkje lenger i KOSTRA.' },
  current: { nb: 'Planen gjelder til og med {date}.', nn: 'Planen gjeld til og med {date}.' },
  unclear: { nb: 'Planen har ingen klar planperiode og har derfor ikke telt i KOSTRA.', nn: 'Planen har ingen klar planperiode og har difor ikkje telt i KOSTRA.' },
  years: { nb: 'Den gjaldt for rapporteringsårene {first}–{last}.', nn: 'Han gjaldt for rapporteringsåra {first}–{last}.' },
  summary: { nb: 'Oppsummering', nn: 'Oppsummering' },
  measures: { nb: 'Tiltakene', nn: 'Tiltaka' },
  measure: { nb: 'Tiltak', nn: 'Tiltak' },
  result: { nb: 'Resultat', nn: 'Resultat' },
  decision: { nb: 'Videre', nn: 'Vidare' },
  comment: { nb: 'Kommentar', nn: 'Kommentar' },
  count: { nb: 'Antall', nn: 'Tal' },
  questions: { nb: 'Hva evalueringen viser', nn: 'Kva evalueringa viser' },
  notAnswered: { nb: 'Ikke besvart', nn: 'Ikkje svart på' },
  evaluatedOn: { nb: 'Evaluert', nn: 'Evaluert' },
  notJudged: { nb: 'Ikke vurdert', nn: 'Ikkje vurdert' },
} satisfies Record<string, Text>;

export const QUESTION_TEXT = {
  whatDone: { nb: 'Hva gjorde vi?', nn: 'Kva gjorde vi?' },
  learned: { nb: 'Hva lærte vi?', nn: 'Kva lærte vi?' },
  worked: { nb: 'Hva virket?', nn: 'Kva verka?' },
  missingGroups: { nb: 'Hvilke grupper manglet?', nn: 'Kva grupper mangla?' },
  placement: { nb: 'Var plasseringen i plansystemet riktig?', nn: 'Var plasseringa i plansystemet rett?' },
} satisfies Record<string, Text>;

export const RESULT_TEXT = {
  gjennomfort: { nb: 'Gjennomført', nn: 'Gjennomført' },
  delvis: { nb: 'Delvis gjennomført', nn: 'Delvis gjennomført' },
  'ikke-gjennomfort': { nb: 'Ikke gjennomført', nn: 'Ikkje gjennomført' },
} satisfies Record<string, Text>;

export const DECISION_TEXT = {
  behold: { nb: 'Beholdes', nn: 'Blir halde fram' },
  endre: { nb: 'Endres', nn: 'Blir endra' },
  dropp: { nb: 'Droppes', nn: 'Blir droppa' },
} satisfies Record<string, Text>;
