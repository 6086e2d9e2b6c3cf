/**
 * A draft as stored in the browser: the plan as typed (not necessarily complete), with the
 * plan file's format version, so that a later schema change migrates stored drafts through
 * the same steps as plan files (src/plan/migrations.ts).
 *
 * Reading is lenient about content (a draft may have empty required fields) but strict
 * about shape: a value of the wrong type (a list stored as text, a title stored as an
 * object) would crash the pages, so such a draft is refused and kept aside untouched.
 * The shape is checked without zod (./draft-shape.ts), so the pages can read their drafts
 * before zod has loaded; ./draft-shape-check.ts asks the plan schema the same question after
 * the first paint (DraftStorage.recheck).
 */
import { FILE_VERSION, migrate } from '../plan/migrations';
import { hasWrongShape } from './draft-shape';

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

export type ReadResult = { ok: true; record: DraftRecord } | { ok: false };

/**
 * Reads a stored draft: today's format, or the record of the first version (no format or
 * version, kept in localStorage). Migrates the plan to the current version, then checks its
 * shape (`wrongShape`: the zod-free PLAN_SHAPE unless given the schema's). Never throws.
 */
export function readStoredDraft(raw: unknown, wrongShape: (plan: Record<string, unknown>) => boolean = hasWrongShape): ReadResult {
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
    if (wrongShape(plan)) return { ok: false };
    // Drafts stored before drafts had names have none: the list shows their plan's title as before.
    const name = cleanName(raw.name);
    return { ok: true, record: { rev, savedAt, plan, done, ...(name ? { name } : {}) } };
  } catch {
    return { ok: false };
  }
}
