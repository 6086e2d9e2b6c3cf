/** The publishing organisation's settings (src/site-settings.ts): what the build accepts, and what stops it. */
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../src/site-settings';

describe('site settings', () => {
  it('are unset when the environment has none, so the page says who must set them', () => {
    expect(readSettings({})).toEqual({});
    expect(readSettings({ SITE_FEEDBACK: '  ', SITE_UUSTATUS_URL: '' })).toEqual({});
  });

  it('read an e-mail address as a mailto link, with or without mailto:', () => {
    expect(readSettings({ SITE_FEEDBACK: 'postmottak@kommune.no' }).feedback).toEqual({ href: 'mailto:postmottak@kommune.no', text: 'postmottak@kommune.no' });
    expect(readSettings({ SITE_FEEDBACK: 'mailto:uu@rvts.no' }).feedback).toEqual({ href: 'mailto:uu@rvts.no', text: 'uu@rvts.no' });
  });

  it('read an https address as a link', () => {
    expect(readSettings({ SITE_FEEDBACK: 'https://www.kommune.no/tilbakemelding' }).feedback?.href).toBe('https://www.kommune.no/tilbakemelding');
    expect(readSettings({ SITE_UUSTATUS_URL: 'https://uustatus.no/nb/erklaringer/publisert/abc' }).uustatus?.href).toBe('https://uustatus.no/nb/erklaringer/publisert/abc');
  });

  it('stop the build with a Norwegian message that says what to write', () => {
    expect(() => readSettings({ SITE_FEEDBACK: 'ring oss' })).toThrow(/SITE_FEEDBACK=«ring oss» er verken en e-postadresse eller en https-adresse/);
    expect(() => readSettings({ SITE_FEEDBACK: 'http://kommune.no/skjema' })).toThrow(/https-adresse/);
    expect(() => readSettings({ SITE_UUSTATUS_URL: 'https://example.com/erklaering' })).toThrow(/ikke en adresse på uustatus\.no/);
  });
});
