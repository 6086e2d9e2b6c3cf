import { Paragraph } from '@digdir/designsystemet-react';
import { href } from '../shared/i18n';
import { getSession, getStorage } from './session';
import { useT } from './t';

/** For a plan started from an evaluated one: where it came from, with a way back. */
export function History({ previous }: { previous?: { previousPlanId?: string; previousTitle?: string } }) {
  const t = useT();
  if (!previous?.previousPlanId) return null;
  const stillHere = getStorage().load(previous.previousPlanId);
  function open() {
    getSession().flush();
    getStorage().setCurrent(previous!.previousPlanId!);
    location.assign(href('/lag-plan/revisjon/'));
  }
  return (
    <Paragraph data-size="sm" id="historikk">
      {t('revision.overview.from', { title: previous.previousTitle ?? '' })}{' '}
      {stillHere && <button type="button" className="ds-link link-button" onClick={open}>{t('revision.overview.open')}</button>}
    </Paragraph>
  );
}
