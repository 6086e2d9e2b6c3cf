/**
 * Status of each wizard section for the task list: Ikke startet / Påbegynt / Ferdig / Må rettes. Pure.
 * «Ferdig» is a section the user finished with «Lagre og fortsett», or one that is filled in with nothing left to do.
 * The krav are judged on the plan as the council will adopt it (src/plan/outlook.ts): what only the
 * council can do, and a period that starts next year, are never «Må rettes».
 */
import { planSchema } from '../plan/schema';
import { planIssues } from '../plan/issues';
import { computeOutlook } from '../plan/outlook';
import { normalize } from './normalize';
import { formProblems } from './form-checks';
import { SECTIONS, sectionOf, type SectionId } from './sections';
import { touched, type TaskStatus } from './status-start';

export type { TaskStatus } from './status-start';

export function sectionStatuses(rawPlan: Record<string, unknown>, done: string[], today: string, reportingYear?: number): Record<SectionId, TaskStatus> {
  const plan = normalize(rawPlan);
  const parsed = planSchema.safeParse(plan);
  // Fields in a wrong format need fixing wherever they are; an unmet krav needs fixing
  // in a section the user has called finished (in a started one it is simply not done yet).
  const formatErrors = new Set<SectionId>(parsed.success ? [] : planIssues(parsed.error, plan).map((i) => sectionOf(i.path)));
  const findings = parsed.success ? computeOutlook(parsed.data, { today, reportingYear }).result.findings : [];
  const unmetKrav = new Set<SectionId>(findings.filter((f) => f.kind === 'krav').map((f) => sectionOf(f.path)));
  // A section is also «Ferdig» without «Lagre og fortsett» when it is filled in and nothing is left in it:
  // no krav or recommendation unmet, no field the form would flag (a plan opened from a file or an example).
  const open = new Set<SectionId>([...findings.map((f) => sectionOf(f.path)), ...formProblems(plan).map((p) => sectionOf(p.path))]);
  const out = {} as Record<SectionId, TaskStatus>;
  for (const { id } of SECTIONS) {
    const isDone = done.includes(id);
    const started = isDone || touched(id, plan);
    const fix = (started && formatErrors.has(id)) || (isDone && unmetKrav.has(id));
    const complete = started && parsed.success && !open.has(id);
    out[id] = fix ? 'fix' : isDone || complete ? 'done' : started ? 'started' : 'notStarted';
  }
  return out;
}
