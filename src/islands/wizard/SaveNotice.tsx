import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { DraftSnapshot } from '../../wizard/session';
import { useT } from './t';
import { SavePlanFileButton } from './SavePlanFileButton';

interface Props {
  draft: DraftSnapshot;
  onReloadNewest: () => void;
  onSaveAsCopy: () => void;
}

/**
 * Says where the draft is: saved on this device, or not saved because storage is full,
 * blocked, or another tab has newer changes. Every failure offers the plan file.
 */
export function SaveNotice({ draft, onReloadNewest, onSaveAsCopy }: Props) {
  const t = useT();
  if (draft.status === 'saved' || draft.status === 'pending') {
    return <p className="ds-paragraph save-status" data-size="sm" role="status">{t(draft.status === 'saved' ? 'wizard.save.saved' : 'wizard.save.pending')}</p>;
  }
  if (draft.status === 'conflict') {
    return (
      <Alert data-color="warning" role="alert" id="lagring-konflikt">
        <Heading level={2} data-size="xs">{t('wizard.save.conflict.title')}</Heading>
        <Paragraph>{t('wizard.save.conflict.text')}</Paragraph>
        <div className="button-row">
          <Button type="button" onClick={onReloadNewest}>{t('wizard.save.conflict.reload')}</Button>
          <Button type="button" variant="secondary" onClick={onSaveAsCopy}>{t('wizard.save.conflict.copy')}</Button>
        </div>
      </Alert>
    );
  }
  return (
    <Alert data-color="danger" role="alert" id="lagring-feil">
      <Heading level={2} data-size="xs">{t(draft.status === 'full' ? 'wizard.save.full.title' : 'wizard.save.unavailable.title')}</Heading>
      <Paragraph>{t(draft.status === 'full' ? 'wizard.save.full.text' : 'wizard.save.unavailable.text')}</Paragraph>
      <SavePlanFileButton plan={draft.plan} />
    </Alert>
  );
}
