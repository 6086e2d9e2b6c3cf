import { useFormContext, useWatch } from 'react-hook-form';
import { Button, Paragraph } from '../../../shared/ds';
import { useT } from '../../t';
import type { MessageKey } from '../../../../i18n';

interface Origin { decision?: string; result?: string; comment?: string; noticeDismissed?: boolean }

/**
 * For a measure carried from the evaluated plan: what the evaluation decided and said about
 * it («Endre», the comment), shown with the measure until the user closes it.
 */
export function OriginNotice({ index, name }: { index: number; name: string }) {
  const t = useT();
  const { control, setValue } = useFormContext();
  const origin = useWatch({ control, name: `measures.${index}.origin` }) as Origin | undefined;
  if (!origin?.decision || origin.noticeDismissed) return null;
  if (origin.decision !== 'endre' && !origin.comment) return null;
  return (
    <div className="ds-alert origin-notice" data-color={origin.decision === 'endre' ? 'warning' : 'info'} data-size="sm" id={`tiltak-${index}-merknad`}>
      <Paragraph data-size="sm">
        {t(origin.decision === 'endre' ? 'revision.origin.endre' : 'revision.origin.behold')}
        {origin.result && <> {t(`revision.origin.result.${origin.result}` as MessageKey)}</>}
        {origin.comment && <> {t('revision.origin.comment', { comment: origin.comment })}</>}
      </Paragraph>
      <Button type="button" variant="tertiary" data-size="sm" onClick={() => setValue(`measures.${index}.origin.noticeDismissed`, true, { shouldDirty: true })}>
        {t('revision.origin.dismiss', { name })}
      </Button>
    </div>
  );
}
