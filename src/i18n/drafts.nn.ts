/** Interface text about keeping drafts safe (saving, failures, freeing space, unreadable drafts), nynorsk. */
import type { draftsNb } from './drafts.nb';

export const draftsNn: Record<keyof typeof draftsNb, string> = {
  'drafts.save.planFileNow': 'Lagre planfil no',
  'drafts.save.leave': 'Endringane er ikkje lagra i nettlesaren. Vil de forlate sida likevel? Lagre ei planfil først, så mistar de ingenting.',
  'drafts.full.create': 'Det er ikkje plass til eit nytt utkast i nettlesaren, så det blei ikkje laga. Utkastet som er ope, er som før. Slett eit gammalt utkast nedanfor, og prøv igjen.',
  'drafts.full.change': 'Det er ikkje plass i nettlesaren, så endringa blei ikkje lagra. Slett eit gammalt utkast nedanfor, og prøv igjen.',
  'drafts.unavailable.create': 'Nettlesaren lèt oss ikkje lagre, så det nye utkastet blei ikkje laga. Utkastet som er ope, er som før.',
  'drafts.conflict.change': 'Utkastet er endra i ei anna fane, så endringa blei ikkje lagra. Last inn sida på nytt for å sjå den nyaste versjonen.',
  'drafts.free.heading': 'Frigjer plass',
  'drafts.free.intro': 'Utkasta nedanfor tek plass i nettlesaren. Lagre ei planfil av det de vil ta vare på før de slettar det.',
  'drafts.free.item': '{title} ({size})',
  'drafts.free.delete': 'Slett {title}',
  'drafts.free.confirm': 'Ja, slett {title}',
  'drafts.free.none': 'Det er ingen andre utkast å slette. Lagre planfila, og frigjer plass i nettlesaren ved å slette data frå andre nettstader.',
  'drafts.size.kb': '{n} kB',
  'drafts.size.mb': '{n} MB',
  'drafts.unreadable.heading': 'Eit lagra utkast kunne ikkje lesast',
  'drafts.unreadable.text': 'Nettlesaren har eit utkast som ikkje kan opnast her, kanskje fordi det blei skadd. Det er lagt til side uendra. Last det ned som fil og ta vare på fila før de slettar utkastet frå nettlesaren.',
  'drafts.unreadable.download': 'Last ned det ulesbare utkastet ({size})',
  'drafts.unreadable.delete': 'Slett det ulesbare utkastet',
  'drafts.rename.hint': 'Namnet gjeld berre i denne lista. Tittelen på planen, som står i dokumenta, endrar de under «Om planen».',
  'drafts.planTitle': 'Tittel på planen: {title}',
};
