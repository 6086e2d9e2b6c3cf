/**
 * Chromium driven over the DevTools protocol without Playwright, for the bench's load measurements.
 *
 * Why not Playwright here: it turns on the protocol's Runtime domain in every page, and with it on, V8 records a
 * detailed stack trace for every Error the page creates, which needs the source positions of each function on the
 * stack. React DOM creates an Error while it starts, inside one 200 KB function, so V8 reparses that function:
 * its start took 72–265 ms at 4× slowdown with the Runtime domain on, 2–75 ms in the same page with it off
 * (README, «Verktøysidene i Chromium»). A visitor never has the domain on; DevTools does. So the bench measures
 * with it off.
 *
 * chrome-launcher (Lighthouse's) starts Chromium; the protocol is spoken over Node's WebSocket.
 */
import * as chromeLauncher from 'chrome-launcher';

type Message = { id?: number; method?: string; params?: Record<string, any>; sessionId?: string; result?: any; error?: { message: string } };

export interface DevTools {
  /** A protocol command, to the browser or (with `sessionId`) to one page. */
  send(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<any>;
  /** Calls `listener` for every event of `sessionId`'s page until the returned function is called. */
  on(sessionId: string, listener: (method: string, params: Record<string, any>) => void): () => void;
  close(): Promise<void>;
}

export async function launchDevTools(chromePath: string, flags: string[]): Promise<DevTools> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...flags] });
  const version = await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json() as { webSocketDebuggerUrl: string };
  const socket = new WebSocket(version.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => { socket.onopen = resolve; socket.onerror = reject; });
  let lastId = 0;
  const waiting = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void; method: string }>();
  const listeners = new Set<{ sessionId: string; listener: (method: string, params: Record<string, any>) => void }>();
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as Message;
    if (message.id !== undefined) {
      const call = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.error) call?.reject(new Error(`${call.method}: ${message.error.message}`));
      else call?.resolve(message.result);
      return;
    }
    for (const l of listeners) if (l.sessionId === message.sessionId) l.listener(message.method!, message.params ?? {});
  };
  return {
    send(method, params = {}, sessionId) {
      const id = ++lastId;
      socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
      return new Promise((resolve, reject) => waiting.set(id, { resolve, reject, method }));
    },
    on(sessionId, listener) {
      const entry = { sessionId, listener };
      listeners.add(entry);
      return () => void listeners.delete(entry);
    },
    async close() {
      socket.close();
      await chrome.kill();
    },
  };
}

export type DevToolsPage = Awaited<ReturnType<typeof openPage>>;

/** A page in a fresh browser context (its own storage and cache), with page and network events on, Runtime off. */
export async function openPage(devtools: DevTools, viewport: { width: number; height: number }) {
  const { browserContextId } = await devtools.send('Target.createBrowserContext');
  const { targetId } = await devtools.send('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await devtools.send('Target.attachToTarget', { targetId, flatten: true });
  const send = (method: string, params?: Record<string, unknown>) => devtools.send(method, params, sessionId);
  await send('Page.enable');
  await send('Network.enable');
  await send('Emulation.setDeviceMetricsOverride', { ...viewport, deviceScaleFactor: 1, mobile: false });
  return {
    send,
    /** Calls `listener` for every event of this page until the returned function is called. */
    on: (listener: (method: string, params: Record<string, any>) => void) => devtools.on(sessionId, listener),
    /** The value of `expression` in the page (it must give something JSON can carry). */
    async evaluate<T>(expression: string): Promise<T> {
      const { result, exceptionDetails } = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
      if (exceptionDetails) throw new Error(`${expression.slice(0, 60)}…: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value as T;
    },
    close: () => devtools.send('Target.disposeBrowserContext', { browserContextId }),
  };
}

/**
 * Navigates and waits until the load event has fired and no request has been under way for 500 ms (Playwright's
 * 'networkidle'), at most `timeoutMs`.
 */
export async function loadAndIdle(page: DevToolsPage, url: string, timeoutMs: number) {
  const open = new Set<string>();
  let loaded = false;
  let lastChange = Date.now();
  const stop = page.on((method, params) => {
    if (method === 'Page.loadEventFired') loaded = true;
    else if (method === 'Network.requestWillBeSent') open.add(params.requestId);
    else if (method === 'Network.loadingFinished' || method === 'Network.loadingFailed') open.delete(params.requestId);
    else return;
    lastChange = Date.now();
  });
  try {
    const { errorText } = await page.send('Page.navigate', { url });
    if (errorText) throw new Error(`${url}: ${errorText}`);
    const until = Date.now() + timeoutMs;
    while (!(loaded && open.size === 0 && Date.now() - lastChange >= 500)) {
      if (Date.now() > until) throw new Error(`${url}: ikke ferdig lastet etter ${timeoutMs / 1000} s`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    stop();
  }
}
