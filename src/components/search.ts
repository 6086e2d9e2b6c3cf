/**
 * The search page: loads Pagefind only here, only when there is a query, and writes the
 * results as plain DOM nodes (excerpts keep Pagefind's <mark> highlighting, nothing else).
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  /** `kapittel` is the chapter's place in the guide (set on chapter pages with data-pagefind-meta). */
  meta: { title?: string; kapittel?: string };
}
interface Pagefind {
  init(): Promise<void>;
  search(q: string): Promise<{ results: { score?: number; data(): Promise<PagefindResult> }[] }>;
}

/** Relevance first; between equally relevant pages, the one earlier in the guide's reading order. */
export function rankResults<T extends { score: number; data: PagefindResult }>(results: T[]): T[] {
  const place = (r: T) => Number(r.data.meta.kapittel ?? Number.POSITIVE_INFINITY);
  return [...results].sort((a, b) => b.score - a.score || place(a) - place(b));
}

const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));

/** Splits a Pagefind excerpt into text and highlighted parts without parsing HTML. */
function excerptNodes(excerpt: string): Node[] {
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return excerpt.split(/(<mark>.*?<\/mark>)/g).filter(Boolean).map((part) => {
    const m = /^<mark>(.*)<\/mark>$/.exec(part);
    if (!m) return document.createTextNode(decode(part.replace(/<[^>]*>/g, '')));
    const mark = document.createElement('mark');
    mark.textContent = decode(m[1]);
    return mark;
  });
}

export async function runSearch() {
  const input = document.getElementById('sok') as HTMLInputElement;
  const status = document.getElementById('sok-status')!;
  const list = document.getElementById('sok-treff')!;
  const messages = JSON.parse(list.dataset.messages ?? '{}') as Record<string, string>;
  const q = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = q;
  if (!q) return;
  status.textContent = messages.loading;
  try {
    const path = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pagefind.init();
    const search = await pagefind.search(q);
    const loaded = await Promise.all(search.results.slice(0, 20).map(async (r) => ({ score: r.score ?? 0, data: await r.data() })));
    const results = rankResults(loaded).map((r) => r.data);
    list.replaceChildren(
      ...results.map((r) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.className = 'ds-link';
        a.href = r.url;
        a.textContent = r.meta.title ?? r.url;
        const p = document.createElement('p');
        p.className = 'ds-paragraph';
        p.dataset.size = 'sm';
        p.append(...excerptNodes(r.excerpt));
        li.append(a, p);
        return li;
      }),
    );
    status.textContent = results.length ? fill(messages.results, { n: search.results.length, q }) : fill(messages.none, { q });
  } catch {
    status.textContent = messages.unavailable;
  }
}
