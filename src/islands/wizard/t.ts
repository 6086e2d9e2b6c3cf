import { useMemo } from 'react';
import { makeT } from '../shared/i18n';

/** The interface language of the wizard (bokmål until the nynorsk pages exist). */
export function useT() {
  return useMemo(() => makeT(), []);
}
