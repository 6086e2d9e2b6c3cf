/**
 * Runs `work` after the page's first paint, when the browser is idle (at most two seconds
 * later): for work the first view does not need, so it does not hold up the first paint or
 * make a long task while the page loads (issue 15).
 */
export function afterPaint(work: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number }).requestIdleCallback;
  requestAnimationFrame(() => setTimeout(() => (idle ? idle(work, { timeout: 2000 }) : work()), 0));
}
