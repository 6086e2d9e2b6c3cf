/**
 * Norwegian names of the plan's closed lists, in bokmål and nynorsk. The plan's
 * målform picks the language in previews and exports; the interface uses the same names.
 */
import type * as v from './vocabulary';
import type { Text } from './rules/types';

type Labels<T extends string> = Record<T, Text>;

export const PLACEMENT_LABELS: Labels<(typeof v.PLACEMENTS)[number]> = {
  samfunnsdel: { nb: 'Kommuneplanens samfunnsdel', nn: 'Samfunnsdelen i kommuneplanen' },
  kommunedelplan: { nb: 'Kommunedelplan', nn: 'Kommunedelplan' },
  temaplan: { nb: 'Temaplan', nn: 'Temaplan' },
  annet: { nb: 'Annet', nn: 'Anna' },
};

export const BODY_LABELS: Labels<(typeof v.ADOPTING_BODIES)[number]> = {
  kommunestyre: { nb: 'Kommunestyret eller bystyret', nn: 'Kommunestyret eller bystyret' },
  formannskap: { nb: 'Formannskapet', nn: 'Formannskapet' },
  utvalg: { nb: 'Hovedutvalg eller komité', nn: 'Hovudutval eller komité' },
  administrativt: { nb: 'Administrasjonen', nn: 'Administrasjonen' },
};

/** The body as it reads inside a sentence: «til behandling i kommunestyret», «vedtatt av formannskapet». */
export const BODY_IN_SENTENCE: Labels<(typeof v.ADOPTING_BODIES)[number]> = {
  kommunestyre: { nb: 'kommunestyret', nn: 'kommunestyret' },
  formannskap: { nb: 'formannskapet', nn: 'formannskapet' },
  utvalg: { nb: 'et hovedutvalg', nn: 'eit hovudutval' },
  administrativt: { nb: 'administrasjonen', nn: 'administrasjonen' },
};

export const ADOPTION_STATUS_LABELS: Labels<(typeof v.ADOPTION_STATUSES)[number]> = {
  'ikke-startet': { nb: 'Ikke startet', nn: 'Ikkje starta' },
  planlagt: { nb: 'Planlagt', nn: 'Planlagt' },
  vedtatt: { nb: 'Vedtatt', nn: 'Vedteken' },
};

export const COOPERATION_LABELS: Labels<(typeof v.COOPERATION_FORMS)[number]> = {
  vertskommune: { nb: 'Vertskommunesamarbeid', nn: 'Vertskommunesamarbeid' },
  'kommunalt-oppgavefellesskap': { nb: 'Kommunalt oppgavefellesskap', nn: 'Kommunalt oppgåvefellesskap' },
  'interkommunalt-politisk-rad': { nb: 'Interkommunalt politisk råd', nn: 'Interkommunalt politisk råd' },
  iks: { nb: 'Interkommunalt selskap (IKS)', nn: 'Interkommunalt selskap (IKS)' },
  avtale: { nb: 'Samarbeidsavtale', nn: 'Samarbeidsavtale' },
  annet: { nb: 'Annet', nn: 'Anna' },
};

export const PRIMARY_TARGET_GROUP_LABELS: Labels<(typeof v.PRIMARY_TARGET_GROUPS)[number]> = {
  utsatte: { nb: 'Voldsutsatte', nn: 'Valdsutsette' },
  utovere: { nb: 'Voldsutøvere', nn: 'Valdsutøvarar' },
  'barn-som-opplever-vold': { nb: 'Barn som opplever vold', nn: 'Born som opplever vald' },
};

export const TARGET_GROUP_LABELS: Labels<(typeof v.TARGET_GROUPS)[number]> = {
  'barn-og-unge': { nb: 'Barn og unge', nn: 'Born og unge' },
  voksne: { nb: 'Voksne', nn: 'Vaksne' },
  eldre: { nb: 'Eldre', nn: 'Eldre' },
  funksjonsnedsettelse: { nb: 'Personer med funksjonsnedsettelse', nn: 'Personar med funksjonsnedsetjing' },
  menn: { nb: 'Menn', nn: 'Menn' },
  lhbt: { nb: 'Lhbt+-personer', nn: 'Lhbt+-personar' },
  'samisk-befolkning': { nb: 'Den samiske befolkningen', nn: 'Den samiske folkesetnaden' },
  'negativ-sosial-kontroll-utsatte': {
    nb: 'Minoriteter som kan bli utsatt for negativ sosial kontroll, tvangsekteskap eller kjønnslemlestelse',
    nn: 'Minoritetar som kan bli utsette for negativ sosial kontroll, tvangsekteskap eller kjønnslemlesting',
  },
  'rus-psykisk-helse': { nb: 'Personer med rusproblemer eller psykiske lidelser', nn: 'Personar med rusproblem eller psykiske lidingar' },
};

export const VIOLENCE_FORM_LABELS: Labels<(typeof v.VIOLENCE_FORMS)[number]> = {
  fysisk: { nb: 'Fysisk vold', nn: 'Fysisk vald' },
  psykisk: { nb: 'Psykisk vold', nn: 'Psykisk vald' },
  seksuell: { nb: 'Seksuell vold', nn: 'Seksuell vald' },
  'materiell-okonomisk': { nb: 'Materiell og økonomisk vold', nn: 'Materiell og økonomisk vald' },
  digital: { nb: 'Digital vold', nn: 'Digital vald' },
  'negativ-sosial-kontroll': { nb: 'Negativ sosial kontroll', nn: 'Negativ sosial kontroll' },
  tvangsekteskap: { nb: 'Tvangsekteskap', nn: 'Tvangsekteskap' },
  kjonnslemlestelse: { nb: 'Kjønnslemlestelse', nn: 'Kjønnslemlesting' },
  aeresrelatert: { nb: 'Æresrelatert vold', nn: 'Æresrelatert vald' },
};

export const RESOURCE_LABELS: Labels<(typeof v.RESOURCE_KINDS)[number]> = {
  'innenfor-budsjett': { nb: 'Innenfor dagens budsjett', nn: 'Innanfor dagens budsjett' },
  'krever-midler': { nb: 'Krever nye midler', nn: 'Krev nye midlar' },
};

export const PREVENTION_LABELS: Labels<(typeof v.PREVENTION_LEVELS)[number]> = {
  universell: { nb: 'Universell', nn: 'Universell' },
  selektiv: { nb: 'Selektiv', nn: 'Selektiv' },
  indikert: { nb: 'Indikert', nn: 'Indikert' },
};

export const MEASURE_STATUS_LABELS: Labels<(typeof v.MEASURE_STATUSES)[number]> = {
  planlagt: { nb: 'Planlagt', nn: 'Planlagt' },
  pagar: { nb: 'Pågår', nn: 'Pågår' },
  gjennomfort: { nb: 'Gjennomført', nn: 'Gjennomført' },
  utsatt: { nb: 'Utsatt', nn: 'Utsett' },
};

export const REPORTING_LABELS: Labels<(typeof v.COUNCIL_REPORTING)[number]> = {
  arlig: { nb: 'Hvert år', nn: 'Kvart år' },
  'ved-slutt': { nb: 'Når planperioden er over', nn: 'Når planperioden er over' },
  ingen: { nb: 'Ingen fast rapportering', nn: 'Inga fast rapportering' },
};
