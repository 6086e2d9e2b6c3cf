/**
 * Turns zod's issues into Norwegian sentences that name the place in the plan:
 * «Tiltak 3: beskrivelse mangler», not zod's English.
 */
import type { $ZodError, $ZodIssue } from 'zod/v4/core';
import type { Lang, Text } from './rules/types';

export interface PlanIssue {
  path: (string | number)[];
  place: Text;
  message: Text;
  /** zod's issue code, or the message id of a custom check («ugyldig-periodedato»). */
  code?: string;
}

/** Lists whose items are named «<label> <n>». */
const ITEMS: Record<string, Text> = {
  municipalities: { nb: 'Kommune', nn: 'Kommune' },
  measures: { nb: 'Tiltak', nn: 'Tiltak' },
  focusAreas: { nb: 'Innsatsområde', nn: 'Innsatsområde' },
  goals: { nb: 'Mål', nn: 'Mål' },
  milestones: { nb: 'Milepæl', nn: 'Milepæl' },
  rollovers: { nb: 'Rullering', nn: 'Rullering' },
  sources: { nb: 'Datakilde', nn: 'Datakjelde' },
  primaryTargetGroups: { nb: 'Primærmålgruppe', nn: 'Primærmålgruppe' },
  targetGroups: { nb: 'Målgruppe', nn: 'Målgruppe' },
  violenceForms: { nb: 'Voldsform', nn: 'Valdsform' },
  municipalityIds: { nb: 'Kommune', nn: 'Kommune' },
  meetings: { nb: 'Møte', nn: 'Møte' },
};

const FIELDS: Record<string, Text> = {
  id: { nb: 'id', nn: 'id' },
  title: { nb: 'tittel', nn: 'tittel' },
  malform: { nb: 'målform', nn: 'målform' },
  planType: { nb: 'plantype', nn: 'plantype' },
  name: { nb: 'navn', nn: 'namn' },
  number: { nb: 'kommunenummer', nn: 'kommunenummer' },
  adoption: { nb: 'vedtak', nn: 'vedtak' },
  status: { nb: 'status', nn: 'status' },
  body: { nb: 'vedtaksorgan', nn: 'vedtaksorgan' },
  date: { nb: 'dato', nn: 'dato' },
  caseNumber: { nb: 'saksnummer', nn: 'saksnummer' },
  cooperation: { nb: 'samarbeidsform', nn: 'samarbeidsform' },
  form: { nb: 'samarbeidsform', nn: 'samarbeidsform' },
  hostId: { nb: 'vertskommune', nn: 'vertskommune' },
  placement: { nb: 'plassering', nn: 'plassering' },
  process: { nb: 'prosess', nn: 'prosess' },
  evaluation: { nb: 'evaluering', nn: 'evaluering' },
  result: { nb: 'resultat', nn: 'resultat' },
  decision: { nb: 'beslutning', nn: 'avgjerd' },
  comment: { nb: 'kommentar', nn: 'kommentar' },
  history: { nb: 'historikk', nn: 'historikk' },
  origin: { nb: 'opphav', nn: 'opphav' },
  source: { nb: 'importert fil', nn: 'importert fil' },
  placementCleared: { nb: 'plassering ikke ført videre', nn: 'plassering ikkje ført vidare' },
  placementVerdict: { nb: 'plassering riktig', nn: 'plassering rett' },
  fileName: { nb: 'filnavn', nn: 'filnamn' },
  importedOn: { nb: 'importdato', nn: 'importdato' },
  noticeDismissed: { nb: 'merknad lukket', nn: 'merknad lukka' },
  mandate: { nb: 'mandat', nn: 'mandat' },
  participants: { nb: 'deltakere', nn: 'deltakarar' },
  consultation: { nb: 'høring og medvirkning', nn: 'høyring og medverknad' },
  kind: { nb: 'type', nn: 'type' },
  other: { nb: 'beskrivelse', nn: 'skildring' },
  owner: { nb: 'administrativ eier', nn: 'administrativ eigar' },
  period: { nb: 'planperiode', nn: 'planperiode' },
  start: { nb: 'startdato', nn: 'startdato' },
  end: { nb: 'sluttdato', nn: 'sluttdato' },
  decidedOn: { nb: 'vedtaksdato', nn: 'vedtaksdato' },
  newEnd: { nb: 'ny sluttdato', nn: 'ny sluttdato' },
  knowledgeBase: { nb: 'kunnskapsgrunnlag', nn: 'kunnskapsgrunnlag' },
  situation: { nb: 'situasjonsbeskrivelse', nn: 'situasjonsskildring' },
  description: { nb: 'beskrivelse', nn: 'skildring' },
  text: { nb: 'tekst', nn: 'tekst' },
  goalId: { nb: 'mål', nn: 'mål' },
  responsible: { nb: 'ansvarlig', nn: 'ansvarleg' },
  unit: { nb: 'ansvarlig enhet', nn: 'ansvarleg eining' },
  role: { nb: 'ansvarlig rolle', nn: 'ansvarleg rolle' },
  partners: { nb: 'samarbeidspartnere', nn: 'samarbeidspartnarar' },
  deadline: { nb: 'frist', nn: 'frist' },
  when: { nb: 'tidspunkt', nn: 'tidspunkt' },
  resources: { nb: 'ressurser', nn: 'ressursar' },
  amount: { nb: 'beløp', nn: 'beløp' },
  indicator: { nb: 'indikator', nn: 'indikator' },
  preventionLevel: { nb: 'forebyggingsnivå', nn: 'førebyggingsnivå' },
  followUp: { nb: 'oppfølging', nn: 'oppfølging' },
  resourceGroup: { nb: 'ressursgruppe', nn: 'ressursgruppe' },
  established: { nb: 'ressursgruppe', nn: 'ressursgruppe' },
  continuesThroughPeriod: { nb: 'ressursgruppe gjennom perioden', nn: 'ressursgruppe gjennom perioden' },
  members: { nb: 'medlemmer', nn: 'medlemmer' },
  councilReporting: { nb: 'rapportering til kommunestyret', nn: 'rapportering til kommunestyret' },
  midTermEvaluation: { nb: 'midtveisevaluering', nn: 'midtvegsevaluering' },
  finalEvaluation: { nb: 'sluttevaluering', nn: 'sluttevaluering' },
  revisionDate: { nb: 'revisjonsdato', nn: 'revisjonsdato' },
  publication: { nb: 'publisering', nn: 'publisering' },
  onWebsite: { nb: 'publisering på nettsiden', nn: 'publisering på nettsida' },
  url: { nb: 'nettadresse', nn: 'nettadresse' },
  measureId: { nb: 'tiltak', nn: 'tiltak' },
  previousPlanId: { nb: 'forrige plan', nn: 'førre plan' },
  previousTitle: { nb: 'forrige plan', nn: 'førre plan' },
  previousStart: { nb: 'start på forrige planperiode', nn: 'start på førre planperiode' },
  previousEnd: { nb: 'slutt på forrige planperiode', nn: 'slutt på førre planperiode' },
  startedOn: { nb: 'ny periode startet', nn: 'ny periode starta' },
  whatDone: { nb: 'hva vi gjorde', nn: 'kva vi gjorde' },
  learned: { nb: 'hva vi lærte', nn: 'kva vi lærte' },
  worked: { nb: 'hva som virket', nn: 'kva som verka' },
  missingGroups: { nb: 'grupper som manglet', nn: 'grupper som mangla' },
  evaluatedOn: { nb: 'evaluert', nn: 'evaluert' },
  councilCase: { nb: 'politisk behandling', nn: 'politisk handsaming' },
  officer: { nb: 'saksbehandler', nn: 'saksbehandlar' },
  archiveCase: { nb: 'arkivsaksnummer', nn: 'arkivsaksnummer' },
  councilReportMonth: { nb: 'måned for rapporten til kommunestyret', nn: 'månad for rapporten til kommunestyret' },
  routines: { nb: 'rutiner', nn: 'rutinar' },
};

const TYPE_NAMES: Record<string, Text> = {
  string: { nb: 'tekst', nn: 'tekst' },
  number: { nb: 'et tall', nn: 'eit tal' },
  boolean: { nb: 'ja eller nei', nn: 'ja eller nei' },
  array: { nb: 'en liste', nn: 'ei liste' },
  object: { nb: 'en gruppe felt', nn: 'ei gruppe felt' },
};

export function describePlace(path: (string | number)[]): Text {
  const parts: Text[] = [];
  let field: Text | undefined;
  path.forEach((key, i) => {
    if (typeof key === 'number') {
      const item = ITEMS[String(path[i - 1])];
      if (item) parts.push({ nb: `${item.nb} ${key + 1}`, nn: `${item.nn} ${key + 1}` });
      field = undefined;
    } else {
      field = FIELDS[key] ?? { nb: key, nn: key };
    }
  });
  const last = path.at(-1);
  if (typeof last === 'string' && ITEMS[last]) field = { nb: `listen «${ITEMS[last].nb.toLowerCase()}»`, nn: `lista «${ITEMS[last].nn.toLowerCase()}»` };
  const join = (lang: Lang) => {
    const container = parts.map((p) => p[lang]).join(', ');
    const f = field?.[lang];
    if (container && f) return `${container}: ${f}`;
    return container || (f ? f.charAt(0).toUpperCase() + f.slice(1) : lang === 'nb' ? 'Planen' : 'Planen');
  };
  return { nb: join('nb'), nn: join('nn') };
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function problem(issue: $ZodIssue, input: unknown): Text {
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, issue.path) === undefined) return { nb: 'mangler', nn: 'manglar' };
      const t = TYPE_NAMES[issue.expected] ?? { nb: issue.expected, nn: issue.expected };
      return { nb: `har feil type: skal være ${t.nb}`, nn: `har feil type: skal vere ${t.nn}` };
    }
    case 'too_small':
      return issue.origin === 'string' ? { nb: 'må fylles ut', nn: 'må fyllast ut' } : { nb: 'er for lite', nn: 'er for lite' };
    case 'too_big':
      if (issue.origin === 'string') return { nb: `er for lang (høyst ${issue.maximum} tegn)`, nn: `er for lang (høgst ${issue.maximum} teikn)` };
      if (issue.origin === 'array') return { nb: `har for mange elementer (høyst ${issue.maximum})`, nn: `har for mange element (høgst ${issue.maximum})` };
      return { nb: 'er for stort', nn: 'er for stort' };
    case 'invalid_value':
      return { nb: 'har en verdi vi ikke kjenner', nn: 'har ein verdi vi ikkje kjenner' };
    case 'invalid_format':
      return { nb: 'har feil format', nn: 'har feil format' };
    case 'custom':
      if (issue.message === 'ugyldig-dato') return { nb: 'er ikke en gyldig dato (ÅÅÅÅ-MM-DD)', nn: 'er ikkje ein gyldig dato (ÅÅÅÅ-MM-DD)' };
      if (issue.message === 'ugyldig-periodedato') return { nb: 'må være et årstall eller en dato (ÅÅÅÅ eller ÅÅÅÅ-MM-DD)', nn: 'må vere eit årstal eller ein dato (ÅÅÅÅ eller ÅÅÅÅ-MM-DD)' };
      if (issue.message === 'ugyldig-milepael') return { nb: 'må være en dato eller et kvartal (ÅÅÅÅ-MM-DD eller ÅÅÅÅ-Q1)', nn: 'må vere ein dato eller eit kvartal (ÅÅÅÅ-MM-DD eller ÅÅÅÅ-Q1)' };
      return { nb: 'er ikke gyldig', nn: 'er ikkje gyldig' };
    default:
      return { nb: 'er ikke gyldig', nn: 'er ikkje gyldig' };
  }
}

export function planIssues(error: $ZodError, input: unknown): PlanIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    return { path, place: describePlace(path), message: problem(issue, input), code: issue.code === 'custom' ? issue.message : issue.code };
  });
}

/** «Tiltak 3: beskrivelse mangler». */
export function issueText(issue: PlanIssue, lang: Lang = 'nb'): string {
  return `${issue.place[lang]} ${issue.message[lang]}.`;
}
