/**
 * The wizard's sections, in order: their address, the plan fields they own (for
 * status and for routing a finding to the page with its field) and the guidance
 * chapter that explains them. Framework-free.
 */
import type { MessageKey } from '../i18n';

export const SECTION_IDS = [
  'om-planen', 'forankring', 'planperiode', 'kunnskapsgrunnlag', 'malgrupper',
  'innsatsomrader', 'tiltak', 'oppfolging', 'sjekk', 'revisjon',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface Section {
  id: SectionId;
  /** Top-level plan paths (dot-joined prefixes) this section edits. */
  owns: string[];
  /** Guidance chapter slug under /veileder/. */
  chapter: string;
}

export const SECTIONS: Section[] = [
  { id: 'om-planen', owns: ['title', 'malform', 'planType', 'municipalities', 'cooperation', 'process'], chapter: 'hva-er-en-handlingsplan' },
  { id: 'forankring', owns: ['placement', 'municipalities.*.adoption'], chapter: 'plansystemet' },
  { id: 'planperiode', owns: ['period', 'followUp.midTermEvaluation', 'followUp.finalEvaluation', 'followUp.revisionDate'], chapter: 'utlopt-plan' },
  { id: 'kunnskapsgrunnlag', owns: ['knowledgeBase'], chapter: 'slik-lager-dere-planen' },
  { id: 'malgrupper', owns: ['primaryTargetGroups', 'targetGroups', 'violenceForms'], chapter: 'innhold' },
  { id: 'innsatsomrader', owns: ['focusAreas'], chapter: 'innhold' },
  { id: 'tiltak', owns: ['measures'], chapter: 'innhold' },
  { id: 'oppfolging', owns: ['followUp', 'routines'], chapter: 'oppfolging-og-evaluering' },
  { id: 'sjekk', owns: [], chapter: 'hva-er-en-handlingsplan' },
  // Not a step of a new plan: evaluating an expired plan before the next period (own entry on the overview).
  { id: 'revisjon', owns: ['evaluation', 'history'], chapter: 'utlopt-plan' },
];

/** The steps of the task list on the overview. */
export const TASKS = SECTIONS.filter((s) => s.id !== 'revisjon');

export const sectionTitleKey = (id: SectionId) => `wizard.section.${id}.title` as MessageKey;
export const sectionLeadKey = (id: SectionId) => `wizard.section.${id}.lead` as MessageKey;

function matches(pattern: string, path: (string | number)[]): boolean {
  const parts = pattern.split('.');
  if (path.length < parts.length) return false;
  return parts.every((p, i) => p === '*' ? typeof path[i] === 'number' : p === String(path[i]));
}

/** The section whose page holds the field at `path`; the most specific pattern wins. */
export function sectionOf(path: (string | number)[]): SectionId {
  let best: { id: SectionId; len: number } | undefined;
  for (const s of SECTIONS) {
    for (const p of s.owns) {
      const len = p.split('.').length;
      if (matches(p, path) && (!best || len > best.len)) best = { id: s.id, len };
    }
  }
  return best?.id ?? 'om-planen';
}

/** The element id of the field at `path`: «felt-measures-2-responsible-unit». */
export function fieldId(path: (string | number)[] | string): string {
  const parts = typeof path === 'string' ? path.split('.') : path;
  return `felt-${parts.join('-')}`;
}

/** Address of the field at `path` in the wizard. */
export function fieldHref(path: (string | number)[]): string {
  return `/lag-plan/${sectionOf(path)}/#${fieldId(path)}`;
}

export function sectionHref(id: SectionId): string {
  return `/lag-plan/${id}/`;
}

export function nextSection(id: SectionId): SectionId | undefined {
  return SECTION_IDS[SECTION_IDS.indexOf(id) + 1];
}
