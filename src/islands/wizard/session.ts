/**
 * The drafts of this page, shared by the wizard's islands. Importing this module waits
 * (top-level await) until the drafts are read from IndexedDB, so every island can read its
 * draft at once with getSession()/useDraft().
 *
 * - Each tab is tied to its own draft (sessionStorage): a new draft in another tab never
 *   changes what this tab edits. A tab without one opens the draft saved last.
 * - Saves of other tabs arrive by BroadcastChannel; a newer save of this tab's draft stops
 *   this tab from saving and offers the choice (SaveNotice).
 * - When the page goes away, unsaved changes are written synchronously as a rescue copy, and
 *   leaving is questioned while a change cannot be saved.
 */
import { useSyncExternalStore } from 'react';
import { newId } from '../../plan/new-plan';
import { DraftSession, type DraftSnapshot } from '../../wizard/session';
import {
  DraftStorage, LocalStorageBackend, applyRescues, clearRescue, migrateFromLocalStorage, writeRescue,
  type DraftBackend, type DraftSummary, type KeyValue, type SaveOutcome, type UnreadableDraft,
} from '../../wizard/storage';
import { IdbBackend } from '../../wizard/idb-backend';
import { href, makeT, uiLang } from '../shared/i18n';
import { afterPaint } from '../shared/after-paint';

export type { DraftSummary, UnreadableDraft, SaveOutcome };

/** The sessionStorage key that ties this tab to its draft. */
export const TAB_DRAFT_KEY = 'handlingsplan.fane-utkast';
const CHANNEL = 'handlingsplan-utkast';

function webStorage(name: 'localStorage' | 'sessionStorage'): KeyValue | undefined {
  try {
    const kv = globalThis[name];
    kv.getItem(TAB_DRAFT_KEY);
    return kv;
  } catch {
    return undefined;
  }
}

const local = webStorage('localStorage');
const tab = webStorage('sessionStorage');
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;

async function boot(): Promise<{ storage: DraftStorage; legacyCurrent?: string }> {
  const idb = await IdbBackend.open();
  const backend: DraftBackend | undefined = idb ?? (local ? new LocalStorageBackend(local) : undefined);
  const storage = await DraftStorage.open(backend, (id, rev) => channel?.postMessage({ id, rev }));
  // Drafts of the first version (localStorage) move into IndexedDB; anything not moved stays and is tried again.
  const legacyCurrent = idb && local ? await migrateFromLocalStorage(local, storage, idb) : undefined;
  if (local && backend) await applyRescues(local, storage, newId);
  // Ask the browser not to clear the drafts when the disk gets full (Chromium decides without asking the user).
  void navigator.storage?.persist?.().catch(() => false);
  return { storage, legacyCurrent };
}

const booted = await boot();
const storage = booted.storage;
// The drafts were read with the zod-free shape check; the plan schema's own check follows once the page is drawn.
afterPaint(() => void import('../../wizard/draft-shape-check').then((m) => storage.recheck(m.schemaSaysWrongShape)).catch(() => undefined));

function tabDraftId(): string | undefined {
  // The draft the first version had open (its localStorage key, just migrated) comes first: it was set after the tab's.
  if (booted.legacyCurrent && storage.load(booted.legacyCurrent)) return booted.legacyCurrent;
  const fromTab = tab?.getItem(TAB_DRAFT_KEY) ?? undefined;
  if (fromTab && storage.load(fromTab)) return fromTab;
  // A tab tied to a draft that is not stored (new and untouched, or deleted elsewhere) starts a new one.
  return fromTab ? undefined : storage.mostRecent();
}

/** Ties this tab to draft `id`: the next page it opens edits that draft (the import page stays on its result). */
export function bindTab(id: string): void {
  try {
    tab?.setItem(TAB_DRAFT_KEY, id);
  } catch {
    /* without sessionStorage the tab opens the draft saved last */
  }
}

let session: DraftSession | undefined;

export function getStorage(): DraftStorage {
  return storage;
}

export function getSession(): DraftSession {
  if (!session) {
    // A first draft gets the interface language as its målform; the user can change it under «Om planen».
    session = new DraftSession(storage, tabDraftId(), { malform: uiLang() });
    bindTab(session.get().id);
  }
  return session;
}

/** Ties the tab to whatever draft the session holds now (after «keep as copy»). */
function followSession(s: DraftSession): void {
  let id = s.get().id;
  s.subscribe(() => {
    if (s.get().id !== id) {
      id = s.get().id;
      bindTab(id);
    }
  });
}

channel?.addEventListener('message', (event: MessageEvent<{ id: string; rev?: number }>) => {
  const { id, rev } = event.data ?? {};
  if (typeof id !== 'string') return;
  void storage.reload(id).then(() => session?.handleRemoteSave(id, rev));
});

// The page goes away (closed, reloaded, another page, hidden on a phone): save now, and keep a synchronous copy
// of anything unsaved in case the page is gone before the save finishes.
function leaving(): void {
  if (!session) return;
  const s = session;
  const rescue = s.rescue();
  if (rescue) writeRescue(local, s.get().id, rescue);
  void s.flush().then((ok) => { if (ok) clearRescue(local, s.get().id); });
}
addEventListener('pagehide', leaving);
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') leaving(); });
// Leaving while a change cannot be saved (storage full or blocked, or another tab's newer version): ask first.
addEventListener('beforeunload', (event) => {
  if (session?.unsaved && session.get().status !== 'pending' && session.get().status !== 'saved') event.preventDefault();
});

/**
 * Follows a link of this site only once the draft is saved: a click while saving waits for it,
 * and if saving fails the page stays, with the failure shown (SaveNotice).
 */
document.addEventListener('click', (event) => {
  if (!session?.unsaved || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download') || link.origin !== location.origin) return;
  if (link.pathname === location.pathname && link.hash) return;
  event.preventDefault();
  void session.flush().then((ok) => {
    if (ok || !session?.unsaved || confirm(makeT()('drafts.save.leave'))) location.assign(link.href);
  });
});

export function useDraft(): DraftSnapshot {
  const s = getSession();
  return useSyncExternalStore(s.subscribe, s.get, s.get);
}

/** The drafts on this device, most recently saved first; follows saves in other tabs. */
export function useDrafts(): DraftSummary[] {
  return useSyncExternalStore(storage.subscribe, () => storage.list(), () => storage.list());
}

/** Stored drafts that could not be read, kept aside for download. */
export function useUnreadableDrafts(): UnreadableDraft[] {
  return useSyncExternalStore(storage.subscribe, () => storage.unreadable(), () => storage.unreadable());
}

/** A storage failure of an action on the drafts (new, open, copy, rename), shown by SaveNotice. */
export type StorageProblem = { reason: 'full' | 'unavailable' | 'conflict'; action: 'create' | 'change' } | undefined;
let problem: StorageProblem;
const problemListeners = new Set<() => void>();
export function reportProblem(next: StorageProblem): void {
  problem = next;
  for (const l of problemListeners) l();
}
export function useStorageProblem(): StorageProblem {
  return useSyncExternalStore((l) => { problemListeners.add(l); return () => problemListeners.delete(l); }, () => problem, () => problem);
}

/** Reports a failed outcome (and clears an earlier report on success); returns whether it worked. */
export function checked(outcome: SaveOutcome, action: 'create' | 'change'): boolean {
  reportProblem(outcome.ok ? undefined : { reason: outcome.reason, action });
  return outcome.ok;
}

/**
 * Switches this tab to draft `id` and goes to `path` (the overview by default), once the
 * current draft is saved. Resolves false, staying on the page, if the current draft cannot be saved.
 */
export async function openDraft(id: string, path = '/lag-plan/'): Promise<boolean> {
  if (session && !(await session.flush()) && session.unsaved) return false;
  bindTab(id);
  location.assign(href(path));
  return true;
}

/**
 * Saves `plan` as a new draft (new id) and opens it in this tab. Resolves false when it could
 * not be stored: the failure is shown, and the current draft stays open.
 */
export async function createDraft(plan: Record<string, unknown>, path = '/lag-plan/'): Promise<boolean> {
  const id = newId();
  const outcome = await storage.save(id, { ...plan, id }, [], 0);
  if (!checked(outcome, 'create')) return false;
  return openDraft(id, path);
}

/**
 * Makes `plan` this page's draft as a new draft without leaving the page (an example opened by
 * its address). Call it before the islands read the session. The session saves it and reports any failure.
 */
export function startDraft(plan: Record<string, unknown>): DraftSession {
  session = new DraftSession(storage, undefined, {}, plan);
  bindTab(session.get().id);
  followSession(session);
  return session;
}

// The tab follows its session to a copy («keep this version as a copy»).
followSession(getSession());
