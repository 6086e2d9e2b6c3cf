/**
 * A minimal streaming reader for the well-formed XML inside Office files. Runs in the
 * browser and in Node (no DOMParser), and reads only what the import needs: element
 * starts and ends with their attributes, and text. No DTDs, no entities beyond the
 * five predefined ones and numeric references.
 */
export type XmlEvent =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITY[e.toLowerCase()] ?? '';
  });
}

const ATTR = /([^\s=/]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Calls `on` for each element start, end and text run, in document order. */
export function readXml(xml: string, on: (e: XmlEvent) => void): void {
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) {
      if (i < n) on({ kind: 'text', text: decodeEntities(xml.slice(i)) });
      break;
    }
    if (lt > i) on({ kind: 'text', text: decodeEntities(xml.slice(i, lt)) });
    if (xml.startsWith('<?', lt)) { i = skipTo(xml, '?>', lt) ; continue; }
    if (xml.startsWith('<!--', lt)) { i = skipTo(xml, '-->', lt); continue; }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      on({ kind: 'text', text: xml.slice(lt + 9, end === -1 ? n : end) });
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (xml.startsWith('<!', lt)) { i = skipTo(xml, '>', lt); continue; }
    const gt = xml.indexOf('>', lt);
    if (gt === -1) break;
    const body = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (body[0] === '/') {
      on({ kind: 'close', name: body.slice(1).trim() });
      continue;
    }
    const selfClosing = body.endsWith('/');
    const inner = selfClosing ? body.slice(0, -1) : body;
    const space = inner.search(/\s/);
    const name = space === -1 ? inner : inner.slice(0, space);
    const attrs: Record<string, string> = {};
    if (space !== -1) {
      for (const m of inner.slice(space).matchAll(ATTR)) attrs[m[1]] = decodeEntities(m[3] ?? m[4] ?? '');
    }
    on({ kind: 'open', name, attrs, selfClosing });
    if (selfClosing) on({ kind: 'close', name });
  }
}

function skipTo(xml: string, end: string, from: number): number {
  const at = xml.indexOf(end, from);
  return at === -1 ? xml.length : at + end.length;
}
