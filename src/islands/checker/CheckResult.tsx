import { useMemo } from 'react';
import { computeOutlook } from '../../plan/outlook';
import type { Plan } from '../../plan/schema';
import type { T } from '../shared/i18n';
import { CheckResultView } from './CheckResultView';

interface Props {
  t: T;
  plan: Plan;
  year: number;
  today: string;
  quick: boolean;
  onRevise?: () => void;
}

/**
 * The checker's verdict for a plan and a reporting year. Loaded by CheckerApp on the first
 * focus in the checker or the first check, not with the page: it brings the outlook, the rule
 * registry with every rule text, and the result view.
 */
export default function CheckResult({ t, plan, year, today, quick, onRevise }: Props) {
  const outlook = useMemo(() => computeOutlook(plan, { reportingYear: year, today, assumeAdoption: false }), [plan, year, today]);
  return <CheckResultView t={t} outlook={outlook} today={today} quick={quick} onRevise={onRevise} />;
}
