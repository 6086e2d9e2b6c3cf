/** Interface text of the page chrome (header, chapter layout) and the plan builder's start page layout. Nynorsk. */
import type { lookNb } from './look.nb';

export const lookNn: Record<keyof typeof lookNb, string> = {
  'header.menu': 'Meny',
  'header.search': 'Søk',
  'header.home': 'Til framsida',
  'wizard.overview.planHeading': 'Planen de arbeider med',
  'wizard.overview.sections': 'Delane av planen',
  'wizard.overview.manage': 'Utkast, døme og planfiler',
  'wizard.overview.manageLead': 'Start ein ny plan, opne ei planfil de har lagra, eller prøv eit døme. Utkasta ligg berre i denne nettlesaren.',
  'wizard.overview.progress': '{done} av {total} delar er ferdige.',
  'wizard.overview.toDrafts': 'Byt utkast, opne ei planfil eller start frå eit døme',
  'wizard.drafts.startOrOpen': 'Ny plan eller planfil',
  'wizard.drafts.list': 'Utkast på denne maskinen',
  'wizard.file.openHint': 'Vel ei planfil (.json) som de har lagra frå planbyggjaren.',
};
