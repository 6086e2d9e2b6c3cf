/**
 * The task list's statuses that need neither zod nor the rules: Ikke startet / Påbegynt / Ferdig
 * from what the user has filled in and finished (src/wizard/status.ts adds «Må rettes» and
 * «Ferdig» for a section complete without «Lagre og fortsett»). The overview shows these at
 * its first paint and the full statuses once ./status.ts has loaded, just after (issue 15). Pure.
 */
import { emptyPlan } from '../plan/new-plan';
import { normalize } from './normalize';
import { SECTIONS, type SectionId } from './sections';

export type TaskStatus = 'notStarted' | 'started' | 'done' | 'fix';

const EMPTY = normalize(emptyPlan() as unknown as Record<string, unknown>);

function valueAt(obj: unknown, path: string[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), obj);
}

/** Has the user filled in anything this section owns? (`plan` normalised) */
export function touched(id: SectionId, plan: Record<string, unknown>): boolean {
  const section = SECTIONS.find((s) => s.id === id)!;
  return section.owns.some((pattern) => {
    const top = pattern.split('.')[0];
    if (pattern.includes('*')) {
      const list = plan[top];
      const rest = pattern.split('.').slice(2);
      return Array.isArray(list) && list.some((item) => valueAt(item, rest) !== undefined && JSON.stringify(valueAt(item, rest)) !== '{"status":"ikke-startet"}');
    }
    const path = pattern.split('.');
    return JSON.stringify(valueAt(plan, path)) !== JSON.stringify(valueAt(EMPTY, path));
  });
}

/** Ferdig (finished with «Lagre og fortsett»), Påbegynt or Ikke startet, before the plan is checked. */
export function startedStatuses(rawPlan: Record<string, unknown>, done: string[]): Record<SectionId, TaskStatus> {
  const plan = normalize(rawPlan);
  const out = {} as Record<SectionId, TaskStatus>;
  for (const { id } of SECTIONS) out[id] = done.includes(id) ? 'done' : touched(id, plan) ? 'started' : 'notStarted';
  return out;
}
