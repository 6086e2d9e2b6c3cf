import { useEffect, useState } from 'react';
import { Alert, Button, Heading, Paragraph } from '../shared/ds';
import type { DraftSnapshot } from '../../wizard/session';
import type { MessageKey } from '../../i18n';
import { useT } from './t';
import { SavePlanFileButton } from './SavePlanFileButton';
import { getSession, getStorage, reportProblem, useDrafts, useStorageProblem, useUnreadableDrafts, type UnreadableDraft } from './session';
import { downloadText } from '../shared/download';

interface Props {
  draft: DraftSnapshot;
  onReloadNewest: () => void;
  onSaveAsCopy: () => void;
}

/**
 * Says where the draft is: saved on this device, or not saved because storage is full,
 * blocked, or another tab has newer changes. Every failure offers the plan file («Lagre planfil nå»),
 * and a full storage also the drafts that can be deleted to make room, with their sizes.
 * Also shows a failed action on the drafts (new, open, copy, rename) and stored drafts that could not be read.
 */
export function SaveNotice({ draft, onReloadNewest, onSaveAsCopy }: Props) {
  const t = useT();
  const problem = useStorageProblem();
  // A failed action (pressed further down the page) brings its message into view and focus.
  useEffect(() => {
    if (!problem) return;
    const alert = document.getElementById('utkast-feil');
    alert?.scrollIntoView({ block: 'start' });
    alert?.focus({ preventScroll: true });
  }, [problem]);
  return (
    <>
      <Unreadable />
      {problem && (
        <Alert data-color="danger" role="alert" id="utkast-feil" tabIndex={-1}>
          <Heading level={2} data-size="xs">{t(problem.reason === 'full' ? 'wizard.save.full.title' : problem.reason === 'conflict' ? 'wizard.save.conflict.title' : 'wizard.save.unavailable.title')}</Heading>
          <Paragraph>{t(problemText(problem.reason, problem.action))}</Paragraph>
          {problem.reason === 'full' && <FreeSpace current={draft.id} onFreed={() => reportProblem(undefined)} />}
        </Alert>
      )}
      <DraftStatus draft={draft} onReloadNewest={onReloadNewest} onSaveAsCopy={onSaveAsCopy} />
    </>
  );
}

function problemText(reason: 'full' | 'unavailable' | 'conflict', action: 'create' | 'change'): MessageKey {
  if (reason === 'conflict') return 'drafts.conflict.change';
  if (reason === 'unavailable') return action === 'create' ? 'drafts.unavailable.create' : 'wizard.save.unavailable.text';
  return action === 'create' ? 'drafts.full.create' : 'drafts.full.change';
}

function DraftStatus({ draft, onReloadNewest, onSaveAsCopy }: Props) {
  const t = useT();
  if (draft.status === 'saved' || draft.status === 'pending') {
    return <p className="ds-paragraph save-status" data-size="sm" role="status">{t(draft.status === 'saved' ? 'wizard.save.saved' : 'wizard.save.pending')}</p>;
  }
  if (draft.status === 'conflict') {
    return (
      <Alert data-color="warning" role="alert" id="lagring-konflikt" tabIndex={-1}>
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
    <Alert data-color="danger" role="alert" id="lagring-feil" tabIndex={-1}>
      <Heading level={2} data-size="xs">{t(draft.status === 'full' ? 'wizard.save.full.title' : 'wizard.save.unavailable.title')}</Heading>
      <Paragraph>{t(draft.status === 'full' ? 'wizard.save.full.text' : 'wizard.save.unavailable.text')}</Paragraph>
      <SavePlanFileButton plan={draft.plan} variant="primary" label={t('drafts.save.planFileNow')} />
      {draft.status === 'full' && <FreeSpace current={draft.id} onFreed={() => void getSession().flush()} />}
    </Alert>
  );
}

/** «12 kB», «1,4 MB». */
export function sizeText(t: ReturnType<typeof useT>, bytes: number): string {
  if (bytes < 1024 * 1024) return t('drafts.size.kb', { n: Math.max(1, Math.round(bytes / 1024)) });
  return t('drafts.size.mb', { n: (bytes / 1024 / 1024).toFixed(1).replace('.', ',') });
}

/** The other drafts, largest first, each with its size and a delete button (confirmed). */
function FreeSpace({ current, onFreed }: { current: string; onFreed: () => void }) {
  const t = useT();
  const drafts = useDrafts().filter((d) => d.id !== current).sort((a, b) => b.bytes - a.bytes);
  const [confirming, setConfirming] = useState<string>();
  async function remove(id: string) {
    setConfirming(undefined);
    if (await getStorage().remove(id)) onFreed();
  }
  return (
    <section className="stack free-space" aria-labelledby="frigjor-plass">
      <Heading level={3} data-size="2xs" id="frigjor-plass">{t('drafts.free.heading')}</Heading>
      {drafts.length === 0 ? <Paragraph>{t('drafts.free.none')}</Paragraph> : (
        <>
          <Paragraph>{t('drafts.free.intro')}</Paragraph>
          <ul className="free-space__list">
            {drafts.map((d) => {
              const name = d.title || t('wizard.untitled');
              return (
                <li key={d.id}>
                  <span>{t('drafts.free.item', { title: name, size: sizeText(t, d.bytes) })}</span>{' '}
                  {confirming === d.id
                    ? <Button type="button" data-color="danger" data-size="sm" onClick={() => void remove(d.id)}>{t('drafts.free.confirm', { title: name })}</Button>
                    : <Button type="button" variant="tertiary" data-color="danger" data-size="sm" onClick={() => setConfirming(d.id)}>{t('drafts.free.delete', { title: name })}</Button>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/** Stored drafts that could not be read: said once, each offered for download, untouched. */
function Unreadable() {
  const t = useT();
  const aside = useUnreadableDrafts();
  if (!aside.length) return null;
  const download = (d: UnreadableDraft) =>
    downloadText(typeof d.raw === 'string' ? d.raw : JSON.stringify(d.raw, null, 2), `uleselig-utkast-${d.key.replace(/[^\w-]/g, '')}.json`);
  return (
    <Alert data-color="warning" role="status" id="uleselig-utkast">
      <Heading level={2} data-size="xs">{t('drafts.unreadable.heading')}</Heading>
      <Paragraph>{t('drafts.unreadable.text')}</Paragraph>
      {aside.map((d) => (
        <div className="button-row" key={d.key}>
          <Button type="button" variant="secondary" onClick={() => download(d)}>{t('drafts.unreadable.download', { size: sizeText(t, d.bytes) })}</Button>
          <Button type="button" variant="tertiary" data-color="danger" onClick={() => void getStorage().removeUnreadable(d.key)}>{t('drafts.unreadable.delete')}</Button>
        </div>
      ))}
    </Alert>
  );
}
