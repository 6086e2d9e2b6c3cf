/**
 * The laws and conventions a municipal plan rests on, for the background part of the
 * plan document. Only what ../shared/facts.md confirms; every law links to Lovdata.
 */
import type { Text } from './rules/types';

export interface LegalReference {
  name: Text;
  what: Text;
  url?: string;
}

export const LAWS: LegalReference[] = [
  {
    name: { nb: 'Krisesenterlova §§ 1–4', nn: 'Krisesenterlova §§ 1–4' },
    what: { nb: 'Kommunen skal sørge for et krisesentertilbud og samordne oppfølgingen med andre tjenester.', nn: 'Kommunen skal sørgje for eit krisesentertilbod og samordne oppfølginga med andre tenester.' },
    url: 'https://lovdata.no/lov/2009-06-19-44',
  },
  {
    name: { nb: 'Helse- og omsorgstjenesteloven § 3-3 a', nn: 'Helse- og omsorgstenestelova § 3-3 a' },
    what: { nb: 'Kommunen skal ha særlig oppmerksomhet på pasienter og brukere som kan bli utsatt for vold eller seksuelle overgrep.', nn: 'Kommunen skal ha særleg merksemd på pasientar og brukarar som kan bli utsette for vald eller seksuelle overgrep.' },
    url: 'https://lovdata.no/lov/2011-06-24-30/§3-3a',
  },
  {
    name: { nb: 'Straffeloven §§ 282, 283 og 196', nn: 'Straffelova §§ 282, 283 og 196' },
    what: { nb: 'Mishandling i nære relasjoner er straffbart, og avvergeplikten gjelder også for ansatte med taushetsplikt.', nn: 'Mishandling i nære relasjonar er straffbart, og avvergingsplikta gjeld òg for tilsette med teieplikt.' },
    url: 'https://lovdata.no/lov/2005-05-20-28/§282',
  },
  {
    name: { nb: 'Barnevernsloven § 15-1', nn: 'Barnevernslova § 15-1' },
    what: { nb: 'Kommunestyret skal selv vedta en plan for det forebyggende arbeidet for barn og unge.', nn: 'Kommunestyret skal sjølv vedta ein plan for det førebyggjande arbeidet for born og unge.' },
    url: 'https://lovdata.no/lov/2021-06-18-97/§15-1',
  },
  {
    name: { nb: 'Folkehelseloven §§ 5 og 6', nn: 'Folkehelselova §§ 5 og 6' },
    what: { nb: 'Kommunen skal ha oversikt over helsetilstanden og det som påvirker den, og bruke oversikten i planstrategien.', nn: 'Kommunen skal ha oversikt over helsetilstanden og det som påverkar han, og bruke oversikta i planstrategien.' },
    url: 'https://lovdata.no/lov/2011-06-24-29/§5',
  },
  {
    name: { nb: 'Plan- og bygningsloven §§ 10-1 og 11-1', nn: 'Plan- og bygningslova §§ 10-1 og 11-1' },
    what: { nb: 'Planstrategi i hver valgperiode, og kommuneplan med samfunnsdel og handlingsdel.', nn: 'Planstrategi i kvar valperiode, og kommuneplan med samfunnsdel og handlingsdel.' },
    url: 'https://lovdata.no/lov/2008-06-27-71/§10-1',
  },
];

/** Only for intermunicipal plans. */
export const INTERMUNICIPAL_LAW: LegalReference = {
  name: { nb: 'Kommuneloven § 17-1', nn: 'Kommunelova § 17-1' },
  what: { nb: 'Formene for interkommunalt samarbeid. Hver kommune beholder ansvaret sitt og vedtar planen selv.', nn: 'Formene for interkommunalt samarbeid. Kvar kommune held på ansvaret sitt og vedtek planen sjølv.' },
  url: 'https://lovdata.no/lov/2018-06-22-83/§17-1',
};

export const CONVENTIONS: Text[] = [
  { nb: 'Europarådets konvensjon om forebygging og bekjempelse av vold mot kvinner og vold i nære relasjoner (Istanbulkonvensjonen)', nn: 'Europarådskonvensjonen om førebygging og kamp mot vald mot kvinner og vald i nære relasjonar (Istanbulkonvensjonen)' },
  { nb: 'FNs kvinnediskrimineringskonvensjon (CEDAW)', nn: 'FN-konvensjonen om å avskaffe all diskriminering av kvinner (CEDAW)' },
  { nb: 'FNs barnekonvensjon', nn: 'FN-konvensjonen om barnerettane (barnekonvensjonen)' },
  { nb: 'Den europeiske menneskerettskonvensjonen (EMK)', nn: 'Den europeiske menneskerettskonvensjonen (EMK)' },
  { nb: 'Europarådets konvensjon om beskyttelse av barn mot seksuell utnytting og seksuelt misbruk (Lanzarotekonvensjonen)', nn: 'Europarådskonvensjonen om vern av born mot seksuell utnytting og seksuelt misbruk (Lanzarotekonvensjonen)' },
];
