/** Texts around the owner's settings on the accessibility statement (src/site-settings.ts), bokmål. Spread into nb.ts. */
export const siteSettingsNb = {
  'settings.feedback.label': 'Send tilbakemelding til',
  'settings.feedback.missing': 'Kontaktadressen er ikke satt ennå. Virksomheten som publiserer nettstedet, må sette den når nettstedet bygges, med innstillingen {name} (en e-postadresse eller en nettadresse). Se «Innstillinger for den som publiserer» i README-filen i prosjektet. Til den er satt, kan du melde feil i prosjektets saksliste.',
  'settings.uustatus.label': 'Tilgjengelighetserklæringen i uustatus.no',
  'settings.uustatus.missing': 'Erklæringen er ikke publisert i uustatus.no ennå. Virksomheten som publiserer nettstedet, må fylle ut erklæringen i uustatus.no og sette lenken når nettstedet bygges, med innstillingen {name}. Se «Innstillinger for den som publiserer» i README-filen i prosjektet.',
} as const;
