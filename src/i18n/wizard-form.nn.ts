/**
 * Interface text of the form checks (required fields, dates inside the plan period,
 * Norwegian dates and quarters), nynorsk. Part of the nn catalogue (spread into nn.ts).
 */
import type { wizardFormNb } from './wizard-form.nb';

export const wizardFormNn: Record<keyof typeof wizardFormNb, string> = {
  'form.counts': 'Trengst for å telje i KOSTRA',
  'form.error.title': 'Skriv tittelen på planen.',
  'form.error.endBeforeStart': 'Planperioden sluttar ({end}) før han byrjar ({start}). Skriv ein slutt som kjem etter starten.',
  'form.error.deadlineBeforeStart': '{place}: fristen ({date}) er før planperioden byrjar ({start}). Vel ein frist i planperioden, eller endre perioden.',
  'form.error.deadlineAfterEnd': '{place}: fristen ({date}) er etter at planperioden sluttar ({end}). Vel ein frist i planperioden, eller endre perioden.',
  'form.error.milestoneBeforeStart': '{place}: milepælen ({date}) er før planperioden byrjar ({start}). Vel eit tidspunkt i planperioden, eller endre perioden.',
  'form.error.milestoneAfterEnd': '{place}: milepælen ({date}) er etter at planperioden sluttar ({end}). Vel eit tidspunkt i planperioden, eller endre perioden.',
  'form.error.periodDate': '{place} må vere eit årstal eller ein dato, til dømes 2027 eller 1. mars 2027.',
  'form.error.milestoneWhen': '{place} må vere ein dato eller eit kvartal, til dømes 1. mars 2027 eller 3. kvartal 2027.',
  'error.endBeforeStart': 'Slutten kjem før starten. Skriv ein slutt som kjem etter starten.',
  'checker.save.textAnswered': 'Fila tek med svara om kommunen, vedtaket og planperioden. Tiltaka skriv de inn i planbyggjaren.',
};
