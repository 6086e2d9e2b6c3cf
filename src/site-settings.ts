/**
 * Settings that only the organisation publishing the site can give, read once at build time from
 * environment variables. Until they are set, the pages that use them say who must set them and how
 * (README, «Innstillinger for den som publiserer»). Nothing here is invented: an unset setting stays unset.
 *
 * - SITE_FEEDBACK: where users send feedback on accessibility; an e-mail address or an https address.
 * - SITE_UUSTATUS_URL: the site's accessibility statement published in Digdir's uustatus.no.
 */

export interface Link {
  href: string;
  /** What the page shows: the e-mail address itself, or the web address. */
  text: string;
}

export interface SiteSettings {
  feedback?: Link;
  uustatus?: Link;
}

export const SETTING_NAMES = { feedback: 'SITE_FEEDBACK', uustatus: 'SITE_UUSTATUS_URL' } as const;

const EMAIL = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/;

function httpsUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the settings from an environment; a setting that is set but malformed stops the build with a message that says what to write. */
export function readSettings(env: Record<string, string | undefined>): SiteSettings {
  const settings: SiteSettings = {};
  const feedback = env[SETTING_NAMES.feedback]?.trim();
  if (feedback) {
    const address = feedback.replace(/^mailto:/i, '');
    if (EMAIL.test(address)) settings.feedback = { href: `mailto:${address}`, text: address };
    else if (httpsUrl(feedback)) settings.feedback = { href: feedback, text: feedback };
    else throw new Error(`${SETTING_NAMES.feedback}=«${feedback}» er verken en e-postadresse eller en https-adresse. Skriv for eksempel ${SETTING_NAMES.feedback}=postmottak@kommune.no eller ${SETTING_NAMES.feedback}=https://www.kommune.no/tilbakemelding`);
  }
  const uustatus = env[SETTING_NAMES.uustatus]?.trim();
  if (uustatus) {
    const url = httpsUrl(uustatus);
    if (!url || !/(^|\.)uustatus\.no$/.test(url.hostname)) {
      throw new Error(`${SETTING_NAMES.uustatus}=«${uustatus}» er ikke en adresse på uustatus.no. Bruk lenken uustatus.no gir når erklæringen er publisert, for eksempel https://uustatus.no/nb/erklaringer/publisert/…`);
    }
    settings.uustatus = { href: url.href, text: url.href };
  }
  return settings;
}

/** The settings of this build (Node's environment at build time, then Vite's .env files). */
export function siteSettings(): SiteSettings {
  const fromVite = import.meta.env as Record<string, string | undefined>;
  const fromProcess = typeof process === 'undefined' ? {} : process.env;
  return readSettings({
    [SETTING_NAMES.feedback]: fromProcess[SETTING_NAMES.feedback] ?? fromVite[SETTING_NAMES.feedback],
    [SETTING_NAMES.uustatus]: fromProcess[SETTING_NAMES.uustatus] ?? fromVite[SETTING_NAMES.uustatus],
  });
}

/**
 * An address on the site: absolute when the build knows where the site is published (SITE_URL, Astro's
 * `site`), otherwise the path itself, so no build ever points canonical links or the sitemap at localhost.
 */
export function siteAddress(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
