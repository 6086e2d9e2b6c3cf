/**
 * Drafts on this device. They live in IndexedDB (localStorage only where IndexedDB is
 * missing), behind a small asynchronous backend so the tests can use memory and simulate a
 * full or missing storage. `DraftStorage` keeps a copy of every readable draft in memory,
 * so the pages can read drafts at once; every write goes to the backend and its result is
 * returned, never ignored.
 *
 * Every save carries a revision number and is atomic: the backend compares the stored
 * revision with the one the tab loaded and writes in the same transaction, so of two tabs
 * saving at the same moment one wins and the other is told (`conflict`), never silently
 * overwritten. A stored draft that cannot be read is moved aside untouched, to be offered
 * for download.
 */
import { cleanName, readStoredDraft, revOf, titleOf, toStored, type DraftRecord, type StoredDraft } from './draft-record';

export type { DraftRecord } from './draft-record';

export interface DraftSummary {
  id: string;
  /** What the draft list calls the draft: its own name if it has one, else the plan's title. */
  title: string;
  /** The draft's own name («Gi nytt navn»), when it has one. */
  name?: string;
  /** The plan's title, which the documents use. */
  planTitle: string;
  savedAt: string;
  /** Roughly what the draft takes in storage (its JSON text). */
  bytes: number;
}

/** A stored draft that could not be read: kept as it was, under its storage key. */
export interface UnreadableDraft {
  key: string;
  raw: unknown;
  bytes: number;
}

export type SaveOutcome =
  | { ok: true; rev: number }
  | { ok: false; reason: 'conflict'; stored?: DraftRecord }
  | { ok: false; reason: 'full' | 'unavailable' };

export type WriteResult = { ok: true } | { ok: false; stored: unknown };

/** Where drafts are kept. Writes throw on failure (quota, blocked storage). */
export interface DraftBackend {
  readonly kind: 'indexeddb' | 'localstorage' | 'memory';
  readAll(): Promise<Map<string, unknown>>;
  read(id: string): Promise<unknown>;
  /** In one transaction: writes `value` if nothing is stored under `id` or its revision is `baseRev`. */
  writeIf(id: string, baseRev: number, value: StoredDraft): Promise<WriteResult>;
  delete(id: string): Promise<void>;
  /** In one transaction: moves the stored value of `id` aside (to the unreadable drafts). */
  putAside(id: string, raw: unknown): Promise<void>;
  readAside(): Promise<Map<string, unknown>>;
  deleteAside(key: string): Promise<void>;
}

export function isQuota(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error
    && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(String((error as Error).message)));
}

export const byteSize = (value: unknown): number => {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return 0;
  }
};

interface Entry {
  record: DraftRecord;
  title: string;
  bytes: number;
}

export class DraftStorage {
  private drafts = new Map<string, Entry>();
  private aside = new Map<string, UnreadableDraft>();
  private listeners = new Set<() => void>();
  private summaries: DraftSummary[] = [];
  private asideList: UnreadableDraft[] = [];

  /** `onChange` is told of every successful save or delete, so other tabs can be told too. */
  constructor(private readonly backend: DraftBackend | undefined, private readonly onChange?: (id: string, rev: number | undefined) => void) {}

  /** Reads every stored draft; those that cannot be read are moved aside. Never throws. */
  static async open(backend: DraftBackend | undefined, onChange?: (id: string, rev: number | undefined) => void): Promise<DraftStorage> {
    const storage = new DraftStorage(backend, onChange);
    await storage.reloadAll();
    return storage;
  }

  get available(): boolean {
    return !!this.backend;
  }

  get kind(): DraftBackend['kind'] | undefined {
    return this.backend?.kind;
  }

  /** The drafts, most recently saved first (the same array until something changes). */
  list(): DraftSummary[] {
    return this.summaries;
  }

  load(id: string): DraftRecord | undefined {
    return this.drafts.get(id)?.record;
  }

  /** Stored drafts that could not be read, kept untouched. */
  unreadable(): UnreadableDraft[] {
    return this.asideList;
  }

  /** The draft saved last, for a tab that has none yet. */
  mostRecent(): string | undefined {
    return this.summaries[0]?.id;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Saves if the stored revision is still `baseRev` (or the draft is not stored); returns the new revision.
   * `name` is the draft's own name: left out, the draft keeps the name it has; empty, it has none.
   */
  async save(id: string, plan: Record<string, unknown>, done: string[], baseRev: number, name?: string, now = new Date().toISOString()): Promise<SaveOutcome> {
    if (!this.backend) return { ok: false, reason: 'unavailable' };
    const kept = cleanName(name === undefined ? this.drafts.get(id)?.record.name : name);
    const record: DraftRecord = { rev: baseRev + 1, savedAt: now, plan, done, ...(kept ? { name: kept } : {}) };
    const value = toStored(id, record);
    try {
      const result = await this.backend.writeIf(id, baseRev, value);
      if (!result.ok) {
        const read = readStoredDraft(result.stored);
        if (read.ok) this.put(id, read.record);
        return { ok: false, reason: 'conflict', stored: read.ok ? read.record : undefined };
      }
    } catch (error) {
      return { ok: false, reason: isQuota(error) ? 'full' : 'unavailable' };
    }
    this.put(id, record, byteSize(value));
    this.onChange?.(id, record.rev);
    return { ok: true, rev: record.rev };
  }

  /** Deletes a draft; returns what it was (for undo), or undefined when nothing was deleted. */
  async remove(id: string): Promise<DraftRecord | undefined> {
    const record = this.load(id);
    if (!this.backend) return undefined;
    try {
      await this.backend.delete(id);
    } catch {
      return undefined;
    }
    this.drafts.delete(id);
    this.changed();
    this.onChange?.(id, undefined);
    return record;
  }

  /** Deletes an unreadable draft that was kept aside. */
  async removeUnreadable(key: string): Promise<boolean> {
    try {
      await this.backend?.deleteAside(key);
    } catch {
      return false;
    }
    this.aside.delete(key);
    this.changed();
    return true;
  }

  /** Reads one draft again (another tab changed it). */
  async reload(id: string): Promise<void> {
    if (!this.backend) return;
    try {
      const raw = await this.backend.read(id);
      if (raw === undefined) this.drafts.delete(id);
      else this.accept(id, raw);
      this.changed();
    } catch {
      /* keep what we had */
    }
  }

  /** Reads every draft again. */
  async reloadAll(): Promise<void> {
    if (!this.backend) return;
    try {
      const all = await this.backend.readAll();
      this.drafts.clear();
      for (const [id, raw] of all) this.accept(id, raw);
      const aside = await this.backend.readAside();
      this.aside = new Map([...aside].map(([key, raw]) => [key, { key, raw, bytes: byteSize(raw) }]));
    } catch {
      /* storage went away while reading: what was read is kept */
    }
    this.changed();
  }

  /**
   * Checks every draft again with `wrongShape` (the plan schema's own check, which loads after
   * the first paint); a draft it refuses is moved aside untouched, like any unreadable draft.
   * The zod-free check the drafts were read with gives the same answers (tests/unit/draft-shape.test.ts),
   * so this finds nothing unless the two drift apart.
   */
  async recheck(wrongShape: (plan: Record<string, unknown>) => boolean): Promise<void> {
    const refused = [...this.drafts].filter(([, e]) => wrongShape(e.record.plan)).map(([id]) => id);
    if (!refused.length || !this.backend) return;
    for (const id of refused) {
      try {
        const raw = await this.backend.read(id);
        if (raw !== undefined) this.accept(id, raw, wrongShape);
      } catch {
        /* kept as it is; checked again at the next visit */
      }
    }
    this.changed();
  }

  private accept(id: string, raw: unknown, wrongShape?: (plan: Record<string, unknown>) => boolean): void {
    const read = readStoredDraft(raw, wrongShape);
    if (read.ok) {
      this.drafts.set(id, { record: read.record, title: titleOf(read.record.plan), bytes: byteSize(raw) });
      return;
    }
    this.drafts.delete(id);
    this.aside.set(id, { key: id, raw, bytes: byteSize(raw) });
    // Moved aside in the background; if that fails it stays where it is and is found again next time.
    void this.backend?.putAside(id, raw).catch(() => undefined);
  }

  private put(id: string, record: DraftRecord, bytes = byteSize(record)): void {
    this.drafts.set(id, { record, title: titleOf(record.plan), bytes });
    this.changed();
  }

  private changed(): void {
    this.summaries = [...this.drafts]
      .map(([id, e]) => ({ id, title: e.record.name || e.title, ...(e.record.name ? { name: e.record.name } : {}), planTitle: e.title, savedAt: e.record.savedAt, bytes: e.bytes }))
      // Newest first. ISO times sort as plain strings; localeCompare would set up the browser's collator.
      .sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
    this.asideList = [...this.aside.values()];
    for (const l of this.listeners) l();
  }
}

/** Drafts in memory, for tests: `limit` bytes before writes fail as a full storage would. */
export class MemoryBackend implements DraftBackend {
  readonly kind = 'memory';
  drafts = new Map<string, unknown>();
  aside = new Map<string, unknown>();
  constructor(public limit = Infinity) {}
  async readAll() { return new Map(this.drafts); }
  async read(id: string) { return structuredClone(this.drafts.get(id)); }
  async writeIf(id: string, baseRev: number, value: StoredDraft): Promise<WriteResult> {
    const stored = this.drafts.get(id);
    if (stored !== undefined && revOf(stored) !== baseRev) return { ok: false, stored: structuredClone(stored) };
    const used = [...this.drafts].reduce((n, [k, v]) => n + (k === id ? 0 : byteSize(v)), 0);
    if (used + byteSize(value) > this.limit) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    this.drafts.set(id, structuredClone(value));
    return { ok: true };
  }
  async delete(id: string) { this.drafts.delete(id); }
  async putAside(id: string, raw: unknown) { this.aside.set(id, raw); this.drafts.delete(id); }
  async readAside() { return new Map(this.aside); }
  async deleteAside(key: string) { this.aside.delete(key); }
}

/** The subset of the Web Storage API used here (localStorage, sessionStorage, or a test's map). */
export interface KeyValue {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'handlingsplan.';
/** Keys of the first version, which kept drafts in localStorage. */
export const LEGACY = {
  draft: `${PREFIX}utkast.`,
  index: `${PREFIX}utkast`,
  current: `${PREFIX}gjeldende`,
  aside: `${PREFIX}uleselig.`,
  rescue: `${PREFIX}redning.`,
} as const;

function keysWith(kv: KeyValue, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < kv.length; i++) {
    const k = kv.key(i);
    if (k?.startsWith(prefix)) keys.push(k);
  }
  return keys;
}

function parse(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text; // kept as it was, to be offered as a download
  }
}

/**
 * Drafts in localStorage, where IndexedDB is missing: the first version's keys, so a
 * browser without IndexedDB keeps its drafts as they were.
 */
export class LocalStorageBackend implements DraftBackend {
  readonly kind = 'localstorage';
  constructor(private readonly kv: KeyValue) {}
  async readAll() {
    return new Map(keysWith(this.kv, LEGACY.draft).map((k) => [k.slice(LEGACY.draft.length), parse(this.kv.getItem(k))]));
  }
  async read(id: string) { return parse(this.kv.getItem(LEGACY.draft + id)); }
  async writeIf(id: string, baseRev: number, value: StoredDraft): Promise<WriteResult> {
    // localStorage is shared by the tabs of an origin and runs to completion: read and write cannot interleave.
    const stored = parse(this.kv.getItem(LEGACY.draft + id));
    if (stored !== undefined && revOf(stored) !== baseRev) return { ok: false, stored };
    this.kv.setItem(LEGACY.draft + id, JSON.stringify(value));
    return { ok: true };
  }
  async delete(id: string) { this.kv.removeItem(LEGACY.draft + id); }
  async putAside(id: string, raw: unknown) {
    this.kv.setItem(LEGACY.aside + id, JSON.stringify(raw));
    this.kv.removeItem(LEGACY.draft + id);
  }
  async readAside() {
    return new Map(keysWith(this.kv, LEGACY.aside).map((k) => [k.slice(LEGACY.aside.length), parse(this.kv.getItem(k))]));
  }
  async deleteAside(key: string) { this.kv.removeItem(LEGACY.aside + key); }
}

/**
 * Moves the drafts of the first version (localStorage) into `storage`, one by one: a draft's
 * key is removed only after it was written, so nothing is lost if the move stops half-way.
 * A draft that cannot be read is kept aside. Returns the draft the first version had open.
 */
export async function migrateFromLocalStorage(kv: KeyValue, storage: DraftStorage, backend: DraftBackend): Promise<string | undefined> {
  let current: string | undefined;
  let movedAside = false;
  try {
    current = kv.getItem(LEGACY.current) ?? undefined;
    for (const key of keysWith(kv, LEGACY.draft)) {
      const id = key.slice(LEGACY.draft.length);
      const raw = parse(kv.getItem(key));
      const read = readStoredDraft(raw);
      if (read.ok) {
        const { plan, done, savedAt } = read.record;
        const existing = storage.load(id);
        const outcome = await storage.save(id, plan, done, existing?.rev ?? revOf(await backend.read(id)), undefined, savedAt);
        if (!outcome.ok) continue; // stays in localStorage, tried again at the next visit
      } else {
        await backend.putAside(`localstorage-${id}`, raw);
        movedAside = true;
      }
      kv.removeItem(key);
    }
    if (!keysWith(kv, LEGACY.draft).length) kv.removeItem(LEGACY.index);
    kv.removeItem(LEGACY.current);
    if (movedAside) await storage.reloadAll();
  } catch {
    /* anything not moved stays in localStorage and is moved at the next visit */
  }
  return current;
}

/** Unsaved changes written at once (synchronously) when the page goes away, in case the last save did not finish. */
export interface Rescue {
  baseRev: number;
  plan: Record<string, unknown>;
  done: string[];
  /** The save still under way when the page went away: if it finished, the draft has this revision and time. */
  inFlight?: { rev: number; savedAt: string };
}

export function writeRescue(kv: KeyValue | undefined, id: string, rescue: Rescue): void {
  try {
    kv?.setItem(LEGACY.rescue + id, JSON.stringify(rescue));
  } catch {
    /* full or blocked: the page has already asked before leaving */
  }
}

export function clearRescue(kv: KeyValue | undefined, id: string): void {
  try {
    kv?.removeItem(LEGACY.rescue + id);
  } catch {
    /* nothing to do */
  }
}

/**
 * Applies rescued changes left by a page that went away before its last save finished:
 * saved on top of the revision they were made on, or, if the draft has moved on since with
 * other content, saved as a new draft beside it.
 */
export async function applyRescues(kv: KeyValue, storage: DraftStorage, newId: () => string): Promise<void> {
  try {
    for (const key of keysWith(kv, LEGACY.rescue)) {
      const id = key.slice(LEGACY.rescue.length);
      const raw = parse(kv.getItem(key)) as Partial<Rescue> | undefined;
      const read = raw && typeof raw.baseRev === 'number' ? readStoredDraft({ rev: raw.baseRev, plan: raw.plan, done: raw.done }) : { ok: false as const };
      if (!read.ok) {
        kv.removeItem(key);
        continue;
      }
      const { plan, done, rev: baseRev } = read.record;
      const stored = storage.load(id);
      const inFlight = raw?.inFlight;
      const ours = stored && inFlight && stored.rev === inFlight.rev && stored.savedAt === inFlight.savedAt;
      let ok = true;
      if (!stored || stored.rev === baseRev || ours) ok = (await storage.save(id, plan, done, stored?.rev ?? 0)).ok;
      else if (JSON.stringify(stored.plan) !== JSON.stringify(plan) || JSON.stringify(stored.done) !== JSON.stringify(done)) {
        const copy = newId();
        ok = (await storage.save(copy, { ...plan, id: copy }, done, 0)).ok;
      }
      if (ok) kv.removeItem(key);
    }
  } catch {
    /* kept for the next visit */
  }
}
