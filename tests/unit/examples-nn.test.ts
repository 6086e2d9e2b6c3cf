/**
 * Every example plan exists in bokmål and in nynorsk: the nynorsk plans (src/examples/*.nn.ts)
 * are the bokmål plans in another language, and the intermunicipal plan, written in nynorsk,
 * has a bokmål version (intermunicipal.nb.ts). Each pair has the same ids, dates, numbers,
 * enum values and structure, so the checker finds exactly the same; only the free text
 * differs, and it is bokmål in the one and nynorsk in the other.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLES_CHECKED_FOR } from '../../src/examples';
import { GOOD_PLAN } from '../../src/examples/good';
import { GOOD_PLAN_NN } from '../../src/examples/good.nn';
import { FLAWED_PLAN } from '../../src/examples/flawed';
import { FLAWED_PLAN_NN } from '../../src/examples/flawed.nn';
import { INTERMUNICIPAL_PLAN } from '../../src/examples/intermunicipal';
import { INTERMUNICIPAL_PLAN_NB } from '../../src/examples/intermunicipal.nb';
import { INTERMUNICIPAL_PLAN_NN } from '../../src/examples/intermunicipal.nn';
import { FJORDVIK_SHORT } from '../../src/examples/fjordvik';
import { FJORDVIK_SHORT_NN } from '../../src/examples/fjordvik.nn';
import { measuresNn, textsIn } from '../../src/examples/nn-text';
import { checkPlan, type CheckResult } from '../../src/plan/check';
import { planSchema, type Plan } from '../../src/plan/schema';
import { openPlanFile, serializePlan } from '../../src/plan/file';
import { NYNORSK_GIVEAWAYS } from '../fixtures/nynorsk';

/** The fields that hold free text, which is what the language changes. Everything else must be identical. */
const TEXT_FIELDS = new Set([
  'title', 'mandate', 'participants', 'consultation', 'owner', 'other', 'situation', 'name', 'description',
  'text', 'unit', 'role', 'partners', 'indicator', 'members', 'comment',
]);

/** The plan with every free text replaced by a marker: what must be the same in both languages. */
function skeleton(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => skeleton(v));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'malform' ? '<målform>' : skeleton(v, k)]));
  }
  return typeof value === 'string' && TEXT_FIELDS.has(key) ? '<tekst>' : value;
}

/** Every free text in the plan, with where it is. */
function texts(value: unknown, path = '', key = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k, k));
  return typeof value === 'string' && TEXT_FIELDS.has(key) ? [[path, value]] : [];
}

/** Bokmål giveaways, and the words the terms list rules out (content/nynorsk-termar.md). Whole words only; «ø», «æ», «å» are letters. */
const NOT_NYNORSK = /(?<![\p{L}\p{N}])(ikke|hva|hvem|hvor|hvordan|mye|noen|vold\w*|tjeneste\w*|ansatte|leder|enhet\w*|skole\w*|barn|barna|bolig|tilbud|vert|vart|høring|anbefal\w*|veileder\w*|forebygg\w*)(?![\p{L}\p{N}])/iu;

const failedRuleIds = (plan: Plan) => {
  const result = checkPlan(plan, EXAMPLES_CHECKED_FOR);
  expect(result.ok).toBe(true);
  return (result as CheckResult).results.filter((r) => !r.met).map((r) => r.rule.id).sort();
};
const goalCount = (plan: Plan) => plan.focusAreas.reduce((n, area) => n + area.goals.length, 0);

const PAIRS: { name: string; nb: Plan; nn: Plan }[] = [
  { name: 'god (Fjordvik)', nb: GOOD_PLAN, nn: GOOD_PLAN_NN },
  { name: 'med feil (Bakkeby)', nb: FLAWED_PLAN, nn: FLAWED_PLAN_NN },
  { name: 'interkommunal (Dalregionen)', nb: INTERMUNICIPAL_PLAN_NB, nn: INTERMUNICIPAL_PLAN_NN },
  { name: 'kort døme på planfilsida (Fjordvik)', nb: FJORDVIK_SHORT, nn: FJORDVIK_SHORT_NN },
];

describe('nynorsk example plans', () => {
  for (const { name, nb, nn } of PAIRS) {
    describe(name, () => {
      it('is a valid plan in nynorsk that survives the plan file', () => {
        expect(planSchema.safeParse(nn).success).toBe(true);
        expect(nn.malform).toBe('nn');
        const opened = openPlanFile(serializePlan(nn));
        expect(opened.ok && opened.plan).toEqual(nn);
      });

      it('fails exactly the same rules as the bokmål plan', () => {
        expect(failedRuleIds(nn)).toEqual(failedRuleIds(nb));
      });

      it('counts (or not) in KOSTRA for the same municipalities', () => {
        const verdicts = (plan: Plan) => (checkPlan(plan, EXAMPLES_CHECKED_FOR) as CheckResult).municipalities.map((m) => [m.id, m.counts, m.failedKrav]);
        expect(verdicts(nn)).toEqual(verdicts(nb));
      });

      it('has the same number of focus areas, goals and measures', () => {
        expect(nn.focusAreas.length).toBe(nb.focusAreas.length);
        expect(goalCount(nn)).toBe(goalCount(nb));
        expect(nn.measures.length).toBe(nb.measures.length);
      });

      it('differs from the bokmål plan in the free text only: same ids, dates, numbers, enums and municipalities', () => {
        expect(skeleton(nn)).toEqual(skeleton(nb));
        expect(nn.municipalities).toEqual(nb.municipalities);
      });

      it('writes every free text in nynorsk', () => {
        const offenders = texts(nn)
          .filter(([path]) => !path.startsWith('municipalities'))
          .filter(([, text]) => NOT_NYNORSK.test(text))
          .map(([path, text]) => `${path}: ${text}`);
        expect(offenders).toEqual([]);
      });

      it('is a valid plan in bokmål that writes every free text in bokmål', () => {
        expect(planSchema.safeParse(nb).success).toBe(true);
        expect(nb.malform).toBe('nb');
        const offenders = texts(nb)
          .filter(([path]) => !path.startsWith('municipalities'))
          .filter(([, text]) => NYNORSK_GIVEAWAYS.test(text))
          .map(([path, text]) => `${path}: ${text}`);
        expect(offenders).toEqual([]);
      });
    });
  }

  it('the bokmål plans are bokmål; the intermunicipal plan is written in nynorsk and has a bokmål version', () => {
    expect([GOOD_PLAN, FLAWED_PLAN, FJORDVIK_SHORT, INTERMUNICIPAL_PLAN_NB].map((p) => p.malform)).toEqual(['nb', 'nb', 'nb', 'nb']);
    expect(INTERMUNICIPAL_PLAN.malform).toBe('nn');
    expect(skeleton(INTERMUNICIPAL_PLAN_NB)).toEqual(skeleton(INTERMUNICIPAL_PLAN));
    expect(INTERMUNICIPAL_PLAN_NB.id).toBe(INTERMUNICIPAL_PLAN.id);
  });

  it('the nynorsk giveaway check catches nynorsk and leaves bokmål alone', () => {
    for (const bad of ['Tilsette veit kva dei skal gjere', 'Planen gjeld ikkje', 'Kurs frå RVTS', 'berre born og unge', 'eit tilbod', 'korleis']) {
      expect(NYNORSK_GIVEAWAYS.test(bad), bad).toBe(true);
    }
    for (const good of ['Ansatte vet hva de skal gjøre', 'Planen gjelder ikke', 'Kurs fra RVTS', 'bare barn og unge', 'et tilbud', 'hvordan', 'deilig', 'Kvarteret']) {
      expect(NYNORSK_GIVEAWAYS.test(good), good).toBe(false);
    }
  });

  it('the flawed plan keeps its vague owners in nynorsk', () => {
    const owners = FLAWED_PLAN_NN.measures.map((m) => m.responsible.unit);
    expect(owners.filter((u) => u === 'Alle einingar')).toHaveLength(2);
    expect(owners.filter((u) => u === 'Kommunen')).toHaveLength(1);
    expect(FLAWED_PLAN_NN.measures.filter((m) => m.description.endsWith('(løpande)'))).toHaveLength(2);
  });

  it('the translation helper refuses a missing text and a text bokmål does not have', () => {
    const [first] = FLAWED_PLAN.measures; // t1: a unit, no role, partners or indicator
    expect(() => measuresNn([first], {})).toThrow(/t1/);
    expect(() => measuresNn([first], { t1: { description: 'Tiltak', unit: 'Eining', role: 'leiar' } })).toThrow(/rolle/);
    expect(() => measuresNn([first], { t1: { description: 'Tiltak' } })).toThrow(/eining/);
    expect(measuresNn([first], { t1: { description: 'Tiltak', unit: 'Eining' } })[0]).toEqual({ ...first, description: 'Tiltak', responsible: { unit: 'Eining' } });
  });

  it('the same helper translates into bokmål, with the same refusals', () => {
    const intoBokmal = textsIn('nb');
    const [first] = INTERMUNICIPAL_PLAN.measures; // t1: unit, role, partners, indicator and one milestone
    expect(() => intoBokmal.measures([first], {})).toThrow(/bokmål.*t1/);
    expect(() => intoBokmal.measures([first], { t1: { description: 'Tiltak', unit: 'Enhet', role: 'leder', partners: 'RVTS', indicator: 'Andel' } })).toThrow(/t1-m1/);
    const [translated] = intoBokmal.measures([first], {
      t1: { description: 'Tiltak', unit: 'Enhet', role: 'leder', partners: 'RVTS', indicator: 'Andel', milestones: { 't1-m1': 'Kurs holdt' } },
    });
    expect(translated).toEqual({
      ...first,
      description: 'Tiltak',
      responsible: { unit: 'Enhet', role: 'leder' },
      partners: 'RVTS',
      indicator: 'Andel',
      milestones: [{ ...first.milestones[0], text: 'Kurs holdt' }],
    });
  });
});
