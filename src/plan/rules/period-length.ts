import { defineRule, withoutPeriod } from './types';
import { periodYears } from '../dates';

export const MIN_YEARS = 1;
export const MAX_YEARS = 6;

export default defineRule({
  id: 'period-length',
  kind: 'anbefaling',
  title: { nb: 'Planperiode på ett til seks år', nn: 'Planperiode på eitt til seks år' },
  description: {
    nb: 'En plan som er kortere enn ett år, rekker lite. En plan som er lengre enn seks år, blir lett glemt og utdatert før den evalueres. Alle planer som er lengre enn fire år, går over mer enn én valgperiode; da bør planstrategien etter valget vurdere planen. Handlingsdelen i kommuneplanen gjelder fire år eller mer og revideres hvert år.',
    nn: 'Ein plan som er kortare enn eitt år, rekk lite. Ein plan som er lengre enn seks år, blir lett gløymd og utdatert før han blir evaluert. Alle planar som er lengre enn fire år, går over meir enn éin valperiode; då bør planstrategien etter valet vurdere planen. Handlingsdelen i kommuneplanen gjeld fire år eller meir og blir revidert kvart år.',
  },
  source: 'Plan- og bygningsloven § 11-1; NKVTS rapport 3/2019 kap. 6.4 (dette nettstedets grenser)',
  messages: {
    tooShort: { nb: 'Planperioden er kortere enn ett år.', nn: 'Planperioden er kortare enn eitt år.' },
    tooLong: { nb: 'Planperioden er lengre enn seks år ({years} år).', nn: 'Planperioden er lengre enn seks år ({years} år).' },
  },
  skip: withoutPeriod,
  check(_plan, { timeline }) {
    const { start, effectiveEnd } = timeline;
    if (!start || !effectiveEnd || effectiveEnd < start) return [];
    const years = periodYears(start, effectiveEnd);
    if (years < MIN_YEARS - 0.01) return [{ messageId: 'tooShort', path: ['period', 'end'] }];
    if (years > MAX_YEARS + 0.01) return [{ messageId: 'tooLong', path: ['period', 'end'], params: { years: Math.round(years * 10) / 10 } }];
    return [];
  },
});
