import { useState } from 'react';
import { uiLang } from '../shared/i18n';
import { Button, Paragraph } from '../shared/ds';
import { downloadText } from '../shared/download';
import { useT } from './t';

/** «Lagre planfil»: downloads the draft; if a field is not valid yet, says which. */
export function SavePlanFileButton({ plan, variant = 'secondary', label }: { plan: Record<string, unknown>; variant?: 'primary' | 'secondary'; label?: string }) {
  const t = useT();
  const [problem, setProblem] = useState<string>();
  async function save() {
    const file = (await import('./plan-file-save')).planFileOf(plan, uiLang());
    if (!file.ok) {
      setProblem(t('wizard.file.invalid', { problem: file.problem }));
      return;
    }
    setProblem(undefined);
    downloadText(file.text, file.name);
  }
  return (
    <>
      <Button type="button" variant={variant} onClick={() => void save()}>{label ?? t('wizard.file.save')}</Button>
      {problem && <Paragraph role="alert">{problem}</Paragraph>}
    </>
  );
}
