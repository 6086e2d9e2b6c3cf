/**
 * The plan file: JSON with a format name and a version, holding one plan.
 * Opening is hardened against hostile input and never touches what the user
 * already has open: it only returns a new plan or a list of Norwegian errors.
 */
import { planSchema, type Plan } from './schema';
import { planIssues, issueText } from './issues';
import { FILE_VERSION, migrate } from './migrations';
import { periodStart, periodEnd } from './dates';
import type { Text } from './rules/types';

export const FILE_FORMAT = 'handlingsplan-vold-i-nære-relasjoner';
export { FILE_VERSION };
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface PlanFile {
  format: typeof FILE_FORMAT;
  version: number;
  savedAt: string;
  plan: Plan;
}

export type OpenResult = { ok: true; plan: Plan } | { ok: false; errors: Text[] };

export function serializePlan(plan: Plan, savedAt: string = new Date().toISOString()): string {
  const file: PlanFile = { format: FILE_FORMAT, version: FILE_VERSION, savedAt, plan };
  return JSON.stringify(file, null, 2);
}

/** The start of every file name made from a plan, in the plan's målform. */
const FILE_STEM: Record<Plan['malform'], string> = { nb: 'handlingsplan-vold-nære-relasjoner', nn: 'handlingsplan-vald-i-nære-relasjonar' };

/** «handlingsplan-vold-nære-relasjoner-2027-2030.json»; nynorsk «handlingsplan-vald-i-nære-relasjonar-2027-2030.json». */
export function planFileName(plan: Plan, extension = 'json'): string {
  const from = plan.period.start ? periodStart(plan.period.start).slice(0, 4) : '';
  const to = plan.period.end ? periodEnd(plan.period.end).slice(0, 4) : '';
  const years = [from, to].filter(Boolean).join('-');
  return `${FILE_STEM[plan.malform] ?? FILE_STEM.nb}${years ? `-${years}` : ''}.${extension}`;
}

const fail = (nb: string, nn: string): OpenResult => ({ ok: false, errors: [{ nb, nn }] });

export function openPlanFile(text: unknown, byteLength?: number): OpenResult {
  try {
    if (typeof text !== 'string') return fail('Filen kunne ikke leses som tekst. Velg en planfil (.json).', 'Fila kunne ikkje lesast som tekst. Vel ei planfil (.json).');
    const bytes = byteLength ?? new TextEncoder().encode(text).length;
    if (bytes > MAX_FILE_BYTES) {
      return fail('Filen er større enn 5 MB og kan ikke være en planfil. Velg planfilen du lagret fra dette nettstedet.', 'Fila er større enn 5 MB og kan ikkje vere ei planfil. Vel planfila du lagra frå denne nettstaden.');
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return fail('Filen er ikke en gyldig planfil (den er ikke JSON). Velg planfilen du lagret fra dette nettstedet.', 'Fila er ikkje ei gyldig planfil (ho er ikkje JSON). Vel planfila du lagra frå denne nettstaden.');
    }
    const shape = inspect(data);
    if (shape === 'forbidden') return fail('Filen inneholder felt som ikke er tillatt (for eksempel «__proto__»). Den er ikke laget av dette nettstedet og blir ikke åpnet.', 'Fila inneheld felt som ikkje er tillatne (til dømes «__proto__»). Ho er ikkje laga av denne nettstaden og vert ikkje opna.');
    if (shape === 'too-deep') return fail('Filen er nøstet for dypt til å være en planfil. Velg planfilen du lagret fra dette nettstedet.', 'Fila er nøsta for djupt til å vere ei planfil. Vel planfila du lagra frå denne nettstaden.');
    if (!isRecord(data) || data.format !== FILE_FORMAT) {
      return fail('Filen er ikke en planfil fra dette nettstedet (formatnavnet mangler eller er feil).', 'Fila er ikkje ei planfil frå denne nettstaden (formatnamnet manglar eller er feil).');
    }
    const version = data.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      return fail('Planfilen mangler versjonsnummer. Lagre planen på nytt fra nettstedet.', 'Planfila manglar versjonsnummer. Lagre planen på nytt frå nettstaden.');
    }
    if (version > FILE_VERSION) {
      return fail(`Planfilen er laget med en nyere versjon av nettstedet (versjon ${version}). Last inn siden på nytt for å få siste versjon, og prøv igjen.`, `Planfila er laga med ein nyare versjon av nettstaden (versjon ${version}). Last inn sida på nytt for å få siste versjon, og prøv igjen.`);
    }
    if (!isRecord(data.plan)) return fail('Planfilen inneholder ingen plan.', 'Planfila inneheld ingen plan.');
    const migrated = migrate(data.plan, version);
    const parsed = planSchema.safeParse(migrated);
    if (!parsed.success) {
      const issues = planIssues(parsed.error, migrated).slice(0, 20);
      return { ok: false, errors: issues.map((i) => ({ nb: issueText(i, 'nb'), nn: issueText(i, 'nn') })) };
    }
    return { ok: true, plan: parsed.data };
  } catch {
    return fail('Filen kunne ikke åpnes. Velg planfilen du lagret fra dette nettstedet.', 'Fila kunne ikkje opnast. Vel planfila du lagra frå denne nettstaden.');
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Walks the parsed JSON without recursion: rejects prototype keys and deep nesting. */
function inspect(root: unknown): 'ok' | 'forbidden' | 'too-deep' {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH) return 'too-deep';
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return 'forbidden';
      stack.push([(value as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return 'ok';
}
