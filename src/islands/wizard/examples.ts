/** The example plans in the plan builder: always loaded as a new draft, never over the user's drafts. */
import { newId } from '../../plan/create';
import { exampleById, type Example } from '../../examples';
import { getStorage, openDraft } from './session';
import { uiLang } from '../shared/i18n';

export const EXAMPLE_PARAM = 'eksempel';

/** Saves a copy of the example, in the page's language, as a new draft (new id, same title) and returns the draft's id. */
export function copyExampleToDraft(example: Example): string {
  const id = newId();
  const source = example.plans[uiLang()];
  const plan = structuredClone(source) as unknown as Record<string, unknown>;
  getStorage().save(id, { ...plan, id }, [], 0, source.title);
  return id;
}

export type ExampleFromUrl = { kind: 'opened'; example: Example } | { kind: 'unknown'; id: string };

/**
 * /lag-plan/?eksempel=<id>: copies the example into a new draft and makes it the current
 * one. The parameter is removed from the address at once, so a reload does not make
 * another copy. Call it before the page reads the draft session (it replaces the session).
 */
export function openExampleFromUrl(): ExampleFromUrl | undefined {
  const url = new URL(location.href);
  const id = url.searchParams.get(EXAMPLE_PARAM);
  if (id === null) return undefined;
  url.searchParams.delete(EXAMPLE_PARAM);
  history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
  const example = exampleById(id);
  if (!example) return { kind: 'unknown', id };
  openDraft(copyExampleToDraft(example));
  return { kind: 'opened', example };
}
