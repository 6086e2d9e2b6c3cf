/** Interface text for the example plans (src/examples/): plan builder, checker and workshop page. Bokmål. */
export const examplesNb = {
  'examples.choose': 'Eksempelplan',
  'examples.choose.description': 'Eksemplet blir et nytt utkast. Utkastene du har fra før, blir ikke endret.',
  'examples.opened': '«{title}» er åpnet som et nytt utkast. Utkastene du hadde fra før, er ikke endret.',
  'examples.unknown': 'Vi fant ikke eksemplet «{id}». Velg et eksempel under.',
  'examples.checkerName': 'Eksempel: {title}',
  'examples.openInChecker': 'Åpne i sjekken',
  'examples.openInWizard': 'Åpne som kopi i planbyggeren',
} as const;
