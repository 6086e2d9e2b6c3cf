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
    if (version === undefined || version === null) {
      return fail('Planfilen mangler versjonsnummer. Lagre planen på nytt fra nettstedet.', 'Planfila manglar versjonsnummer. Lagre planen på nytt frå nettstaden.');
    }
    if (typeof version !== 'number') {
      const shown = typeof version === 'string' ? `«${version.slice(0, 20)}»` : 'ikke et tall';
      const shownNn = typeof version === 'string' ? `«${version.slice(0, 20)}»` : 'ikkje eit tal';
      return fail(`Versjonsnummeret i planfilen er ${typeof version === 'string' ? `tekst (${shown})` : shown}, men skal være et tall, for eksempel 1. Rett det i filen, eller lagre planen på nytt fra nettstedet.`, `Versjonsnummeret i planfila er ${typeof version === 'string' ? `tekst (${shownNn})` : shownNn}, men skal vere eit tal, til dømes 1. Rett det i fila, eller lagre planen på nytt frå nettstaden.`);
    }
    if (!Number.isInteger(version) || version < 1) {
      return fail(`Planfilen har versjonsnummer ${version}, som ikke finnes: versjonene begynner på 1. Rett det i filen, eller lagre planen på nytt fra nettstedet.`, `Planfila har versjonsnummer ${version}, som ikkje finst: versjonane byrjar på 1. Rett det i fila, eller lagre planen på nytt frå nettstaden.`);
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
    const duplicates = duplicateIds(parsed.data);
    if (duplicates.length) return { ok: false, errors: duplicates.slice(0, 20) };
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

/** What the lists of a plan hold, for messages about them (paths without indices). */
const LIST_NAMES: Record<string, Text> = {
  municipalities: { nb: 'kommuner', nn: 'kommunar' },
  focusAreas: { nb: 'innsatsområder', nn: 'innsatsområde' },
  'focusAreas.goals': { nb: 'mål', nn: 'mål' },
  measures: { nb: 'tiltak', nn: 'tiltak' },
  'measures.milestones': { nb: 'milepæler', nn: 'milepælar' },
  'period.rollovers': { nb: 'rulleringer', nn: 'rulleringar' },
};

/**
 * Ids must be unique in each kind of list (every goal among all goals, every measure among the measures):
 * references such as a measure's goal would otherwise be ambiguous. One message per duplicated id, by position.
 */
export function duplicateIds(plan: unknown): Text[] {
  const seen = new Map<string, Map<string, number>>();
  const counts = new Map<string, number>();
  const found: Text[] = [];
  // Breadth first, in order, so that positions count as a reader of the plan would.
  const queue: [unknown, string][] = [[plan, '']];
  for (let next = 0; next < queue.length; next++) {
    const [value, path] = queue[next];
    if (Array.isArray(value)) {
      for (const item of value) {
        if (isRecord(item) && typeof item.id === 'string') {
          const n = (counts.get(path) ?? 0) + 1;
          counts.set(path, n);
          const ids = seen.get(path) ?? new Map<string, number>();
          seen.set(path, ids);
          const first = ids.get(item.id);
          if (first !== undefined) {
            const what = LIST_NAMES[path] ?? { nb: 'elementer', nn: 'element' };
            found.push({
              nb: `To ${what.nb} i planfilen har samme id (nr. ${first} og nr. ${n}). Hver id skal bare brukes én gang: rett filen, eller lagre planen på nytt fra nettstedet.`,
              nn: `To ${what.nn} i planfila har same id (nr. ${first} og nr. ${n}). Kvar id skal berre brukast éin gong: rett fila, eller lagre planen på nytt frå nettstaden.`,
            });
          } else ids.set(item.id, n);
        }
        queue.push([item, path]);
      }
    } else if (isRecord(value)) {
      for (const [key, child] of Object.entries(value)) queue.push([child, path ? `${path}.${key}` : key]);
    }
  }
  return found;
}
