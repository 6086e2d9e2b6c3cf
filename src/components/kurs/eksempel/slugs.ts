/**
 * The participant versions of the example plans (/kurs/eksempel/<slug>/): the address part of each example.
 * Named for the fictional municipality, not for what is wrong with the plan, so the address gives nothing away.
 */
import { EXAMPLES, type Example, type ExampleId } from '../../../examples';

export const PARTICIPANT_SLUGS: Record<ExampleId, string> = {
  god: 'fjordvik',
  'med-feil': 'bakkeby',
  interkommunal: 'dalregionen',
};

/** The address of an example's participant version, in bokmål form (use localePath for nynorsk). */
export function participantPath(example: Example): string {
  return `/kurs/eksempel/${PARTICIPANT_SLUGS[example.id]}/`;
}

export function exampleBySlug(slug: string): Example | undefined {
  return EXAMPLES.find((e) => PARTICIPANT_SLUGS[e.id] === slug);
}
