/**
 * The draft open in this tab: keeps it in memory, saves it to the browser SAVE_DELAY_MS after any
 * change, at the next idle moment (the wait is not restarted by further typing), and tells
 * the page when saving fails or another tab saved newer changes.
 * Nothing is ever dropped: on any failure the plan stays in memory, can be saved as a plan
 * file, and saving is tried again with the next change.
 */
import { emptyPlan, newId } from '../plan/new-plan';
import type { PlanInput } from '../plan/schema';
import type { DraftRecord, DraftStorage, Rescue } from './storage';

export type SaveStatus = 'saved' | 'pending' | 'full' | 'unavailable' | 'conflict';

export interface DraftSnapshot {
  id: string;
  rev: number;
  plan: Record<string, unknown>;
  done: string[];
  status: SaveStatus;
  savedAt?: string;
  /** The draft's own name in the draft list (not the plan's title); see DraftRecord. */
  name?: string;
}

/** How long a change waits before it is saved, however steadily the user types (the wait is not restarted). */
export const SAVE_DELAY_MS = 500;
/**
 * After SAVE_DELAY_MS the save waits for the browser's next idle moment (between two keystrokes' frames),
 * so that reading, normalising and storing the whole plan does not hold up a key; at most this much longer.
 */
export const SAVE_IDLE_MS = 500;

/** Runs `task` when the browser is idle (within `timeout` ms), or at once where it cannot say (Node, old Safari). */
function whenIdle(task: () => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout });
  else task();
}

const FAILED: ReadonlySet<SaveStatus> = new Set(['full', 'unavailable', 'conflict']);

export class DraftSession {
  private snapshot: DraftSnapshot;
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts changes; a save is complete when nothing changed while it was written. */
  private changes = 0;
  private savedChanges = 0;
  private saving: Promise<boolean> | undefined;
  private inFlight: { rev: number; savedAt: string } | undefined;
  private adopted: Record<string, unknown> | undefined;
  /** Reads the newest plan from the form: a change not yet taken into the snapshot (see `defer`). */
  private pull: (() => Record<string, unknown>) | undefined;

  /**
   * Opens draft `id`; with no id, or one not stored, a new draft (from `plan` if given, else
   * empty with `defaults`). A new draft given a `plan` is saved at once; an empty one only
   * when the user changes something.
   */
  constructor(private readonly storage: DraftStorage, id?: string, defaults: Partial<PlanInput> = {}, plan?: Record<string, unknown>) {
    const record = id && !plan ? storage.load(id) : undefined;
    if (id && record) {
      this.snapshot = { id, rev: record.rev, plan: record.plan, done: record.done, status: 'saved', savedAt: record.savedAt, name: record.name };
    } else if (plan) {
      const newDraft = id ?? newId();
      this.snapshot = { id: newDraft, rev: 0, plan: { ...plan, id: newDraft }, done: [], status: 'pending' };
      this.changes = 1;
      void this.flush();
    } else {
      const created = emptyPlan(defaults);
      this.snapshot = { id: created.id, rev: 0, plan: created as unknown as Record<string, unknown>, done: [], status: storage.available ? 'saved' : 'unavailable' };
    }
  }

  get = (): DraftSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** True while some change is not yet stored. */
  get unsaved(): boolean {
    return this.changes !== this.savedChanges;
  }

  /** A new plan value from the form; saved within SAVE_DELAY_MS. */
  update(plan: Record<string, unknown>): void {
    this.pull = undefined;
    if (this.adopted) {
      // The form echoing the version just taken from storage (reloadNewest) is not a change.
      const same = JSON.stringify(plan) === JSON.stringify(this.adopted);
      this.adopted = undefined;
      if (same) return;
    }
    this.changes++;
    // A failure stays on screen until a save succeeds (no flicker while typing); saving is tried again.
    this.set({ plan, status: FAILED.has(this.snapshot.status) ? this.snapshot.status : 'pending' });
    this.schedule();
  }

  /**
   * A change in the form, read by `pull` only when it is needed: when it is saved (within
   * SAVE_DELAY_MS), flushed, rescued or copied. Typing then costs no work on the whole plan
   * per keystroke. The change counts as unsaved at once, so leaving the page still waits for
   * it or rescues it; the snapshot (and the page) follow when it is read.
   */
  defer(pull: () => Record<string, unknown>): void {
    // The form echoing a version just taken from storage, and changes while saving fails, are taken at once (as `update`).
    if (this.adopted || FAILED.has(this.snapshot.status)) {
      this.pull = undefined;
      this.update(pull());
      return;
    }
    this.pull = pull;
    this.changes++;
    if (this.snapshot.status !== 'pending') this.set({ status: 'pending' });
    this.schedule();
  }

  /** Takes a deferred change from the form into the snapshot. */
  private takePending(): void {
    const pull = this.pull;
    if (!pull) return;
    this.pull = undefined;
    this.set({ plan: pull() });
  }

  /** Marks a section finished (or not) and saves at once; resolves true when it is stored. */
  markDone(section: string, done = true): Promise<boolean> {
    const set = new Set(this.snapshot.done);
    if (done) set.add(section);
    else set.delete(section);
    this.changes++;
    this.set({ done: [...set], status: FAILED.has(this.snapshot.status) ? this.snapshot.status : 'pending' });
    return this.flush();
  }

  /** Gives the draft its own name in the draft list (empty: none), leaving the plan's title alone; saves at once. */
  rename(name: string): Promise<boolean> {
    this.changes++;
    this.set({ name: name.trim() || undefined, status: FAILED.has(this.snapshot.status) ? this.snapshot.status : 'pending' });
    return this.flush();
  }

  /** Saves now whatever is unsaved; resolves true when everything is stored. */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.saving) await this.saving;
    this.takePending();
    if (this.snapshot.status === 'conflict') return false;
    if (!this.unsaved) return this.snapshot.status === 'saved';
    this.saving = this.write();
    try {
      return await this.saving;
    } finally {
      this.saving = undefined;
    }
  }

  /**
   * The page is going away: what is not yet stored, written at once to a synchronous store
   * (applied by the next page if the last save did not finish). Returns it, or undefined.
   */
  rescue(): Rescue | undefined {
    this.takePending();
    if (!this.unsaved || this.snapshot.status === 'conflict') return undefined;
    const { rev, plan, done } = this.snapshot;
    return { baseRev: rev, plan, done, inFlight: this.inFlight };
  }

  /** Another tab saved draft `id` at revision `rev` (undefined: deleted it). */
  handleRemoteSave(id: string, rev: number | undefined): void {
    if (id !== this.snapshot.id || rev === undefined || rev <= this.snapshot.rev) return;
    if (this.inFlight?.rev === rev) return; // our own save, still being confirmed
    this.takePending(); // kept in the snapshot, to be saved as a copy or as a plan file
    clearTimeout(this.timer);
    this.timer = undefined;
    this.set({ status: 'conflict' });
  }

  /** Take the newest stored version, dropping this tab's unsaved changes. */
  reloadNewest(): DraftRecord | undefined {
    const stored = this.storage.load(this.snapshot.id);
    if (stored) {
      this.pull = undefined;
      this.adopted = stored.plan;
      this.savedChanges = this.changes;
      this.set({ rev: stored.rev, plan: stored.plan, done: stored.done, status: 'saved', savedAt: stored.savedAt, name: stored.name });
    }
    return stored;
  }

  /** Keep this tab's version as a new draft beside the other tab's. Resolves true when stored. */
  saveAsCopy(): Promise<boolean> {
    this.takePending();
    const id = newId();
    this.changes++;
    this.snapshot = { ...this.snapshot, id, rev: 0, plan: { ...this.snapshot.plan, id }, status: 'pending' };
    this.set({});
    return this.flush();
  }

  private schedule(): void {
    if (this.timer === undefined && this.snapshot.status !== 'conflict') {
      // The timer stays set until the save starts, so further changes meanwhile do not schedule another.
      this.timer = setTimeout(() => whenIdle(() => {
        if (this.timer === undefined) return; // flushed meanwhile (a field left, a link, the page hidden)
        this.timer = undefined;
        void this.flush();
      }, SAVE_IDLE_MS), SAVE_DELAY_MS);
    }
  }

  private async write(): Promise<boolean> {
    this.takePending();
    const { id, plan, done, rev, name } = this.snapshot;
    const changes = this.changes;
    const savedAt = new Date().toISOString();
    this.inFlight = { rev: rev + 1, savedAt };
    const outcome = await this.storage.save(id, plan, done, rev, name ?? '', savedAt);
    this.inFlight = undefined;
    if (id !== this.snapshot.id) return false; // switched to a copy meanwhile; that one saves itself
    if (outcome.ok) {
      this.savedChanges = changes;
      const complete = !this.unsaved;
      this.set({ rev: outcome.rev, savedAt, status: complete ? 'saved' : 'pending' });
      if (!complete) this.schedule();
      return complete;
    }
    this.set({ status: outcome.reason });
    return false;
  }

  private set(change: Partial<DraftSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const l of this.listeners) l();
  }
}
