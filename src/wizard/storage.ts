/**
 * Drafts in the browser's localStorage, behind a small key-value interface so the
 * tests can use memory and simulate a full or missing storage. Every save carries a
 * revision number: a tab may only overwrite the revision it loaded, so a second tab
 * cannot silently overwrite newer changes made in the first.
 */
export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface DraftRecord {
  rev: number;
  savedAt: string;
  /** The plan as typed: normalised form values, not necessarily valid yet. */
  plan: Record<string, unknown>;
  /** Sections the user has finished with «Lagre og fortsett». */
  done: string[];
}

export interface DraftSummary {
  id: string;
  title: string;
  savedAt: string;
}

export type SaveOutcome =
  | { ok: true; rev: number }
  | { ok: false; reason: 'conflict'; stored: DraftRecord }
  | { ok: false; reason: 'full' | 'unavailable' };

const PREFIX = 'handlingsplan.';
const INDEX = `${PREFIX}utkast`;
const CURRENT = `${PREFIX}gjeldende`;
const draftKey = (id: string) => `${PREFIX}utkast.${id}`;

function isQuota(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(error.message));
}

export class DraftStorage {
  constructor(private readonly kv: KeyValue | undefined) {}

  get available(): boolean {
    return !!this.kv;
  }

  list(): DraftSummary[] {
    const parsed = this.read<DraftSummary[]>(INDEX);
    return Array.isArray(parsed) ? parsed : [];
  }

  load(id: string): DraftRecord | undefined {
    const record = this.read<DraftRecord>(draftKey(id));
    return record && typeof record.rev === 'number' && record.plan ? record : undefined;
  }

  currentId(): string | undefined {
    try {
      return this.kv?.getItem(CURRENT) ?? undefined;
    } catch {
      return undefined;
    }
  }

  setCurrent(id: string): void {
    try {
      this.kv?.setItem(CURRENT, id);
    } catch {
      /* remembering the current draft is a convenience; the draft itself is what matters */
    }
  }

  /** Saves if the stored revision is still `baseRev`; returns the new revision. */
  save(id: string, plan: Record<string, unknown>, done: string[], baseRev: number, title: string, now = new Date().toISOString()): SaveOutcome {
    if (!this.kv) return { ok: false, reason: 'unavailable' };
    const stored = this.load(id);
    if (stored && stored.rev !== baseRev) return { ok: false, reason: 'conflict', stored };
    const record: DraftRecord = { rev: baseRev + 1, savedAt: now, plan, done };
    try {
      this.kv.setItem(draftKey(id), JSON.stringify(record));
      const index = this.list().filter((d) => d.id !== id);
      this.kv.setItem(INDEX, JSON.stringify([{ id, title, savedAt: now }, ...index]));
      return { ok: true, rev: record.rev };
    } catch (error) {
      return { ok: false, reason: isQuota(error) ? 'full' : 'unavailable' };
    }
  }

  remove(id: string): DraftRecord | undefined {
    const record = this.load(id);
    try {
      this.kv?.removeItem(draftKey(id));
      this.kv?.setItem(INDEX, JSON.stringify(this.list().filter((d) => d.id !== id)));
    } catch {
      /* nothing more to do: the draft stays listed and can be removed again */
    }
    return record;
  }

  private read<T>(key: string): T | undefined {
    try {
      const text = this.kv?.getItem(key);
      return text ? (JSON.parse(text) as T) : undefined;
    } catch {
      return undefined;
    }
  }
}

/** The browser's localStorage, or undefined where it is blocked (some private modes). */
export function browserStorage(): KeyValue | undefined {
  try {
    const kv = globalThis.localStorage;
    const probe = `${PREFIX}probe`;
    kv.setItem(probe, '1');
    kv.removeItem(probe);
    return kv;
  } catch (error) {
    // A full storage still works for reading: keep it, saving will report «full».
    return isQuota(error) ? globalThis.localStorage : undefined;
  }
}

export const STORAGE_KEY_PREFIX = PREFIX;
