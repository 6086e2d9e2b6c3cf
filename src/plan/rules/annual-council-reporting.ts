import { defineRule } from './types';

export default defineRule({
  id: 'annual-council-reporting',
  kind: 'anbefaling',
  title: { nb: 'Årlig rapport til kommunestyret', nn: 'Årleg rapport til kommunestyret' },
  description: {
    nb: 'Tiltakene bør rapporteres hvert år, for eksempel i årsmeldingen, slik at politikerne kan følge med og etterspørre fremdrift.',
    nn: 'Tiltaka bør rapporterast kvart år, til dømes i årsmeldinga, slik at politikarane kan følgje med og etterspørje framdrift.',
  },
  source: 'NKVTS rapport 3/2019 kap. 6.4 og 8.3',
  messages: {
    missing: { nb: 'Planen sier ikke at kommunestyret får en årlig rapport.', nn: 'Planen seier ikkje at kommunestyret får ein årleg rapport.' },
  },
  check(plan) {
    return plan.followUp.councilReporting === 'arlig' ? [] : [{ messageId: 'missing', path: ['followUp', 'councilReporting'] }];
  },
});
