/**
 * The draft open in this tab: keeps it in memory, saves it (debounced) to the
 * browser, and tells the page when saving fails or another tab saved newer changes.
 * Nothing is ever dropped: on any failure the plan stays in memory and can be saved
 * as a plan file.
 */
import { createPlan, newId } from '../plan/create';
import type { PlanInput } from '../plan/schema';
import { DraftStorage, STORAGE_KEY_PREFIX, type DraftRecord } from './storage';

export type SaveStatus = 'saved' | 'pending' | 'full' | 'unavailable' | 'conflict';

export interface DraftSnapshot {
  id: string;
  rev: number;
  plan: Record<string, unknown>;
  done: string[];
  status: SaveStatus;
  savedAt?: string;
}

export const SAVE_DELAY_MS = 400;

export class DraftSession {
  private snapshot: DraftSnapshot;
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `defaults` fill a new draft when there is none yet, e.g. its målform from the interface language. */
  constructor(private readonly storage: DraftStorage, id?: string, defaults: Partial<PlanInput> = {}) {
    const wanted = id ?? storage.currentId();
    const record = wanted ? storage.load(wanted) : undefined;
    if (wanted && record) {
      this.snapshot = { id: wanted, rev: record.rev, plan: record.plan, done: record.done, status: 'saved', savedAt: record.savedAt };
    } else {
      const plan = createPlan(defaults);
      this.snapshot = { id: plan.id, rev: 0, plan: plan as unknown as Record<string, unknown>, done: [], status: storage.available ? 'saved' : 'unavailable' };
    }
    storage.setCurrent(this.snapshot.id);
  }

  get = (): DraftSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A new plan value from the form; saved after a short pause. */
  update(plan: Record<string, unknown>): void {
    if (this.snapshot.status === 'conflict') {
      // Keep the user's typing in memory, but never write over the other tab's newer draft.
      this.set({ plan });
      return;
    }
    this.set({ plan, status: 'pending' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), SAVE_DELAY_MS);
  }

  markDone(section: string, done = true): void {
    const set = new Set(this.snapshot.done);
    if (done) set.add(section);
    else set.delete(section);
    this.set({ done: [...set], status: this.snapshot.status === 'conflict' ? 'conflict' : 'pending' });
    this.flush();
  }

  /** Saves now, if there is anything unsaved. A new, untouched draft is never written. */
  flush(): void {
    clearTimeout(this.timer);
    if (this.snapshot.status === 'conflict' || this.snapshot.status === 'saved') return;
    const { id, plan, done, rev } = this.snapshot;
    const title = typeof plan.title === 'string' ? plan.title : '';
    const outcome = this.storage.save(id, plan, done, rev, title);
    if (outcome.ok) this.set({ rev: outcome.rev, status: 'saved', savedAt: new Date().toISOString() });
    else this.set({ status: outcome.reason });
  }

  /** Another tab wrote to storage: if it is our draft and newer, stop saving and say so. */
  handleStorageEvent(key: string | null): void {
    if (key !== `${STORAGE_KEY_PREFIX}utkast.${this.snapshot.id}`) return;
    const stored = this.storage.load(this.snapshot.id);
    if (stored && stored.rev > this.snapshot.rev) {
      clearTimeout(this.timer);
      this.set({ status: 'conflict' });
    }
  }

  /** Take the other tab's newer version, dropping this tab's unsaved changes. */
  reloadNewest(): DraftRecord | undefined {
    const stored = this.storage.load(this.snapshot.id);
    if (stored) this.set({ rev: stored.rev, plan: stored.plan, done: stored.done, status: 'saved', savedAt: stored.savedAt });
    return stored;
  }

  /** Keep this tab's version as a new draft beside the other tab's. */
  saveAsCopy(): void {
    const id = newId();
    this.snapshot = { ...this.snapshot, id, rev: 0, plan: { ...this.snapshot.plan, id }, status: 'pending' };
    this.storage.setCurrent(id);
    this.flush();
  }

  private set(change: Partial<DraftSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const l of this.listeners) l();
  }
}
