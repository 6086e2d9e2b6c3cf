/**
 * Drafts in IndexedDB (through idb 8, a thin promise wrapper). One database, two stores:
 * «utkast» (drafts by id) and «uleselige» (stored drafts that could not be read, kept as
 * they were). Writes ask for strict durability: the browser has them on disk when the
 * transaction completes, so a crash a moment later loses nothing.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { revOf, type StoredDraft } from './draft-record';
import type { DraftBackend, WriteResult } from './storage';

const DB_NAME = 'handlingsplan';
const DRAFTS = 'utkast';
const ASIDE = 'uleselige';
const STRICT = { durability: 'strict' } as const;

export class IdbBackend implements DraftBackend {
  readonly kind = 'indexeddb';
  private constructor(private readonly db: IDBPDatabase) {}

  /** Opens the database, or undefined where IndexedDB is missing or blocked (some private modes). */
  static async open(timeoutMs = 30_000): Promise<IdbBackend | undefined> {
    if (typeof indexedDB === 'undefined') return undefined;
    try {
      // No version: the database as it is (a new one is made at version 1, with the upgrade below).
      const db = await IdbBackend.openAt(undefined, timeoutMs);
      if (!db) return undefined;
      if ([DRAFTS, ASIDE].every((name) => db.objectStoreNames.contains(name))) return new IdbBackend(db);
      // The database exists without our stores (made by something else): add them in a new version.
      const version = db.version + 1;
      db.close();
      const upgraded = await IdbBackend.openAt(version, timeoutMs);
      return upgraded ? new IdbBackend(upgraded) : undefined;
    } catch {
      return undefined;
    }
  }

  private static async openAt(version: number | undefined, timeoutMs: number): Promise<IDBPDatabase | undefined> {
    const opening = openDB(DB_NAME, version, {
      upgrade(db) {
        if (!db.objectStoreNames.contains(DRAFTS)) db.createObjectStore(DRAFTS);
        if (!db.objectStoreNames.contains(ASIDE)) db.createObjectStore(ASIDE);
      },
      // A newer version of the site in another tab wants to upgrade: let it.
      blocking() {
        void opening.then((db) => db.close());
      },
    });
    const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, timeoutMs, undefined));
    return await Promise.race([opening, timeout]);
  }

  async readAll(): Promise<Map<string, unknown>> {
    const tx = this.db.transaction(DRAFTS, 'readonly');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    return new Map(keys.map((k, i) => [String(k), values[i]]));
  }

  read(id: string): Promise<unknown> {
    return this.db.get(DRAFTS, id);
  }

  async writeIf(id: string, baseRev: number, value: StoredDraft): Promise<WriteResult> {
    // Read and write in one readwrite transaction: IndexedDB runs such transactions on the same store one after
    // the other, across tabs too, so no other save can come between the check and the write.
    const tx = this.db.transaction(DRAFTS, 'readwrite', STRICT);
    const stored = await tx.store.get(id);
    if (stored !== undefined && revOf(stored) !== baseRev) {
      await tx.done;
      return { ok: false, stored };
    }
    await Promise.all([tx.store.put(value, id), tx.done]);
    return { ok: true };
  }

  async delete(id: string): Promise<void> {
    const tx = this.db.transaction(DRAFTS, 'readwrite', STRICT);
    await Promise.all([tx.store.delete(id), tx.done]);
  }

  async putAside(id: string, raw: unknown): Promise<void> {
    const tx = this.db.transaction([DRAFTS, ASIDE], 'readwrite', STRICT);
    await Promise.all([tx.objectStore(ASIDE).put(raw, id), tx.objectStore(DRAFTS).delete(id), tx.done]);
  }

  async readAside(): Promise<Map<string, unknown>> {
    const tx = this.db.transaction(ASIDE, 'readonly');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    return new Map(keys.map((k, i) => [String(k), values[i]]));
  }

  async deleteAside(key: string): Promise<void> {
    const tx = this.db.transaction(ASIDE, 'readwrite', STRICT);
    await Promise.all([tx.store.delete(key), tx.done]);
  }
}
