import { defineRule } from './types';

const FORMS = [
  ['tvangsekteskap', { nb: 'tvangsekteskap', nn: 'tvangsekteskap' }],
  ['kjonnslemlestelse', { nb: 'kjønnslemlestelse', nn: 'kjønnslemlesting' }],
  ['negativ-sosial-kontroll', { nb: 'negativ sosial kontroll', nn: 'negativ sosial kontroll' }],
] as const;

export default defineRule({
  id: 'honour-related-violence',
  kind: 'anbefaling',
  title: {
    nb: 'Tvangsekteskap, kjønnslemlestelse og negativ sosial kontroll',
    nn: 'Tvangsekteskap, kjønnslemlesting og negativ sosial kontroll',
  },
  description: {
    nb: 'Den nasjonale handlingsplanen Et liv uten vold (2014–2017) ba kommunene ta med tvangsekteskap, kjønnslemlestelse og alvorlige begrensninger av unges frihet i planene sine.',
    nn: 'Den nasjonale handlingsplanen Et liv uten vold (2014–2017) bad kommunane ta med tvangsekteskap, kjønnslemlesting og alvorlege avgrensingar av fridomen til unge i planane sine.',
  },
  source: 'Et liv uten vold (2014–2017), tiltak 38; NKVTS rapport 3/2019 kap. 7.4',
  messages: {
    missing: { nb: 'Planen tar ikke opp {form}.', nn: 'Planen tek ikkje opp {form}.' },
  },
  check(plan) {
    return FORMS.filter(([key]) => !plan.violenceForms.includes(key)).map(([, label]) => ({
      messageId: 'missing' as const,
      path: ['violenceForms'],
      params: { form: label.nb, form_nn: label.nn },
    }));
  },
});
