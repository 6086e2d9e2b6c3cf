/**
 * What a column of an old plan's measure table holds, read from its header, in bokmål and
 * nynorsk. The user can change each column's field in the preview.
 */
export const FIELDS = ['description', 'responsible', 'partners', 'deadline', 'resources', 'indicator', 'goal', 'focusArea', 'status', 'note', 'ignore'] as const;
export type Field = (typeof FIELDS)[number];

/** Checked in order: the more specific words first («Måloppnåelse» before «Mål», «Samarbeid» before «Ansvar»). */
const HEADERS: [Field, RegExp][] = [
  ['indicator', /indikator|måloppnå|måling|resultatmål|suksesskriteri|evaluering|korleis måle|hvordan måle|effekt$/i],
  ['focusArea', /innsatsområde|satsingsområde|satsingsområde|satsningsområde|fokusområde|tema|^område|hovudområde|hovedområde/i],
  ['goal', /^(?:del|hoved|hovud|effekt|resultat)?mål(?:et|a|ene|setting|setjing|settinger)?\b|^mål\s|^mål$/i],
  ['partners', /samarbeid|involverte|medvirk|medverk|i samarbeid|partnar|partner/i],
  ['responsible', /ansvar|^hvem|^kven|utføres av|utførast av/i],
  ['deadline', /frist|tidsram|tidsperiode|tidsplan|tidspunkt|^når|^tid\b|gjennomføring|gjennomføres|gjennomførast|^år$|^periode/i],
  ['resources', /ressurs|økonomi|kostnad|budsjett|midlar|midler|finansier/i],
  ['status', /^status/i],
  ['description', /tiltak|aktivitet|^hva\b|^kva\b|beskrivelse|skildring|handling|^innhald|^innhold/i],
  ['note', /kommentar|merknad|^note/i],
];

/** The field a header names, or undefined. */
export function fieldOfHeader(header: string): Field | undefined {
  const h = header.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!h || h.length > 80) return undefined;
  // «Nr», «#», «Tiltak nr.»: the measure's number, not its text.
  if (/^(nr\.?|nummer|#|id|tiltak\s*nr\.?|tiltaksnr\.?)$/i.test(h)) return 'ignore';
  return HEADERS.find(([, re]) => re.test(h))?.[0];
}

/** Fields that, with a description column, make a table a measure table. */
export const MEASURE_FIELDS: Field[] = ['responsible', 'partners', 'deadline', 'resources', 'indicator', 'goal', 'focusArea', 'status'];
