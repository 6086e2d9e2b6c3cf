/** The example plans in the plan builder: always loaded as a new draft, never over the user's drafts. */
import { exampleById, type Example } from '../../examples';
import { EXAMPLE_PARAM } from '../../examples/list';
import { startDraft } from './session';
import { uiLang } from '../shared/i18n';

export { exampleById };

export { EXAMPLE_PARAM };

/** A copy of the example in the page's language, to be saved as a new draft (it gets a new id then). */
export function exampleDraft(example: Example): Record<string, unknown> {
  return structuredClone(example.plans[uiLang()]) as unknown as Record<string, unknown>;
}

export type ExampleFromUrl = { kind: 'opened'; example: Example } | { kind: 'unknown'; id: string };

/**
 * /lag-plan/?eksempel=<id>: copies the example into a new draft and makes it this tab's
 * draft. The parameter is removed from the address at once, so a reload does not make
 * another copy. Call it before the page reads the draft session (it replaces the session,
 * which saves the copy and shows any failure).
 */
export function openExampleFromUrl(): ExampleFromUrl | undefined {
  const url = new URL(location.href);
  const id = url.searchParams.get(EXAMPLE_PARAM);
  if (id === null) return undefined;
  url.searchParams.delete(EXAMPLE_PARAM);
  history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
  const example = exampleById(id);
  if (!example) return { kind: 'unknown', id };
  startDraft(exampleDraft(example));
  return { kind: 'opened', example };
}
