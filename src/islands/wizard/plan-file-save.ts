/**
 * The plan file of a draft, for «Lagre planfil» (./SavePlanFileButton.tsx): loaded on the
 * click, so the file format and the schema's error texts stay out of the pages' first load.
 */
import { planSchema } from '../../plan/schema';
import { planFileName, serializePlan } from '../../plan/file';
import { planIssues, issueText } from '../../plan/issues';
import { normalize } from '../../wizard/normalize';
import type { Lang } from '../../plan/rules/types';

/** The file's text and name, or the first field that is not valid yet, in words. */
export function planFileOf(plan: Record<string, unknown>, lang: Lang): { ok: true; text: string; name: string } | { ok: false; problem: string } {
  const parsed = planSchema.safeParse(normalize(plan));
  if (!parsed.success) {
    const first = planIssues(parsed.error, plan)[0];
    return { ok: false, problem: first ? issueText(first, lang) : '' };
  }
  return { ok: true, text: serializePlan(parsed.data), name: planFileName(parsed.data) };
}
