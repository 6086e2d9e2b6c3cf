import type { MessageKey } from '../../i18n';
import type { AdoptingBody } from '../../plan/vocabulary';

/** Catalogue keys for the adopting bodies. */
export const BODY_KEYS: Record<AdoptingBody, MessageKey> = {
  kommunestyre: 'body.kommunestyre',
  formannskap: 'body.formannskap',
  utvalg: 'body.utvalg',
  administrativt: 'body.administrativt',
};
