/**
 * Helpers for the nynorsk example plans (*.nn.ts): they take a bokmål plan's lists and
 * swap in nynorsk free text by id, keeping every id, date, number and enum value.
 * They throw when a text is missing, or when nynorsk has a text where bokmål has none,
 * so a nynorsk plan can neither keep a bokmål sentence by accident nor gain a field
 * (which could change what the rule checker finds).
 */
import type { FocusArea, Measure, Plan } from '../plan/schema';

type DataSource = Plan['knowledgeBase']['sources'][number];

export interface FocusAreaText {
  title: string;
  description?: string;
  /** Goal text by goal id. */
  goals: Record<string, string>;
}

export interface MeasureText {
  description: string;
  unit?: string;
  role?: string;
  partners?: string;
  indicator?: string;
  /** Milestone text by milestone id. */
  milestones?: Record<string, string>;
}

function lookup<T>(table: Record<string, T> | undefined, id: string, what: string): T {
  const value = table?.[id];
  if (value === undefined) throw new Error(`Nynorsk tekst manglar for ${what} «${id}»`);
  return value;
}

/** The nynorsk text for an optional field: present exactly when the bokmål text is. */
function optionalText(bokmal: string | undefined, nynorsk: string | undefined, where: string): { value?: string } {
  if (bokmal === undefined && nynorsk === undefined) return {};
  if (bokmal === undefined) throw new Error(`${where}: bokmål har ingen tekst her, så nynorsk skal heller ikkje ha det`);
  if (nynorsk === undefined) throw new Error(`${where}: nynorsk tekst manglar`);
  return { value: nynorsk };
}

/** Sets `key` only when there is a value, so that no `key: undefined` ends up in the plan. */
function withText<T extends object, K extends string>(target: T, key: K, text: { value?: string }): T {
  return text.value === undefined ? target : { ...target, [key]: text.value };
}

export function sourcesNn(sources: readonly DataSource[], names: Record<string, string>): DataSource[] {
  return sources.map((s) => ({ ...s, name: lookup(names, s.id, 'datakjelde') }));
}

export function focusAreasNn(areas: readonly FocusArea[], texts: Record<string, FocusAreaText>): FocusArea[] {
  return areas.map((area) => {
    const t = lookup(texts, area.id, 'innsatsområde');
    const base = { ...area, title: t.title, goals: area.goals.map((g) => ({ ...g, text: lookup(t.goals, g.id, 'mål') })) };
    delete (base as { description?: string }).description;
    return withText(base, 'description', optionalText(area.description, t.description, `innsatsområde ${area.id}, skildring`));
  });
}

export function measuresNn(measures: readonly Measure[], texts: Record<string, MeasureText>): Measure[] {
  return measures.map((m) => {
    const t = lookup(texts, m.id, 'tiltak');
    const where = (field: string) => `tiltak ${m.id}, ${field}`;
    let responsible: Measure['responsible'] = {};
    responsible = withText(responsible, 'unit', optionalText(m.responsible.unit, t.unit, where('eining')));
    responsible = withText(responsible, 'role', optionalText(m.responsible.role, t.role, where('rolle')));
    let measure: Measure = {
      ...m,
      description: t.description,
      responsible,
      milestones: m.milestones.map((ms) => ({ ...ms, text: lookup(t.milestones, ms.id, `milepæl i tiltak ${m.id}`) })),
    };
    delete measure.partners;
    delete measure.indicator;
    measure = withText(measure, 'partners', optionalText(m.partners, t.partners, where('samarbeidspartnarar')));
    measure = withText(measure, 'indicator', optionalText(m.indicator, t.indicator, where('indikator')));
    return measure;
  });
}
