/** Interface text of the page chrome (header, chapter layout) and the plan builder's start page layout. Bokmål. */
export const lookNb = {
  'header.menu': 'Meny',
  'header.search': 'Søk',
  'header.home': 'Til forsiden',
  'wizard.overview.planHeading': 'Planen dere jobber med',
  'wizard.overview.sections': 'Delene av planen',
  'wizard.overview.manage': 'Utkast, eksempler og planfiler',
  'wizard.overview.manageLead': 'Start en ny plan, åpne en planfil dere har lagret, eller prøv et eksempel. Utkastene ligger bare i denne nettleseren.',
  'wizard.overview.progress': '{done} av {total} deler er ferdige.',
  'wizard.overview.toDrafts': 'Bytt utkast, åpne en planfil eller start fra et eksempel',
  'wizard.drafts.startOrOpen': 'Ny plan eller planfil',
  'wizard.drafts.list': 'Utkast på denne maskinen',
  'wizard.file.openHint': 'Velg en planfil (.json) som dere har lagret fra planbyggeren.',
} as const;
