import { useState } from 'react';
import { href, uiLang } from '../shared/i18n';
import { Button, Heading, Label, Paragraph, Select } from '../shared/ds';
import { TextField } from '../shared/fields';
import { emptyPlan, newId } from '../../plan/new-plan';
import { timeInNorway, todayInNorway } from '../../plan/dates';
import { readPlanFile } from '../shared/readPlanFile';
import { EXAMPLE_LIST, type ExampleId } from '../../examples/list';
import type { DraftRecord } from '../../wizard/storage';
import { checked, createDraft, getSession, getStorage, openDraft, useDrafts, type DraftSummary } from './session';
import { SavePlanFileButton } from './SavePlanFileButton';
import { FileErrors } from '../shared/FileErrors';
import { sizeText } from './SaveNotice';
import { useT } from './t';
import { PlusIcon, UploadIcon } from '@navikt/aksel-icons';

/**
 * The date and time (Norwegian time) a draft was saved, for «Sist lagret 3. desember 2026 kl. 14:05». Not with
 * toLocaleTimeString: its first call sets up the browser's time zone data, about 100 ms at 4× slowdown in the
 * overview's first render (see todayInNorway).
 */
function savedAtParts(savedAt: string): { date: string; time: string } {
  const at = new Date(savedAt);
  if (Number.isNaN(at.getTime())) return { date: savedAt.slice(0, 10), time: '' };
  return { date: todayInNorway(at), time: timeInNorway(at) };
}

/** Keyboard focus to the element the current update renders (a button that replaces the one pressed). */
function focusLater(id: string, frames = 30) {
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (el) el.focus();
    else if (frames > 0) focusLater(id, frames - 1); // after a save the update may come a few frames later
  });
}
const buttonId = (draftId: string, what: 'apne' | 'navn' | 'slett' | 'ja') => `utkast-${draftId}-${what}`;

/**
 * The drafts on this device: new, example, open and save a plan file, rename, duplicate, delete with undo.
 * Every action checks that it was stored; a failure is shown (SaveNotice) and nothing on screen is lost.
 * Opening another draft (or a new one) reloads the overview, tied to that draft in this tab only.
 */
export function DraftList() {
  const t = useT();
  const current = getSession().get();
  const drafts = useDrafts();
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [confirming, setConfirming] = useState<string>();
  const [renaming, setRenaming] = useState<string>();
  const [deleted, setDeleted] = useState<{ summary: DraftSummary; record: DraftRecord }>();
  const [exampleId, setExampleId] = useState<ExampleId>(EXAMPLE_LIST[0].id);

  // The example plans load on the click, not with the page.
  async function openExample(id: ExampleId) {
    const { exampleById, exampleDraft } = await import('./examples');
    const example = exampleById(id);
    if (example) await createDraft(exampleDraft(example));
  }

  async function openFile(file: File | undefined) {
    if (!file) return;
    const result = await readPlanFile(file);
    if (!result.ok) return setFileErrors(result.errors.map((e) => e[uiLang()]));
    setFileErrors([]);
    // The new draft remembers the file it came from; the overview names it.
    const plan = { ...result.plan, source: { fileName: file.name.slice(0, 300) || '—', importedOn: todayInNorway() } };
    await createDraft(plan as unknown as Record<string, unknown>);
  }

  async function remove(d: DraftSummary) {
    const record = await getStorage().remove(d.id);
    setConfirming(undefined);
    if (record) setDeleted({ summary: d, record });
    focusLater('angre-sletting');
  }

  async function undo() {
    if (!deleted) return;
    if (!checked(await getStorage().save(deleted.summary.id, deleted.record.plan, deleted.record.done, 0, deleted.record.name ?? ''), 'create')) return;
    setDeleted(undefined);
    focusLater(buttonId(deleted.summary.id, 'apne'));
  }

  /** Renames the draft in this list only: the plan's title, which the documents use, stays as it is. */
  async function rename(d: DraftSummary, name: string) {
    if (d.id === current.id) {
      if (!(await getSession().rename(name))) return;
    } else {
      const record = getStorage().load(d.id);
      if (record && !checked(await getStorage().save(d.id, record.plan, record.done, record.rev, name), 'change')) return;
    }
    setRenaming(undefined);
    focusLater(buttonId(d.id, 'navn'));
  }

  async function duplicate(d: DraftSummary, name: string) {
    const r = getStorage().load(d.id);
    if (!r) return;
    const id = newId();
    // The copy is named in the list; the plan's title stays as it was.
    checked(await getStorage().save(id, { ...r.plan, id }, r.done, 0, t('wizard.drafts.copyOf', { title: name })), 'create');
  }

  // Its own titled area below the task list (src/styles/overview.css): start or open a plan, an example, then the drafts.
  return (
    <section className="drafts" aria-labelledby="utkast-tittel">
      <Heading level={2} data-size="sm" id="utkast-tittel">{t('wizard.overview.manage')}</Heading>
      <Paragraph className="drafts__lead">{t('wizard.overview.manageLead')}</Paragraph>
      <div className="drafts__blocks">
        <div className="drafts__block">
          <Heading level={3} data-size="2xs">{t('wizard.drafts.startOrOpen')}</Heading>
          <div className="button-row">
            <Button type="button" onClick={() => void createDraft(emptyPlan({ malform: uiLang() }) as unknown as Record<string, unknown>)}><PlusIcon aria-hidden />{t('wizard.drafts.new')}</Button>
            {/* «Åpne planfil»: a label styled as a button with the file input laid over it, invisible but focusable,
                so the text is ours (not the browser's «Choose File») and Tab, Enter and Space work as on any button. */}
            <label className="ds-button file-button" data-variant="secondary">
              <UploadIcon aria-hidden />
              <span>{t('wizard.file.open')}</span>
              <input id="apne-planfil" type="file" accept=".json,application/json" aria-describedby="apne-planfil-hint" onChange={(e) => { void openFile(e.target.files?.[0]); e.target.value = ''; }} />
            </label>
            <SavePlanFileButton plan={current.plan} />
          </div>
          <Paragraph data-size="sm" id="apne-planfil-hint" className="drafts__hint">{t('wizard.file.openHint')}</Paragraph>
          <FileErrors t={t} errors={fileErrors} level={3} />
        </div>
        <div className="drafts__block">
          <div className="button-row drafts__examples">
            <div className="ds-field">
              <Label htmlFor="velg-eksempel">{t('examples.choose')}</Label>
              <p className="ds-paragraph" data-field="description" id="velg-eksempel-beskrivelse">{t('examples.choose.description')}</p>
              <Select id="velg-eksempel" aria-describedby="velg-eksempel-beskrivelse" value={exampleId} onChange={(e) => setExampleId(e.target.value as ExampleId)}>
                {EXAMPLE_LIST.map((e) => <Select.Option key={e.id} value={e.id}>{e.title[uiLang()]}</Select.Option>)}
              </Select>
            </div>
            <Button type="button" variant="secondary" onClick={() => void openExample(exampleId)}>{t('wizard.drafts.example')}</Button>
          </div>
        </div>
      </div>
      <p className="ds-paragraph"><a className="ds-link" href={href('/lag-plan/hent-inn/')}>{t('import.link')}</a></p>
      <Heading level={3} data-size="xs" id="utkast-liste">{t('wizard.drafts.title')}</Heading>
      {deleted && (
        <div className="ds-alert" data-color="info" role="status">
          <Paragraph>{t('wizard.drafts.deleted', { title: deleted.summary.title || t('wizard.untitled') })}</Paragraph>
          <Button id="angre-sletting" type="button" variant="secondary" onClick={() => void undo()}>{t('wizard.undo')}</Button>
        </div>
      )}
      <ul className="draft-list" aria-labelledby="utkast-liste">
        {drafts.map((d) => {
          const name = d.title || t('wizard.untitled');
          return (
            <li key={d.id} data-current={d.id === current.id}>
              {renaming === d.id ? (
                <form className="button-row" onSubmit={(e) => { e.preventDefault(); void rename(d, String(new FormData(e.currentTarget).get('name') ?? '')); }}>
                  <TextField name="name" label={t('wizard.drafts.newName')} description={t('drafts.rename.hint')} defaultValue={d.title} maxLength={300} autoFocus />
                  <Button type="submit">{t('wizard.drafts.saveName')}</Button>
                </form>
              ) : (
                <strong>{name}</strong>
              )}
              {d.id === current.id && <span> ({t('wizard.drafts.current')})</span>}
              {d.name && d.name !== d.planTitle && <Paragraph data-size="sm">{t('drafts.planTitle', { title: d.planTitle || t('wizard.untitled') })}</Paragraph>}
              <Paragraph data-size="sm">{t('wizard.drafts.savedAt', savedAtParts(d.savedAt))} ({sizeText(t, d.bytes)})</Paragraph>
              <div className="button-row">
                {d.id !== current.id && <Button id={buttonId(d.id, 'apne')} type="button" variant="secondary" data-size="sm" onClick={() => void openDraft(d.id)}>{t('wizard.drafts.open', { title: name })}</Button>}
                <Button id={buttonId(d.id, 'navn')} type="button" variant="tertiary" data-size="sm" onClick={() => setRenaming(d.id)}>{t('wizard.drafts.rename', { title: name })}</Button>
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => void duplicate(d, name)}>{t('wizard.drafts.duplicate', { title: name })}</Button>
                {confirming === d.id ? (
                  <>
                    <Button id={buttonId(d.id, 'ja')} type="button" data-color="danger" data-size="sm" onClick={() => void remove(d)}>{t('wizard.drafts.confirmDelete', { title: name })}</Button>
                    <Button type="button" variant="tertiary" data-size="sm" onClick={() => { setConfirming(undefined); focusLater(buttonId(d.id, 'slett')); }}>{t('wizard.cancel')}</Button>
                  </>
                ) : (
                  d.id !== current.id && <Button id={buttonId(d.id, 'slett')} type="button" variant="tertiary" data-color="danger" data-size="sm" onClick={() => { setConfirming(d.id); focusLater(buttonId(d.id, 'ja')); }}>{t('wizard.drafts.delete', { title: name })}</Button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
