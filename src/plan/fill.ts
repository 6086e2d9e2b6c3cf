/**
 * Fills a text's `{name}` placeholders. On its own, without the rules, so the islands' translator
 * (src/islands/shared/i18n.ts) does not bring the whole rule registry into every page's first load.
 */
import { formatDate, isValidIsoDate, QUARTER_RE } from './dates';
import type { Lang } from './rules/types';

/** Fills `{name}` placeholders; ISO dates become «31. desember 2027», quarters «3. kvartal 2027». `name_nn` overrides `name` in nynorsk. */
export function fill(template: string, params: Record<string, string | number> = {}, lang: Lang = 'nb'): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[`${key}_${lang}`] ?? params[key];
    if (value === undefined) return whole;
    const text = String(value);
    return isValidIsoDate(text) || QUARTER_RE.test(text) ? formatDate(text, lang) : text;
  });
}
