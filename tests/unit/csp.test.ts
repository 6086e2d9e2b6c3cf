/** scripts/csp.mjs: the policy, the build step that moves inline scripts and styles into files, and _headers. */
import { describe, expect, it } from 'vitest';
import {
  cspFor, cspMetasIn, externalize, headerPolicy, headersFile, headersFor, isDataBlock, parseHeadersFile, scriptsIn, withCspMeta,
} from '../../scripts/csp.mjs';
import { policyProblems } from '../../scripts/check-site.mjs';

describe('the policy', () => {
  it('allows only the site itself, and no inline script or style, on every page', () => {
    for (const file of ['index.html', 'veileder/lover/index.html', 'lag-plan/tiltak/index.html', 'sok/index.html']) {
      const policy = cspFor(file);
      expect(policyProblems(policy), file).toEqual([]);
      expect(policy).toMatch(/^default-src 'self'; script-src 'self'( 'wasm-unsafe-eval')?; style-src 'self';/);
      expect(policy).not.toContain('frame-ancestors'); // a <meta> cannot carry it
    }
  });

  it('lets only the search pages compile WebAssembly (Pagefind)', () => {
    expect(cspFor('sok/index.html')).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(cspFor('nn/sok/index.html')).toContain("'wasm-unsafe-eval'");
    expect(cspFor('lag-plan/index.html')).not.toContain('wasm');
    expect(cspFor('veileder/sokeord/index.html')).not.toContain('wasm');
  });

  it('sends the same policy as a header, with frame-ancestors, from _headers', () => {
    expect(policyProblems(headerPolicy())).toEqual([]);
    const rules = parseHeadersFile(headersFile());
    const page = headersFor(rules, '/veileder/lover/');
    expect(page['content-security-policy']).toBe(headerPolicy());
    expect(page['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page['x-content-type-options']).toBe('nosniff');
    expect(headersFor(rules, '/sw.js')['cache-control']).toBe('no-cache');
    expect(headersFor(rules, '/_astro/client.Ab12.js')['cache-control']).toContain('immutable');
    expect(headersFor(rules, '/veileder/lover/')['cache-control']).toBeUndefined();
  });

  it('finds what would weaken it', () => {
    expect(policyProblems("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' https://cdn.example.org; object-src 'none'; base-uri 'self'; form-action 'self'"))
      .toEqual(["script-src tillater 'unsafe-inline'", 'style-src tillater en annen opprinnelse: https://cdn.example.org']);
    expect(policyProblems("default-src *; script-src 'self' 'sha256-abc' 'unsafe-eval'; style-src 'self'")).toEqual([
      "default-src skal være 'self', er *",
      "object-src skal være 'none', er ikke satt",
      "base-uri skal være 'self', er ikke satt",
      "form-action skal være 'self', er ikke satt",
      'default-src tillater en annen opprinnelse: *',
      "script-src tillater 'sha256-abc'",
      "script-src tillater 'unsafe-eval'",
    ]);
  });
});

describe('moving inline scripts and styles into files', () => {
  const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title></head><body>${body}</body></html>`;
  const emitted = new Map<string, string>();
  const emit = (name: string, text: string) => { emitted.set(name, text); };

  it('keeps Astro’s island bootstrap in place as classic, blocking scripts, and its style as a stylesheet', () => {
    const html = page('<style>astro-island{display:contents}</style><script>(()=>{self.Astro={}})();</script><script>customElements.define("astro-island",class extends HTMLElement{})</script><astro-island></astro-island>');
    const out = externalize(html, emit);
    expect(out).toMatch(/^<!DOCTYPE html><html><head><meta charset="utf-8"><title>T<\/title><\/head><body><link rel="stylesheet" href="\/_astro\/inline\.[\w-]{10}\.css"><script src="\/_astro\/inline\.[\w-]{10}\.js"><\/script><script src="\/_astro\/inline\.[\w-]{10}\.js"><\/script><astro-island><\/astro-island><\/body><\/html>$/);
    expect(scriptsIn(out).filter((s) => s.inline)).toEqual([]);
    const names = [...out.matchAll(/\/_astro\/(inline\.[\w-]+\.(?:js|css))/g)].map((m) => m[1]);
    expect(names.map((n) => emitted.get(n))).toEqual(['astro-island{display:contents}', '(()=>{self.Astro={}})();', 'customElements.define("astro-island",class extends HTMLElement{})']);
  });

  it('gives the same script the same file on every page, and keeps a module a module', () => {
    const a = externalize(page('<script type="module">import "/x.js"</script>'), emit);
    const b = externalize(page('<p>Annen side</p><script type="module">import "/x.js"</script>'), emit);
    const src = (html: string) => scriptsIn(html)[0].attributes.get('src');
    expect(src(a)).toBe(src(b));
    expect(scriptsIn(a)[0].attributes.get('type')).toBe('module');
  });

  it('leaves scripts with src and JSON data blocks alone', () => {
    const html = page('<script src="/_astro/a.js"></script><script type="application/json" id="data">{"a":"</p>"}</script><script type="application/ld+json">{}</script>');
    expect(externalize(html, emit)).toBe(html);
    expect(scriptsIn(html).map((s) => s.inline)).toEqual([false, false, false]);
    expect(isDataBlock('application/json')).toBe(true);
    expect(isDataBlock('module')).toBe(false);
    expect(isDataBlock('importmap')).toBe(false);
    expect(isDataBlock(undefined)).toBe(false);
  });

  it('leaves an inline import map in place (it cannot be a file), for the site check to report', () => {
    const html = page('<script type="importmap">{"imports":{}}</script>');
    expect(externalize(html, emit)).toBe(html);
    expect(scriptsIn(html)[0].inline).toBe(true);
  });

  it('drops async and defer from an inline classic script, which ignored them, so the file still runs in place', () => {
    const out = externalize(page('<script defer>window.a = 1</script>'), emit);
    expect(scriptsIn(out)[0].attributes.has('defer')).toBe(false);
  });

  it('puts the policy first in <head>, once, however often it runs', () => {
    const once = withCspMeta(page(''), cspFor('index.html'));
    const twice = withCspMeta(once, cspFor('index.html'));
    expect(twice).toBe(once);
    expect(cspMetasIn(once)).toEqual([cspFor('index.html')]);
    expect(once).toContain(`<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${cspFor('index.html')}"><title>`);
  });
});
