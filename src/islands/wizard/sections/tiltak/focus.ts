/**
 * Moves focus to an element that the current update is about to render (a new item's
 * first field, the undo button). React commits before the next frame; a few retries
 * cover an element that appears a render later or cannot take focus yet.
 */
export function focusSoon(id: string, fallbackId?: string, tries = 5): void {
  requestAnimationFrame(() => {
    const el = document.getElementById(id) ?? (fallbackId ? document.getElementById(fallbackId) : null);
    el?.focus();
    // A <details> that is just opening may not take focus inside it yet: try again next frame.
    if (document.activeElement !== el && tries > 0) focusSoon(id, fallbackId, tries - 1);
  });
}

/** Text shortened for a summary line or an option, at a word boundary where possible. */
export function shorten(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')} …`;
}
