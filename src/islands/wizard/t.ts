import { useMemo } from 'react';
import { makeT } from '../shared/i18n';

/** The wizard's translator, in the page's language (see ../shared/i18n.ts). */
export function useT() {
  return useMemo(() => makeT(), []);
}
