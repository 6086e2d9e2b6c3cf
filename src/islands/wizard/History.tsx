import { Paragraph } from '../shared/ds';
import { getStorage, openDraft, useDraft } from './session';
import { useT } from './t';

interface Previous { previousPlanId?: string; previousTitle?: string; placementCleared?: boolean }

/**
 * Where the plan came from: the evaluated plan it continues (with a way back, and a note when
 * the evaluation sent the placement back to be chosen again), or the file it was imported from.
 */
export function History({ previous }: { previous?: Previous }) {
  const t = useT();
  const source = useDraft().plan.source as { fileName?: string; importedOn?: string } | undefined;
  const stillHere = previous?.previousPlanId ? getStorage().load(previous.previousPlanId) : undefined;
  function open() {
    void openDraft(previous!.previousPlanId!, '/lag-plan/revisjon/');
  }
  if (!previous?.previousPlanId && !source?.fileName) return null;
  return (
    <>
      {previous?.previousPlanId && (
        <Paragraph data-size="sm" id="historikk">
          {t('revision.overview.from', { title: previous.previousTitle ?? '' })}{' '}
          {stillHere && <button type="button" className="ds-link link-button" onClick={open}>{t('revision.overview.open')}</button>}
        </Paragraph>
      )}
      {previous?.placementCleared && <Paragraph data-size="sm" id="historikk-plassering">{t('revision.placementCleared')}</Paragraph>}
      {source?.fileName && (
        <Paragraph data-size="sm" id="historikk-fil">{t('import.source', { name: source.fileName, date: source.importedOn ?? '' })}</Paragraph>
      )}
    </>
  );
}
