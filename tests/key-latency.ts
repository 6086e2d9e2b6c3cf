/**
 * Keystroke latency in the browser, as the bench and the 200-measure browser test measure it: from each keydown
 * until the frame after it has been drawn. Shared so that both count the same thing.
 */
import type { Page } from 'playwright-core';

/** Runs in the page: from now on, every keydown adds one latency in ms to window.keyLatency. */
export function startKeyLatencyRecording() {
  const w = window as unknown as { keyLatency: number[] };
  w.keyLatency = [];
  addEventListener('keydown', () => {
    const start = performance.now();
    requestAnimationFrame(() => setTimeout(() => w.keyLatency.push(performance.now() - start), 0));
  }, true);
}

/** Starts recording in a Playwright page. */
export function recordKeyLatency(page: Page): Promise<void> {
  return page.evaluate(startKeyLatencyRecording);
}

/** The latencies recorded so far, in the order of the keys. */
export function keyLatencies(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { keyLatency: number[] }).keyLatency);
}
