/** Interface text for the example plans (src/examples/): plan builder, checker and workshop page. Nynorsk. */
import type { examplesNb } from './examples.nb';

export const examplesNn: Record<keyof typeof examplesNb, string> = {
  'examples.choose': 'Dømeplan',
  'examples.choose.description': 'Dømet blir eit nytt utkast. Utkasta du har frå før, blir ikkje endra.',
  'examples.opened': '«{title}» er opna som eit nytt utkast. Utkasta du hadde frå før, er ikkje endra.',
  'examples.unknown': 'Vi fann ikkje dømet «{id}». Vel eit døme nedanfor.',
  'examples.checkerName': 'Døme: {title}',
  'examples.openInChecker': 'Opne i sjekken',
  'examples.openInWizard': 'Opne som kopi i planbyggjaren',
};
