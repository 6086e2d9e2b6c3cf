import type { MessageKey } from '../i18n';

/** The main navigation: one list, used by the header. Add an entry when its page exists. */
export const NAV: { href: string; key: MessageKey }[] = [
  { href: '/veileder/', key: 'nav.guide' },
  { href: '/lag-plan/', key: 'nav.build' },
  { href: '/sjekk/', key: 'nav.check' },
  { href: '/regler/', key: 'footer.rules' },
  { href: '/kurs/', key: 'nav.course' },
  { href: '/om/', key: 'nav.about' },
];
