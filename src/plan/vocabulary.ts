/**
 * The closed lists of the plan model (enums). Their Norwegian labels live in
 * `labels.ts`; the schema, the rules and the UI all take the values from here.
 */

export const MALFORMER = ['nb', 'nn'] as const;
export const PLAN_TYPES = ['egen', 'interkommunal'] as const;
export const COOPERATION_FORMS = [
  'vertskommune',
  'kommunalt-oppgavefellesskap',
  'interkommunalt-politisk-rad',
  'iks',
  'avtale',
  'annet',
] as const;
export const PLACEMENTS = ['samfunnsdel', 'kommunedelplan', 'temaplan', 'annet'] as const;
export const ADOPTION_STATUSES = ['ikke-startet', 'planlagt', 'vedtatt'] as const;
export const ADOPTING_BODIES = ['kommunestyre', 'formannskap', 'utvalg', 'administrativt'] as const;
/** Bodies whose decision makes a plan «politisk vedtatt» (KOSTRA, seed 000 section 1.2). */
export const POLITICAL_BODIES: readonly (typeof ADOPTING_BODIES)[number][] = ['kommunestyre', 'formannskap', 'utvalg'];
export const COUNCIL_REPORTING = ['arlig', 'ved-slutt', 'ingen'] as const;
export const RESOURCE_KINDS = ['innenfor-budsjett', 'krever-midler'] as const;
export const PREVENTION_LEVELS = ['universell', 'selektiv', 'indikert'] as const;
export const MEASURE_STATUSES = ['planlagt', 'pagar', 'gjennomfort', 'utsatt'] as const;

/** Primary target groups (seed 000 ch. 7–8). */
export const PRIMARY_TARGET_GROUPS = ['utsatte', 'utovere', 'barn-som-opplever-vold'] as const;
/** Groups the plan should consider. */
export const TARGET_GROUPS = [
  'barn-og-unge',
  'voksne',
  'eldre',
  'funksjonsnedsettelse',
  'menn',
  'lhbt',
  'samisk-befolkning',
  'negativ-sosial-kontroll-utsatte',
  'rus-psykisk-helse',
] as const;
export const VIOLENCE_FORMS = [
  'fysisk',
  'psykisk',
  'seksuell',
  'materiell-okonomisk',
  'digital',
  'negativ-sosial-kontroll',
  'tvangsekteskap',
  'kjonnslemlestelse',
  'aeresrelatert',
] as const;

export type Malform = (typeof MALFORMER)[number];
export type PlanType = (typeof PLAN_TYPES)[number];
export type AdoptingBody = (typeof ADOPTING_BODIES)[number];

/** Evaluating an old plan (revision): what happened to each measure, and what to do with it. */
export const EVALUATION_RESULTS = ['gjennomfort', 'delvis', 'ikke-gjennomfort'] as const;
export const EVALUATION_DECISIONS = ['behold', 'endre', 'dropp'] as const;
