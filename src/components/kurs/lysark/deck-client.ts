/**
 * The slide page in the browser (/kurs/lysark/<deck>/): «Start visningen» shows one slide at a time across the
 * whole window; the arrow keys, Page Up/Down, space, Home and End move, Escape ends the show. The place is kept in
 * the address (#lysark-3), so a reload stays on the same slide. «Last ned som PowerPoint» loads pptx.ts (and
 * pptxgenjs) only then. Without JavaScript the page lists every slide, and printing gives one slide per page.
 * A bundled module file: the Content-Security-Policy allows no inline script.
 */
import type { DeckDownload } from './deck';

const root = document.documentElement;
const deckEl = document.querySelector<HTMLElement>('[data-deck]');
if (deckEl) wire(deckEl);

function wire(deckEl: HTMLElement) {
  const slides = [...deckEl.querySelectorAll<HTMLElement>('.slide')];
  const nav = deckEl.querySelector<HTMLElement>('.deck-nav')!;
  const counter = nav.querySelector<HTMLElement>('[data-counter]')!;
  const template = counter.dataset.template ?? '{n} / {total}';
  const prev = nav.querySelector<HTMLButtonElement>('[data-prev]')!;
  const next = nav.querySelector<HTMLButtonElement>('[data-next]')!;
  let current = 0;

  const showing = () => root.hasAttribute('data-deck-show');
  function go(index: number) {
    current = Math.max(0, Math.min(slides.length - 1, index));
    slides.forEach((s, i) => { s.hidden = showing() && i !== current; });
    counter.textContent = template.replace('{n}', String(current + 1)).replace('{total}', String(slides.length));
    prev.disabled = current === 0;
    next.disabled = current === slides.length - 1;
    if (showing()) history.replaceState(null, '', `#lysark-${current + 1}`);
  }
  function start(index = current) {
    root.setAttribute('data-deck-show', '');
    nav.hidden = false;
    go(index);
    slides[current]!.focus({ preventScroll: true });
  }
  function stop() {
    root.removeAttribute('data-deck-show');
    nav.hidden = true;
    slides.forEach((s) => { s.hidden = false; });
    history.replaceState(null, '', location.pathname);
    slides[current]!.scrollIntoView({ block: 'start' });
    deckEl.querySelector<HTMLButtonElement>('[data-start]')?.focus({ preventScroll: true });
  }

  for (const button of deckEl.querySelectorAll<HTMLButtonElement>('[data-start]')) {
    button.hidden = false;
    button.addEventListener('click', () => start(0));
  }
  prev.addEventListener('click', () => go(current - 1));
  next.addEventListener('click', () => go(current + 1));
  nav.querySelector<HTMLButtonElement>('[data-stop]')!.addEventListener('click', stop);
  document.addEventListener('keydown', (event) => {
    if (!showing() || event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.target as HTMLElement).closest('button') && (event.key === ' ' || event.key === 'Enter')) return;
    const moves: Record<string, number> = {
      ArrowRight: current + 1, ArrowDown: current + 1, PageDown: current + 1, ' ': current + 1,
      ArrowLeft: current - 1, ArrowUp: current - 1, PageUp: current - 1, Home: 0, End: slides.length - 1,
    };
    if (event.key === 'Escape') { event.preventDefault(); stop(); return; }
    if (!(event.key in moves)) return;
    event.preventDefault();
    go(moves[event.key]!);
  });

  const fromAddress = /^#lysark-(\d+)$/.exec(location.hash);
  if (fromAddress) start(Number(fromAddress[1]) - 1);
  else go(0);

  for (const button of deckEl.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => print());
  }
  wireDownloads(deckEl);
}

/** «Last ned som PDF» and «Last ned som PowerPoint»: each loads its module (and library) on the first click. */
function wireDownloads(deckEl: HTMLElement) {
  const status = deckEl.querySelector<HTMLElement>('[data-download-status]');
  const data = document.getElementById('deck-data');
  if (!status || !data) return;
  const deck = JSON.parse(data.textContent ?? '{}') as DeckDownload;
  const makers: Record<'pdf' | 'pptx', () => Promise<void>> = {
    pdf: async () => (await import('./pdf')).downloadSlidesPdf(deck),
    pptx: async () => (await import('./pptx')).downloadPresentation(deck),
  };
  for (const button of deckEl.querySelectorAll<HTMLButtonElement>('[data-download]')) {
    const make = makers[button.dataset.download as 'pdf' | 'pptx'];
    if (!make) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      button.disabled = true;
      status.textContent = button.dataset.working ?? '';
      try {
        await make();
        status.textContent = button.dataset.done ?? '';
      } catch {
        status.textContent = button.dataset.failed ?? '';
      } finally {
        button.disabled = false;
      }
    });
  }
}
