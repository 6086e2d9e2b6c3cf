/**
 * The routines annex (src/plan/routines.ts), bokmål: the wizard's fieldset and the Word appendix read these.
 * Spread into nb.ts; the export imports this file alone (not the whole catalogue).
 */
export const routinesNb = {
  'routines.heading': 'Vedlegg: rutiner når noen er utsatt for vold (valgfritt)',
  'routines.lead': 'Fyll inn det som gjelder hos dere: roller, enheter og telefonnumre. Det dere skriver her, kommer som vedlegg i Word-dokumentet med planen.',
  'routines.chapterLink': 'Les kapitlet «Rutiner når noen er utsatt for vold»',
  'routines.appendix': 'Vedlegg: Rutiner når noen er utsatt for vold',
  'routines.appendixLead': 'Slik gjør ansatte i kommunen det når de tror at noen er utsatt for vold. Er noen i akutt fare, ring politiet på 112.',
  'routines.step': 'Steg',
  'routines.ours': 'Hos oss',
  'routines.contacts': '1. Hvem den ansatte snakker med',
  'routines.contacts.hint': 'Nærmeste leder, rådgiver eller voldskoordinator, og hvem som kan kontaktes utenom kontortid.',
  'routines.documenting': '2. Dokumentere',
  'routines.documenting.hint': 'Hvor det skrives ned (journal eller fagsystem), og hvor skader undersøkes (lege eller legevakt).',
  'routines.risk': '3. Risikovurdering og sikkerhetsplan',
  'routines.risk.hint': 'Hvem som vurderer faren sammen med den utsatte, og hvilket krisesenter dere samarbeider med.',
  'routines.avert': '4. Avvergeplikt (straffeloven § 196)',
  'routines.avert.hint': 'Hvem i politiet ansatte varsler, og hvem i kommunen som skal vite om det.',
  'routines.childWelfare': '5. Opplysningsplikt til barnevernet',
  'routines.childWelfare.hint': 'Hvem som sender meldingen, hvor, og barnevernsvakt. Skriv paragrafen i barnevernsloven etter å ha sjekket Lovdata.',
  'routines.police': '6. Når politiet kobles inn',
  'routines.police.hint': 'Politikontakt og familievoldskoordinator i politidistriktet.',
  'routines.followUp': '7. Følge opp',
  'routines.followUp.hint': 'Hvem som følger opp den utsatte, barna og den som utøver vold, og hvilke tilbud som finnes.',
  'routines.adultsAtRisk': 'Voksne som ikke kan beskytte seg selv',
  'routines.adultsAtRisk.hint': 'TryggEst-team eller den som tar imot bekymringer om voksne.',
  'routines.maintenance': 'Vedlikehold av rutinen',
  'routines.maintenance.hint': 'Hvem som eier rutinen, når den gås gjennom, og hvordan nyansatte lærer den.',
} as const;
