/**
 * The example plans' ids, titles and descriptions, on their own: the plan builder's draft
 * list shows them on first load, while the plans themselves (./index.ts) load only when one
 * is opened.
 */
import type { Text } from '../plan/rules/types';

/** The address parameter that opens an example: ?eksempel=<id>. */
export const EXAMPLE_PARAM = 'eksempel';

export type ExampleId = 'god' | 'med-feil' | 'interkommunal';

export interface ExampleInfo {
  /** Used in addresses: ?eksempel=<id>. */
  id: ExampleId;
  title: Text;
  description: Text;
}

export const EXAMPLE_LIST: readonly ExampleInfo[] = [
  {
    id: 'god',
    title: { nb: 'God plan for Fjordvik kommune', nn: 'God plan for Fjordvik kommune' },
    description: {
      nb: 'En fullstendig plan for 2026–2029 for den tenkte Fjordvik kommune. Den teller i KOSTRA for rapporteringsårene 2026 til 2029 og følger alle anbefalingene. Bruk den som mønster.',
      nn: 'Ein fullstendig plan for 2026–2029 for den tenkte Fjordvik kommune. Han tel i KOSTRA for rapporteringsåra 2026 til 2029 og følgjer alle tilrådingane. Bruk han som mønster.',
    },
  },
  {
    id: 'med-feil',
    title: { nb: 'Plan med typiske feil for Bakkeby kommune', nn: 'Plan med typiske feil for Bakkeby kommune' },
    description: {
      nb: 'En plan for 2019–2022 for den tenkte Bakkeby kommune, med svakheter som går igjen i mange planer. Brukes i øvelsen «Finn feilene».',
      nn: 'Ein plan for 2019–2022 for den tenkte Bakkeby kommune, med veikskapar som går igjen i mange planar. Blir brukt i øvinga «Finn feila».',
    },
  },
  {
    id: 'interkommunal',
    title: { nb: 'Interkommunal plan for Dalregionen', nn: 'Interkommunal plan for Dalregionen' },
    description: {
      nb: 'En felles plan for 2025–2028 for fire tenkte kommuner i Dalregionen. Bruk den til å se hva som skal til for at en interkommunal plan teller i KOSTRA for hver av kommunene.',
      nn: 'Ein felles plan for 2025–2028 for fire tenkte kommunar i Dalregionen. Bruk han til å sjå kva som skal til for at ein interkommunal plan tel i KOSTRA for kvar av kommunane.',
    },
  },
];

export const exampleInfo = (id: ExampleId): ExampleInfo => EXAMPLE_LIST.find((e) => e.id === id)!;
