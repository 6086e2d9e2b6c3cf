import { useState } from 'react';
import { uiLang } from '../shared/i18n';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { planSchema } from '../../plan/schema';
import { planFileName, serializePlan } from '../../plan/file';
import { planIssues, issueText } from '../../plan/issues';
import { normalize } from '../../wizard/normalize';
import { downloadText } from '../shared/download';
import { useT } from './t';

/** «Lagre planfil»: downloads the draft; if a field is not valid yet, says which. */
export function SavePlanFileButton({ plan, variant = 'secondary', label }: { plan: Record<string, unknown>; variant?: 'primary' | 'secondary'; label?: string }) {
  const t = useT();
  const [problem, setProblem] = useState<string>();
  function save() {
    const parsed = planSchema.safeParse(normalize(plan));
    if (!parsed.success) {
      const first = planIssues(parsed.error, plan)[0];
      setProblem(t('wizard.file.invalid', { problem: first ? issueText(first, uiLang()) : '' }));
      return;
    }
    setProblem(undefined);
    downloadText(serializePlan(parsed.data), planFileName(parsed.data));
  }
  return (
    <>
      <Button type="button" variant={variant} onClick={save}>{label ?? t('wizard.file.save')}</Button>
      {problem && <Paragraph role="alert">{problem}</Paragraph>}
    </>
  );
}
