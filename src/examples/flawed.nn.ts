/**
 * Example «med-feil» in nynorsk: FLAWED_PLAN (flawed.ts) with every free text in
 * nynorsk and malform 'nn'. The flaws are the same and of the same kind: two measures
 * are «løpande» with neither deadline nor milestone, «Alle einingar» and «Kommunen» are
 * responsible (both in VAGUE_OWNERS), most measures have no indicator, no administrative
 * owner, and so on (see flawed.ts). The checker finds exactly the same rules
 * (tests/unit/examples-nn.test.ts).
 */
import { planSchema, type Plan } from '../plan/schema';
import { FLAWED_PLAN } from './flawed';
import { focusAreasNn, measuresNn, sourcesNn } from './nn-text';

export const FLAWED_PLAN_NN: Plan = planSchema.parse({
  ...FLAWED_PLAN,
  title: 'Handlingsplan mot vald i nære relasjonar for Bakkeby kommune 2019–2022',
  malform: 'nn',
  process: {
    mandate: 'Rådmannen sette ned ei arbeidsgruppe hausten 2018 for å lage den første handlingsplanen mot vald i nære relasjonar i kommunen.',
    participants: 'Helsestasjonen, barnevernstenesta, skulane og barnehagane. Arbeidsgruppa blei oppløyst då planen blei vedteken.',
  },
  knowledgeBase: {
    situation:
      'Vald i nære relasjonar er eit folkehelseproblem, og born som opplever vald, kan få varige skadar. Kommunen har helsestasjon, barnevernsteneste, skular og barnehagar som arbeider med born og familiar, og samarbeider med eit interkommunalt krisesenter.',
    sources: sourcesNn(FLAWED_PLAN.knowledgeBase.sources, {
      d1: 'Folkehelseoversikt for Bakkeby kommune',
      d2: 'Ungdata for Bakkeby kommune',
    }),
  },
  focusAreas: focusAreasNn(FLAWED_PLAN.focusAreas, {
    i1: { title: 'Førebygging blant born og unge', goals: { g1: 'Born og unge i Bakkeby skal vekse opp utan vald' } },
    i2: { title: 'Samarbeid og kompetanse', goals: { g2: 'Betre samarbeid og meir kunnskap om vald i tenestene' } },
  }),
  measures: measuresNn(FLAWED_PLAN.measures, {
    t1: { description: 'Alle tilsette skal ha kompetanse om vald i nære relasjonar (løpande)', unit: 'Alle einingar' },
    t2: {
      description: 'Foreldrerettleiing i grupper for foreldre med born i barnehagen',
      unit: 'Helsestasjonen',
      role: 'helsesjukepleiar',
      indicator: 'Talet på foreldregrupper per år',
    },
    t3: { description: 'Tema om vald og overgrep på foreldremøta i barnehagane', unit: 'Barnehagane', role: 'styrar' },
    t4: { description: 'Tverrfagleg samarbeid i saker om vald (løpande)', unit: 'Kommunen' },
    t5: {
      description: 'Handlingsrettleiar for tilsette i skular og barnehagar ved mistanke om vald mot born',
      unit: 'Oppvekstkontoret',
      role: 'kommunalsjef for oppvekst',
      indicator: 'Rettleiaren er gjennomgått i alle skular og barnehagar',
    },
    t6: { description: 'Undervisning om kropp, grenser og vald i barneskulen', unit: 'Skulane', role: 'rektor' },
    t7: { description: 'Informasjon om vald i nære relasjonar og om hjelpetilbodet på nettsida til kommunen', unit: 'Alle einingar' },
  }),
});
