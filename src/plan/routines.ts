/**
 * The routines annex (vedlegg) of the plan: what staff do when they suspect violence. The steps follow the
 * template in the guidance chapter «Rutiner når noen er utsatt for vold» (content/veileder/nb/rutiner.mdx).
 * The schema field `routines`, the wizard's fields and the Word appendix all take their steps from here;
 * the texts are in src/i18n/routines.nb.ts and routines.nn.ts.
 */
export const ROUTINE_KEYS = [
  'contacts', 'documenting', 'risk', 'avert', 'childWelfare', 'police', 'followUp', 'adultsAtRisk', 'maintenance',
] as const;
export type RoutineKey = (typeof ROUTINE_KEYS)[number];

/** The steps the plan has filled in, in template order, with their text; empty when the plan has no routines. */
export function filledRoutines(routines: Partial<Record<RoutineKey, string>> | undefined): [RoutineKey, string][] {
  return ROUTINE_KEYS.flatMap((k): [RoutineKey, string][] => {
    const text = routines?.[k]?.trim();
    return text ? [[k, text]] : [];
  });
}
