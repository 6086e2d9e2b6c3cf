/** What the revision carries into the new period (issue 16), nynorsk. */
import type { revisionCarryNb } from './revision-carry.nb';

export const revisionCarryNn: Record<keyof typeof revisionCarryNb, string> = {
  'revision.placement.help': 'Svarer de «Nei», blir plasseringa ikkje ført vidare: den nye planen må velje plassering på nytt.',
  'revision.placement.riktig': 'Ja',
  'revision.placement.feil': 'Nei',
  'revision.placement.why': 'Kvifor, og kva bør endrast?',
  'revision.origin.endre': 'Evalueringa av den førre planen sa at dette tiltaket skal endrast.',
  'revision.origin.behold': 'Tiltaket er halde på frå den førre planen.',
  'revision.origin.result.gjennomfort': 'Det blei gjennomført.',
  'revision.origin.result.delvis': 'Det blei delvis gjennomført.',
  'revision.origin.result.ikke-gjennomfort': 'Det blei ikkje gjennomført.',
  'revision.origin.comment': 'Kommentar frå evalueringa: «{comment}»',
  'revision.origin.dismiss': 'Lukk merknaden om {name}',
  'revision.placementCleared': 'Evalueringa sa at plasseringa i plansystemet ikkje var rett, så ho er ikkje ført vidare. Vel plassering under «Forankring».',
};
