import { Paragraph } from '../shared/ds';
import { planSchema } from '../../plan/schema';
import { normalize } from '../../wizard/normalize';
import { PlanPreview } from './PlanPreview';
import { useT } from './t';

/** The printable plan of /lag-plan/utskrift/ (./PrintView.tsx loads it after the page around it, with the schema and the rules). */
export default function PrintPreview({ plan }: { plan: Record<string, unknown> }) {
  const t = useT();
  const parsed = planSchema.safeParse(normalize(plan));
  return parsed.success ? <PlanPreview plan={parsed.data} full /> : <Paragraph role="alert">{t('wizard.print.invalid')}</Paragraph>;
}
