/** Turns a finding into its sentence in bokmål or nynorsk. */
import { formatDate, isValidIsoDate, QUARTER_RE } from './dates';
import { ruleById, type Finding, type Lang } from './rules';

/** Fills `{name}` placeholders; ISO dates become «31. desember 2027», quarters «3. kvartal 2027». `name_nn` overrides `name` in nynorsk. */
export function fill(template: string, params: Record<string, string | number> = {}, lang: Lang = 'nb'): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[`${key}_${lang}`] ?? params[key];
    if (value === undefined) return whole;
    const text = String(value);
    return isValidIsoDate(text) || QUARTER_RE.test(text) ? formatDate(text, lang) : text;
  });
}

export function findingMessage(finding: Finding, lang: Lang = 'nb'): string {
  const rule = ruleById(finding.ruleId);
  const template = (rule?.messages as Record<string, Record<Lang, string>> | undefined)?.[finding.messageId]?.[lang];
  return template ? fill(template, finding.params, lang) : finding.messageId;
}
