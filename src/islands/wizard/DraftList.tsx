import { useState } from 'react';
import { uiLang } from '../shared/i18n';
import { Button, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { TextField } from '../shared/fields';
import { createPlan, newId } from '../../plan/create';
import { readPlanFile } from '../shared/readPlanFile';
import { EXAMPLES, exampleById, type ExampleId } from '../../examples';
import type { DraftRecord } from '../../wizard/storage';
import { checked, createDraft, getSession, getStorage, openDraft, useDrafts, type DraftSummary } from './session';
import { SavePlanFileButton } from './SavePlanFileButton';
import { exampleDraft } from './examples';
import { FileErrors } from '../shared/FileErrors';
import { sizeText } from './SaveNotice';
import { useT } from './t';

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
  const [exampleId, setExampleId] = useState<ExampleId>(EXAMPLES[0].id);

  async function openFile(file: File | undefined) {
    if (!file) return;
    const result = await readPlanFile(file);
    if (!result.ok) return setFileErrors(result.errors.map((e) => e[uiLang()]));
    setFileErrors([]);
    await createDraft(result.plan as unknown as Record<string, unknown>);
  }

  async function remove(d: DraftSummary) {
    const record = await getStorage().remove(d.id);
    setConfirming(undefined);
    if (record) setDeleted({ summary: d, record });
    focusLater('angre-sletting');
  }

  async function undo() {
    if (!deleted) return;
    if (!checked(await getStorage().save(deleted.summary.id, deleted.record.plan, deleted.record.done, 0), 'create')) return;
    setDeleted(undefined);
    focusLater(buttonId(deleted.summary.id, 'apne'));
  }

  async function rename(d: DraftSummary, title: string) {
    if (d.id === current.id) {
      getSession().update({ ...getSession().get().plan, title });
      if (!(await getSession().flush())) return;
    } else {
      const record = getStorage().load(d.id);
      if (record && !checked(await getStorage().save(d.id, { ...record.plan, title }, record.done, record.rev), 'change')) return;
    }
    setRenaming(undefined);
    focusLater(buttonId(d.id, 'navn'));
  }

  async function duplicate(d: DraftSummary, name: string) {
    const r = getStorage().load(d.id);
    if (!r) return;
    const id = newId();
    checked(await getStorage().save(id, { ...r.plan, id, title: t('wizard.drafts.copyOf', { title: name }) }, r.done, 0), 'create');
  }

  return (
    <section className="stack drafts" aria-labelledby="utkast-tittel">
      <Heading level={2} data-size="sm" id="utkast-tittel">{t('wizard.drafts.title')}</Heading>
      <div className="button-row">
        <Button type="button" onClick={() => void createDraft(createPlan({ malform: uiLang() }) as unknown as Record<string, unknown>)}>{t('wizard.drafts.new')}</Button>
        <SavePlanFileButton plan={current.plan} />
      </div>
      <div className="button-row drafts__examples">
        <div className="ds-field">
          <Label htmlFor="velg-eksempel">{t('examples.choose')}</Label>
          <p className="ds-paragraph" data-field="description" id="velg-eksempel-beskrivelse">{t('examples.choose.description')}</p>
          <Select id="velg-eksempel" aria-describedby="velg-eksempel-beskrivelse" value={exampleId} onChange={(e) => setExampleId(e.target.value as ExampleId)}>
            {EXAMPLES.map((e) => <Select.Option key={e.id} value={e.id}>{e.title[uiLang()]}</Select.Option>)}
          </Select>
        </div>
        <Button type="button" variant="secondary" onClick={() => { const e = exampleById(exampleId); if (e) void createDraft(exampleDraft(e)); }}>{t('wizard.drafts.example')}</Button>
      </div>
      <div className="ds-field">
        <label className="ds-label" htmlFor="apne-planfil">{t('wizard.file.open')}</label>
        <input id="apne-planfil" className="ds-input" type="file" accept=".json,application/json" onChange={(e) => { void openFile(e.target.files?.[0]); e.target.value = ''; }} />
      </div>
      <FileErrors t={t} errors={fileErrors} level={3} />
      {deleted && (
        <div className="ds-alert" data-color="info" role="status">
          <Paragraph>{t('wizard.drafts.deleted', { title: deleted.summary.title || t('wizard.untitled') })}</Paragraph>
          <Button id="angre-sletting" type="button" variant="secondary" onClick={() => void undo()}>{t('wizard.undo')}</Button>
        </div>
      )}
      <ul className="draft-list">
        {drafts.map((d) => {
          const name = d.title || t('wizard.untitled');
          return (
            <li key={d.id} data-current={d.id === current.id}>
              {renaming === d.id ? (
                <form className="button-row" onSubmit={(e) => { e.preventDefault(); void rename(d, String(new FormData(e.currentTarget).get('title') ?? '')); }}>
                  <TextField name="title" label={t('wizard.drafts.newName')} defaultValue={d.title} autoFocus />
                  <Button type="submit">{t('wizard.drafts.saveName')}</Button>
                </form>
              ) : (
                <strong>{name}</strong>
              )}
              {d.id === current.id && <span> ({t('wizard.drafts.current')})</span>}
              <Paragraph data-size="sm">{t('wizard.drafts.savedAt', { date: d.savedAt.slice(0, 10) })} ({sizeText(t, d.bytes)})</Paragraph>
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
