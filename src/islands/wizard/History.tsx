import { Paragraph } from '@digdir/designsystemet-react';
import { getStorage, openDraft } from './session';
import { useT } from './t';

/** For a plan started from an evaluated one: where it came from, with a way back. */
export function History({ previous }: { previous?: { previousPlanId?: string; previousTitle?: string } }) {
  const t = useT();
  if (!previous?.previousPlanId) return null;
  const stillHere = getStorage().load(previous.previousPlanId);
  function open() {
    void openDraft(previous!.previousPlanId!, '/lag-plan/revisjon/');
  }
  return (
    <Paragraph data-size="sm" id="historikk">
      {t('revision.overview.from', { title: previous.previousTitle ?? '' })}{' '}
      {stillHere && <button type="button" className="ds-link link-button" onClick={open}>{t('revision.overview.open')}</button>}
    </Paragraph>
  );
}
