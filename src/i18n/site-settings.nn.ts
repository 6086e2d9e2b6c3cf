/** Texts around the owner's settings on the accessibility statement (src/site-settings.ts), nynorsk. Spread into nn.ts. */
export const siteSettingsNn = {
  'settings.feedback.label': 'Send tilbakemelding til',
  'settings.feedback.missing': 'Kontaktadressa er ikkje sett enno. Verksemda som publiserer nettstaden, må setje henne når nettstaden blir bygd, med innstillinga {name} (ei e-postadresse eller ei nettadresse). Sjå «Innstillinger for den som publiserer» i README-fila i prosjektet. Til ho er sett, kan du melde feil i sakslista til prosjektet.',
  'settings.uustatus.label': 'Tilgjengelegheitserklæringa i uustatus.no',
  'settings.uustatus.missing': 'Erklæringa er ikkje publisert i uustatus.no enno. Verksemda som publiserer nettstaden, må fylle ut erklæringa i uustatus.no og setje lenkja når nettstaden blir bygd, med innstillinga {name}. Sjå «Innstillinger for den som publiserer» i README-fila i prosjektet.',
};
