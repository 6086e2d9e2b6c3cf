/**
 * The routines annex (src/plan/routines.ts), nynorsk: the wizard's fieldset and the Word appendix read these.
 * Spread into nn.ts; the export imports this file alone (not the whole catalogue).
 */
export const routinesNn = {
  'routines.heading': 'Vedlegg: rutinar når nokon er utsett for vald (valfritt)',
  'routines.lead': 'Fyll inn det som gjeld hos dykk: roller, einingar og telefonnummer. Det de skriv her, kjem som vedlegg i Word-dokumentet med planen.',
  'routines.chapterLink': 'Les kapittelet «Rutinar når nokon er utsett for vald»',
  'routines.appendix': 'Vedlegg: Rutinar når nokon er utsett for vald',
  'routines.appendixLead': 'Slik gjer tilsette i kommunen det når dei trur at nokon er utsett for vald. Er nokon i akutt fare, ring politiet på 112.',
  'routines.step': 'Steg',
  'routines.ours': 'Hos oss',
  'routines.contacts': '1. Kven den tilsette snakkar med',
  'routines.contacts.hint': 'Næraste leiar, rådgjevar eller valdskoordinator, og kven som kan kontaktast utanom kontortid.',
  'routines.documenting': '2. Dokumentere',
  'routines.documenting.hint': 'Kvar det blir skrive ned (journal eller fagsystem), og kvar skadar blir undersøkte (lege eller legevakt).',
  'routines.risk': '3. Risikovurdering og sikkerheitsplan',
  'routines.risk.hint': 'Kven som vurderer faren saman med den utsette, og kva krisesenter de samarbeider med.',
  'routines.avert': '4. Avvergingsplikt (straffelova § 196)',
  'routines.avert.hint': 'Kven i politiet tilsette varslar, og kven i kommunen som skal vite om det.',
  'routines.childWelfare': '5. Opplysningsplikt til barnevernet',
  'routines.childWelfare.hint': 'Kven som sender meldinga, kvar, og barnevernsvakt. Skriv paragrafen i barnevernslova etter å ha sjekka Lovdata.',
  'routines.police': '6. Når politiet blir kopla inn',
  'routines.police.hint': 'Politikontakt og familievaldskoordinator i politidistriktet.',
  'routines.followUp': '7. Følgje opp',
  'routines.followUp.hint': 'Kven som følgjer opp den utsette, borna og den som utøver vald, og kva tilbod som finst.',
  'routines.adultsAtRisk': 'Vaksne som ikkje kan beskytte seg sjølve',
  'routines.adultsAtRisk.hint': 'TryggEst-team eller den som tek imot uro om vaksne.',
  'routines.maintenance': 'Vedlikehald av rutinen',
  'routines.maintenance.hint': 'Kven som eig rutinen, når han blir gått gjennom, og korleis nytilsette lærer han.',
};
