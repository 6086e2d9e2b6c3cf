/**
 * Helpers for the translated example plans (*.nn.ts, and *.nb.ts where the original is
 * nynorsk): they take one plan's lists and swap in the other målform's free text by id,
 * keeping every id, date, number and enum value. `textsIn(lang)` gives the helpers for
 * the målform translated into; `sourcesNn`, `focusAreasNn` and `measuresNn` are the ones
 * into nynorsk. They throw when a text is missing, or when the translation has a text
 * where the original has none, so a translated plan can neither keep a sentence in the
 * other målform by accident nor gain a field (which could change what the rule checker
 * finds).
 */
import type { FocusArea, Measure, Plan } from '../plan/schema';
import type { Malform } from '../plan/vocabulary';

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

const LANG_NAME: Record<Malform, string> = { nb: 'bokmål', nn: 'nynorsk' };

/** The helpers that put free text in `to` into a plan written in the other målform. */
export function textsIn(to: Malform) {
  const target = LANG_NAME[to];
  const original = LANG_NAME[to === 'nn' ? 'nb' : 'nn'];

  function lookup<T>(table: Record<string, T> | undefined, id: string, what: string): T {
    const value = table?.[id];
    if (value === undefined) throw new Error(`Tekst på ${target} manglar for ${what} «${id}»`);
    return value;
  }

  /** The translated text for an optional field: present exactly when the original text is. */
  function optionalText(source: string | undefined, translated: string | undefined, where: string): { value?: string } {
    if (source === undefined && translated === undefined) return {};
    if (source === undefined) throw new Error(`${where}: ${original} har ingen tekst her, så ${target} skal heller ikkje ha det`);
    if (translated === undefined) throw new Error(`${where}: tekst på ${target} manglar`);
    return { value: translated };
  }

  function sources(list: readonly DataSource[], names: Record<string, string>): DataSource[] {
    return list.map((s) => ({ ...s, name: lookup(names, s.id, 'datakjelde') }));
  }

  function focusAreas(areas: readonly FocusArea[], texts: Record<string, FocusAreaText>): FocusArea[] {
    return areas.map((area) => {
      const t = lookup(texts, area.id, 'innsatsområde');
      const base = { ...area, title: t.title, goals: area.goals.map((g) => ({ ...g, text: lookup(t.goals, g.id, 'mål') })) };
      delete (base as { description?: string }).description;
      return withText(base, 'description', optionalText(area.description, t.description, `innsatsområde ${area.id}, skildring`));
    });
  }

  function measures(list: readonly Measure[], texts: Record<string, MeasureText>): Measure[] {
    return list.map((m) => {
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

  return { sources, focusAreas, measures };
}

/** Sets `key` only when there is a value, so that no `key: undefined` ends up in the plan. */
function withText<T extends object, K extends string>(target: T, key: K, text: { value?: string }): T {
  return text.value === undefined ? target : { ...target, [key]: text.value };
}

const intoNynorsk = textsIn('nn');
export const sourcesNn = intoNynorsk.sources;
export const focusAreasNn = intoNynorsk.focusAreas;
export const measuresNn = intoNynorsk.measures;
