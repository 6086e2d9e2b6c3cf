/**
 * The example plans, declared once: the workshop page (/kurs/), the checker
 * (/sjekk/?eksempel=id), the plan builder (/lag-plan/?eksempel=id) and the tests all
 * read this list. `expected` says exactly which rules each example is built to fail,
 * for the reporting year and date in EXAMPLES_CHECKED_FOR; the tests assert it.
 */
import type { Plan } from '../plan/schema';
import { exampleInfo, type ExampleInfo } from './list';
import { GOOD_PLAN } from './good';
import { GOOD_PLAN_NN } from './good.nn';
import { FLAWED_PLAN } from './flawed';
import { FLAWED_PLAN_NN } from './flawed.nn';
import { INTERMUNICIPAL_PLAN_NB } from './intermunicipal.nb';
import { INTERMUNICIPAL_PLAN_NN } from './intermunicipal.nn';

export type { ExampleId } from './list';

export interface Example extends ExampleInfo {
  /** The same plan in bokmål and in nynorsk (målform and every text); a page opens the one in its own language. */
  plans: { nb: Plan; nn: Plan };
  expected: {
    /** Whether the plan counts in KOSTRA for every municipality. */
    counts: boolean;
    /** Ids of the krav the plan fails. */
    failedKrav: string[];
    /** Ids of the recommendations left open. */
    openRecommendations: string[];
  };
}

/** The situation `expected` describes: KOSTRA reporting year 2026, checked on 21 November 2026. */
export const EXAMPLES_CHECKED_FOR = { reportingYear: 2026, today: '2026-11-21' } as const;

export const EXAMPLES: readonly Example[] = [
  {
    ...exampleInfo('god'),
    plans: { nb: GOOD_PLAN, nn: GOOD_PLAN_NN },
    expected: { counts: true, failedKrav: [], openRecommendations: [] },
  },
  {
    ...exampleInfo('med-feil'),
    plans: { nb: FLAWED_PLAN, nn: FLAWED_PLAN_NN },
    expected: {
      counts: false,
      failedKrav: ['measure-progress', 'current-period'],
      openRecommendations: [
        'concrete-responsibility',
        'measure-indicator',
        'annual-council-reporting',
        'final-evaluation-before-end',
        'mid-term-evaluation',
        'resource-group',
        'primary-target-groups',
        'age-groups-covered',
        'honour-related-violence',
        'current-knowledge-base',
      ],
    },
  },
  {
    ...exampleInfo('interkommunal'),
    plans: { nb: INTERMUNICIPAL_PLAN_NB, nn: INTERMUNICIPAL_PLAN_NN },
    expected: { counts: false, failedKrav: ['political-adoption'], openRecommendations: ['intermunicipal-local-adoption'] },
  },
];

export function exampleById(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
