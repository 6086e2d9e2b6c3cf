/**
 * Interface text of the form checks (required fields, dates inside the plan period,
 * Norwegian dates and quarters), bokmål. Part of the nb catalogue (spread into nb.ts).
 */
export const wizardFormNb = {
  'form.counts': 'Trengs for å telle i KOSTRA',
  'form.error.title': 'Skriv tittelen på planen.',
  'form.error.endBeforeStart': 'Planperioden slutter ({end}) før den starter ({start}). Skriv en slutt som kommer etter starten.',
  'form.error.deadlineBeforeStart': '{place}: fristen ({date}) er før planperioden starter ({start}). Velg en frist i planperioden, eller endre perioden.',
  'form.error.deadlineAfterEnd': '{place}: fristen ({date}) er etter at planperioden slutter ({end}). Velg en frist i planperioden, eller endre perioden.',
  'form.error.milestoneBeforeStart': '{place}: milepælen ({date}) er før planperioden starter ({start}). Velg et tidspunkt i planperioden, eller endre perioden.',
  'form.error.milestoneAfterEnd': '{place}: milepælen ({date}) er etter at planperioden slutter ({end}). Velg et tidspunkt i planperioden, eller endre perioden.',
  'form.error.periodDate': '{place} må være et årstall eller en dato, for eksempel 2027 eller 1. mars 2027.',
  'form.error.milestoneWhen': '{place} må være en dato eller et kvartal, for eksempel 1. mars 2027 eller 3. kvartal 2027.',
  'error.endBeforeStart': 'Slutten kommer før starten. Skriv en slutt som kommer etter starten.',
  'checker.save.textAnswered': 'Filen tar med svarene om kommunen, vedtaket og planperioden. Tiltakene skriver dere inn i planbyggeren.',
} as const;
