/**
 * The working group's checklist: what would still stop the plan from counting in KOSTRA once
 * the council adopts it, and the recommendations still open, for the first year it can count.
 * A separate document for the group, never part of what goes to the council. In the plan's målform.
 */
import { Document, HeadingLevel, Paragraph, type FileChild } from 'docx';
import type { Plan } from '../plan/schema';
import { computeOutlook } from '../plan/outlook';
import { findingMessage, fill } from '../plan/messages';
import type { Text } from '../plan/rules/types';
import { documentStyles, heading, para, bullet } from './docx-common';

const TEXT = {
  title: { nb: 'Sjekkliste før planen legges fram', nn: 'Sjekkliste før planen blir lagd fram' },
  lead: {
    nb: 'Arbeidsliste for arbeidsgruppen for «{title}», vurdert for rapporteringsåret {year} som om planen er vedtatt slik det er planlagt. Listen hører ikke med til planen.',
    nn: 'Arbeidsliste for arbeidsgruppa for «{title}», vurdert for rapporteringsåret {year} som om planen er vedteken slik det er planlagt. Lista høyrer ikkje med til planen.',
  },
  krav: { nb: 'Dette må rettes for at planen skal telle i KOSTRA', nn: 'Dette må rettast for at planen skal telje i KOSTRA' },
  kravNone: { nb: 'Ingenting. Planen oppfyller alle kravene.', nn: 'Ingenting. Planen oppfyller alle krava.' },
  recommendations: { nb: 'Anbefalinger som gjør planen bedre', nn: 'Tilrådingar som gjer planen betre' },
  recommendationsNone: { nb: 'Planen følger alle anbefalingene.', nn: 'Planen følgjer alle tilrådingane.' },
  untitled: { nb: 'Planen', nn: 'Planen' },
} satisfies Record<string, Text>;

export function checklistDocument(plan: Plan, today: string): Document {
  const lang = plan.malform;
  const { result, focusYear } = computeOutlook(plan, { today });
  const title = plan.title || TEXT.untitled[lang];
  const list = (kind: 'krav' | 'anbefaling', none: keyof typeof TEXT): FileChild[] => {
    const items = result.findings.filter((f) => f.kind === kind).map((f) => bullet(findingMessage(f, lang)));
    return items.length ? items : [para(TEXT[none][lang])];
  };
  return new Document({
    title: TEXT.title[lang],
    subject: title,
    creator: plan.municipalities.map((m) => m.name).join(', ') || title,
    styles: documentStyles(lang),
    sections: [{
      children: [
        new Paragraph({ text: TEXT.title[lang], heading: HeadingLevel.TITLE }),
        para(fill(TEXT.lead[lang], { title, year: focusYear }, lang)),
        heading(TEXT.krav[lang], 1),
        ...list('krav', 'kravNone'),
        heading(TEXT.recommendations[lang], 1),
        ...list('anbefaling', 'recommendationsNone'),
      ],
    }],
  });
}

export function checklistFileName(plan: Plan): string {
  return 'sjekkliste-handlingsplan.docx';
}
