/**
 * The wizard's form check, loaded on demand by ./resolver.ts: the plan schema and the form's own checks (src/wizard/form-checks.ts)
 * on normalised values, with Norwegian messages that name the place.
 */
import { makeT, uiLang } from '../shared/i18n';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { planSchema } from '../../plan/schema';
import { planIssues, issueText, describePlace } from '../../plan/issues';
import { normalize } from '../../wizard/normalize';
import { formProblems } from '../../wizard/form-checks';
import type { MessageKey } from '../../i18n';

type Values = Record<string, unknown>;

function setAt(target: Record<string, unknown>, path: (string | number)[], value: unknown) {
  let node = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) node[key] = value;
    else node = (node[key] ??= typeof path[i + 1] === 'number' ? [] : {}) as Record<string, unknown>;
  });
}

function hasAt(target: Record<string, unknown>, path: (string | number)[]): boolean {
  let node: unknown = target;
  for (const key of path) {
    if (!node || typeof node !== 'object') return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node !== undefined;
}

/** Date fields typed in the form take Norwegian dates and quarters: their format message says so. */
const FORMAT_KEYS: Record<string, MessageKey> = { 'ugyldig-periodedato': 'form.error.periodDate', 'ugyldig-milepael': 'form.error.milestoneWhen' };

export const checkForm: Resolver<Values> = async (values) => {
  const normalized = normalize(values);
  const lang = uiLang();
  const t = makeT();
  const errors: Record<string, unknown> = {};
  const parsed = planSchema.safeParse(normalized);
  if (!parsed.success) {
    for (const issue of planIssues(parsed.error, normalized)) {
      const key = issue.code ? FORMAT_KEYS[issue.code] : undefined;
      const message = key ? t(key, { place: issue.place[lang] }) : issueText(issue, lang);
      setAt(errors, issue.path, { type: 'schema', message });
    }
  }
  for (const problem of formProblems(normalized)) {
    if (hasAt(errors, problem.path)) continue;
    const place = describePlace(problem.path.filter((_, i) => i < problem.path.length - 1))[lang];
    setAt(errors, problem.path, { type: 'form', message: t(problem.key, { ...problem.params, place }) });
  }
  if (Object.keys(errors).length === 0) return { values, errors: {} };
  // In the order of the form (the title before the municipalities), so the error summary reads from the top.
  const order = Object.keys(values);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const sorted = Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
  return { values: {}, errors: sorted as FieldErrors<Values> };
};
