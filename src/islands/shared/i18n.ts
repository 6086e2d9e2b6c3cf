import { nb, type MessageKey } from '../../i18n/nb';
import { fill } from '../../plan/messages';

/**
 * A translator for the islands, with `{name}` placeholders; ISO dates in params are
 * written out in Norwegian. It imports the bokmål catalogue alone, so a page does not
 * ship both languages; the nynorsk pages (issue 7) will get their own entry.
 */
export function makeT() {
  return (key: MessageKey, params?: Record<string, string | number>) => fill(nb[key], params, 'nb');
}

export type T = ReturnType<typeof makeT>;
