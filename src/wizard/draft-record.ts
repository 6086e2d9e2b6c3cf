/**
 * A draft as stored in the browser: the plan as typed (not necessarily complete), with the
 * plan file's format version, so that a later schema change migrates stored drafts through
 * the same steps as plan files (src/plan/migrations.ts).
 *
 * Reading is lenient about content (a draft may have empty required fields) but strict
 * about shape: a value of the wrong type (a list stored as text, a title stored as an
 * object) would crash the pages, so such a draft is refused and kept aside untouched.
 */
import { planSchema } from '../plan/schema';
import { FILE_VERSION, migrate } from '../plan/migrations';

export const DRAFT_FORMAT = 'handlingsplan-utkast';

export interface DraftRecord {
  rev: number;
  savedAt: string;
  /** The plan as typed: normalised form values, not necessarily valid yet. */
  plan: Record<string, unknown>;
  /** Sections the user has finished with «Lagre og fortsett». */
  done: string[];
  /**
   * The draft's own name in the draft list, given with «Gi nytt navn»; the plan's title (used in
   * the documents) is left alone. Without one the list shows the plan's title.
   */
  name?: string;
}

/** What is written: the record with its format, version, id and the plan's title. */
export interface StoredDraft extends DraftRecord {
  format: typeof DRAFT_FORMAT;
  version: number;
  id: string;
  title: string;
}

export function toStored(id: string, record: DraftRecord): StoredDraft {
  return { format: DRAFT_FORMAT, version: FILE_VERSION, id, title: titleOf(record.plan), ...record };
}

export const titleOf = (plan: Record<string, unknown>): string => (typeof plan.title === 'string' ? plan.title : '');

/** The longest draft name kept (as long as a plan title may be). */
export const NAME_MAX = 300;

/** A draft name as stored: trimmed and cut to NAME_MAX; empty means none. */
export const cleanName = (name: unknown): string | undefined =>
  typeof name === 'string' && name.trim() ? name.trim().slice(0, NAME_MAX) : undefined;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The revision of a stored value, whatever its state (0 when there is none). */
export function revOf(raw: unknown): number {
  return isRecord(raw) && typeof raw.rev === 'number' ? raw.rev : 0;
}

/** Zod issues that mean «this value has the wrong shape», as opposed to «this field is not filled in yet». */
const SHAPE_CODES = new Set(['invalid_type', 'invalid_union', 'invalid_key', 'invalid_element']);

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

export type ReadResult = { ok: true; record: DraftRecord } | { ok: false };

/**
 * Reads a stored draft: today's format, or the record of the first version (no format or
 * version, kept in localStorage). Migrates the plan to the current version, then checks its
 * shape with the plan schema. Never throws.
 */
export function readStoredDraft(raw: unknown): ReadResult {
  try {
    if (!isRecord(raw) || !isRecord(raw.plan)) return { ok: false };
    if (raw.format !== undefined && raw.format !== DRAFT_FORMAT) return { ok: false };
    const version = raw.version ?? 1;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > FILE_VERSION) return { ok: false };
    const rev = raw.rev;
    if (typeof rev !== 'number' || !Number.isInteger(rev) || rev < 0) return { ok: false };
    const done = raw.done ?? [];
    if (!Array.isArray(done) || !done.every((d) => typeof d === 'string')) return { ok: false };
    const savedAt = typeof raw.savedAt === 'string' ? raw.savedAt : new Date(0).toISOString();
    const plan = migrate(raw.plan, version);
    const parsed = planSchema.safeParse(plan);
    if (!parsed.success) {
      const wrongShape = parsed.error.issues.some((i) => SHAPE_CODES.has(i.code) && valueAt(plan, i.path) !== undefined);
      if (wrongShape) return { ok: false };
    }
    // Drafts stored before drafts had names have none: the list shows their plan's title as before.
    const name = cleanName(raw.name);
    return { ok: true, record: { rev, savedAt, plan, done, ...(name ? { name } : {}) } };
  } catch {
    return { ok: false };
  }
}
