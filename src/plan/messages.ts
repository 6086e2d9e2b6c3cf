/** Turns a finding into its sentence in bokmål or nynorsk. */
import { ruleById, type Finding, type Lang } from './rules';
import { fill } from './fill';

export { fill };

export function findingMessage(finding: Finding, lang: Lang = 'nb'): string {
  const rule = ruleById(finding.ruleId);
  const template = (rule?.messages as Record<string, Record<Lang, string>> | undefined)?.[finding.messageId]?.[lang];
  return template ? fill(template, finding.params, lang) : finding.messageId;
}
