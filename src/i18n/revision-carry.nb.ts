/** What the revision carries into the new period (issue 16), bokmål. */
export const revisionCarryNb = {
  'revision.placement.help': 'Svarer dere «Nei», blir plasseringen ikke ført videre: den nye planen må velge plassering på nytt.',
  'revision.placement.riktig': 'Ja',
  'revision.placement.feil': 'Nei',
  'revision.placement.why': 'Hvorfor, og hva bør endres?',
  'revision.origin.endre': 'Evalueringen av den forrige planen sa at dette tiltaket skal endres.',
  'revision.origin.behold': 'Tiltaket er beholdt fra den forrige planen.',
  'revision.origin.result.gjennomfort': 'Det ble gjennomført.',
  'revision.origin.result.delvis': 'Det ble delvis gjennomført.',
  'revision.origin.result.ikke-gjennomfort': 'Det ble ikke gjennomført.',
  'revision.origin.comment': 'Kommentar fra evalueringen: «{comment}»',
  'revision.origin.dismiss': 'Lukk merknaden om {name}',
  'revision.placementCleared': 'Evalueringen sa at plasseringen i plansystemet ikke var riktig, så den er ikke ført videre. Velg plassering under «Forankring».',
} as const;
