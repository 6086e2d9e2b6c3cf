/** One draft session per page, shared by the wizard's islands. */
import { useSyncExternalStore } from 'react';
import { DraftSession, type DraftSnapshot } from '../../wizard/session';
import { DraftStorage, browserStorage } from '../../wizard/storage';
import { uiLang } from '../shared/i18n';

let session: DraftSession | undefined;
let storage: DraftStorage | undefined;

export function getStorage(): DraftStorage {
  storage ??= new DraftStorage(browserStorage());
  return storage;
}

export function getSession(): DraftSession {
  if (!session) {
    // A first draft gets the interface language as its målform; the user can change it under «Om planen».
    session = new DraftSession(getStorage(), undefined, { malform: uiLang() });
    const s = session;
    addEventListener('storage', (e) => s.handleStorageEvent(e.key));
    // Save at once when the tab is hidden or closed, so the pause before saving loses nothing.
    addEventListener('pagehide', () => s.flush());
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') s.flush(); });
  }
  return session;
}

/** Switches this page to another draft (after open, new or duplicate). */
export function openDraft(id: string): DraftSession {
  getStorage().setCurrent(id);
  session = undefined;
  return getSession();
}

export function useDraft(): DraftSnapshot {
  const s = getSession();
  return useSyncExternalStore(s.subscribe, s.get, s.get);
}
