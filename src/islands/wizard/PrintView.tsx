import { Button, Paragraph } from '@digdir/designsystemet-react';
import { href } from '../shared/i18n';
import { planSchema } from '../../plan/schema';
import { normalize } from '../../wizard/normalize';
import { useDraft } from './session';
import { PlanPreview } from './PlanPreview';
import { useT } from './t';

/** /lag-plan/utskrift/: the current draft as a page made for printing to A4 or PDF. */
export default function PrintView() {
  const t = useT();
  const draft = useDraft();
  const parsed = planSchema.safeParse(normalize(draft.plan));
  return (
    <div className="print-view stack">
      <div className="no-print stack">
        <p className="ds-paragraph"><a className="ds-link" href={href('/lag-plan/sjekk/')}>{t('wizard.print.back')}</a></p>
        <Paragraph>{t('wizard.print.lead')}</Paragraph>
        <Button type="button" onClick={() => print()}>{t('wizard.print.button')}</Button>
      </div>
      {parsed.success ? <PlanPreview plan={parsed.data} full /> : <Paragraph role="alert">{t('wizard.print.invalid')}</Paragraph>}
    </div>
  );
}
