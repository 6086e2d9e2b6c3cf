/**
 * The example plans, declared once: the workshop page (/kurs/), the checker
 * (/sjekk/?eksempel=id), the plan builder (/lag-plan/?eksempel=id) and the tests all
 * read this list. `expected` says exactly which rules each example is built to fail,
 * for the reporting year and date in EXAMPLES_CHECKED_FOR; the tests assert it.
 */
import type { Plan } from '../plan/schema';
import type { Text } from '../plan/rules/types';
import { GOOD_PLAN } from './good';
import { GOOD_PLAN_NN } from './good.nn';
import { FLAWED_PLAN } from './flawed';
import { FLAWED_PLAN_NN } from './flawed.nn';
import { INTERMUNICIPAL_PLAN_NB } from './intermunicipal.nb';
import { INTERMUNICIPAL_PLAN_NN } from './intermunicipal.nn';

export type ExampleId = 'god' | 'med-feil' | 'interkommunal';

export interface Example {
  /** Used in addresses: ?eksempel=<id>. */
  id: ExampleId;
  title: Text;
  description: Text;
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
    id: 'god',
    title: { nb: 'God plan for Fjordvik kommune', nn: 'God plan for Fjordvik kommune' },
    description: {
      nb: 'En fullstendig plan for 2026–2029 for den tenkte Fjordvik kommune. Den teller i KOSTRA for rapporteringsårene 2026 til 2029 og følger alle anbefalingene. Bruk den som mønster.',
      nn: 'Ein fullstendig plan for 2026–2029 for den tenkte Fjordvik kommune. Han tel i KOSTRA for rapporteringsåra 2026 til 2029 og følgjer alle tilrådingane. Bruk han som mønster.',
    },
    plans: { nb: GOOD_PLAN, nn: GOOD_PLAN_NN },
    expected: { counts: true, failedKrav: [], openRecommendations: [] },
  },
  {
    id: 'med-feil',
    title: { nb: 'Plan med typiske feil for Bakkeby kommune', nn: 'Plan med typiske feil for Bakkeby kommune' },
    description: {
      nb: 'En plan for 2019–2022 for den tenkte Bakkeby kommune, med svakheter som går igjen i mange planer. Brukes i øvelsen «Finn feilene».',
      nn: 'Ein plan for 2019–2022 for den tenkte Bakkeby kommune, med veikskapar som går igjen i mange planar. Blir brukt i øvinga «Finn feila».',
    },
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
    id: 'interkommunal',
    title: { nb: 'Interkommunal plan for Dalregionen', nn: 'Interkommunal plan for Dalregionen' },
    description: {
      nb: 'En felles plan for 2025–2028 for fire tenkte kommuner i Dalregionen. Bruk den til å se hva som skal til for at en interkommunal plan teller i KOSTRA for hver av kommunene.',
      nn: 'Ein felles plan for 2025–2028 for fire tenkte kommunar i Dalregionen. Bruk han til å sjå kva som skal til for at ein interkommunal plan tel i KOSTRA for kvar av kommunane.',
    },
    plans: { nb: INTERMUNICIPAL_PLAN_NB, nn: INTERMUNICIPAL_PLAN_NN },
    expected: { counts: false, failedKrav: ['political-adoption'], openRecommendations: ['intermunicipal-local-adoption'] },
  },
];

export function exampleById(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
