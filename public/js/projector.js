// Projector mode for the workshop pages (/kurs/**), loaded by src/components/kurs/ProjectorHead.astro as a classic,
// blocking script in <head>: it applies the stored choice before first paint, so the page does not flash at normal
// size, and wires the «Projektormodus» button (ProjectorToggle.astro) once the page is parsed. A file rather than an
// inline script, because the Content-Security-Policy allows no inline script. The styles are in src/styles/projector.css under
// html[data-projector]; the choice is kept in localStorage under «handlingsplan.projektor».
(() => {
  const root = document.documentElement;
  const key = 'handlingsplan.projektor';
  try {
    if (localStorage.getItem(key) === '1') root.setAttribute('data-projector', '');
  } catch (e) { /* storage blocked: start at normal size */ }

  const wire = () => {
    const buttons = [...document.querySelectorAll('button.projector-toggle')];
    const show = () => { for (const b of buttons) b.setAttribute('aria-pressed', String(root.hasAttribute('data-projector'))); };
    for (const button of buttons) {
      button.addEventListener('click', () => {
        const on = !root.hasAttribute('data-projector');
        root.toggleAttribute('data-projector', on);
        try { if (on) localStorage.setItem(key, '1'); else localStorage.removeItem(key); } catch (e) { /* not remembered */ }
        show();
      });
      button.hidden = false;
    }
    show();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire, { once: true });
  else wire();
})();
