/**
 * The wizard's resolver: the plan schema through @hookform/resolvers, on normalised
 * values, with the messages replaced by Norwegian ones that name the place.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { uiLang } from '../shared/i18n';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { planSchema } from '../../plan/schema';
import { planIssues, issueText } from '../../plan/issues';
import { normalize } from '../../wizard/normalize';

type Values = Record<string, unknown>;
const base = zodResolver(planSchema);

function setAt(target: Record<string, unknown>, path: (string | number)[], value: unknown) {
  let node = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) node[key] = value;
    else node = (node[key] ??= typeof path[i + 1] === 'number' ? [] : {}) as Record<string, unknown>;
  });
}

export const planResolver: Resolver<Values> = async (values, context, options) => {
  const normalized = normalize(values);
  const result = await base(normalized as never, context, options as never);
  if (Object.keys(result.errors).length === 0) return { values, errors: {} };
  const parsed = planSchema.safeParse(normalized);
  const errors: Record<string, unknown> = {};
  if (!parsed.success) {
    for (const issue of planIssues(parsed.error, normalized)) {
      setAt(errors, issue.path, { type: 'schema', message: issueText(issue, uiLang()) });
    }
  }
  return { values: {}, errors: errors as FieldErrors<Values> };
};

/** Every error path in an RHF error tree, as arrays. */
export function errorPaths(errors: FieldErrors, prefix: (string | number)[] = []): { path: (string | number)[]; message: string }[] {
  return Object.entries(errors).flatMap(([k, v]) => {
    if (!v || typeof v !== 'object') return [];
    const key = /^\d+$/.test(k) ? Number(k) : k;
    const path = [...prefix, key];
    if (typeof (v as { message?: unknown }).message === 'string' && 'type' in v) return [{ path, message: (v as { message: string }).message }];
    return errorPaths(v as FieldErrors, path);
  });
}
