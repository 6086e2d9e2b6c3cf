import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Button, Paragraph } from '../shared/ds';
import { Fieldset, Radio, TextField } from '../shared/fields';
import type { QuickAnswers } from '../../plan/quick';
import { reportingYearError } from '../../wizard/form-checks';
import { todayInNorway } from '../../plan/dates';
import type { Plan } from '../../plan/schema';
import { downloadText } from '../shared/download';
import { makeT, uiLang } from '../shared/i18n';
import { QuickForm, loadQuickCheck } from './QuickForm';
import { LoadBoundary } from '../shared/LoadBoundary';
import { FileOpener } from './FileOpener';

// The verdict (outlook, rules, result view) loads on the first focus in the checker or the first check.
const loadResult = () => import('./CheckResult');
const CheckResult = lazy(loadResult);

/** What is checked; for the quick form also the answers, since the plan file saves only what was answered. */
type Source = { kind: 'quick' | 'file'; plan: Plan; name?: string; answers?: QuickAnswers };

/** «Sjekk planen»: answer a few questions or open a plan file, pick the year, see the verdict. */
export default function CheckerApp() {
  const t = useMemo(() => makeT(), []);
  const today = todayInNorway();
  const [mode, setMode] = useState<'quick' | 'file'>('quick');
  const [yearText, setYearText] = useState(today.slice(0, 4));
  const [source, setSource] = useState<Source>();
  const yearError = reportingYearError(yearText);
  const year = yearError ? undefined : Number(yearText.trim());

  // /sjekk/?eksempel=<id> opens an example plan as if its file had been opened (after hydration).
  // The example plans (9 KB gzip) load only when the address asks for one.
  useEffect(() => {
    const id = new URLSearchParams(location.search).get('eksempel');
    if (!id) return;
    let live = true;
    void import('../../examples').then(({ exampleById }) => {
      const example = exampleById(id);
      if (!example || !live) return;
      setMode('file');
      setSource({ kind: 'file', plan: example.plans[uiLang()], name: t('examples.checkerName', { title: example.title[uiLang()] }) });
    });
    return () => { live = false; };
  }, [t]);

  // An expired plan opened from a file goes to revision as a new draft; the builder's storage loads only then.
  async function startRevision(plan: Plan) {
    const { createDraft } = await import('../wizard/session');
    await createDraft(structuredClone(plan) as unknown as Record<string, unknown>, '/lag-plan/revisjon/');
  }

  // The file holds only what was answered: the measures the check stood in for are not saved.
  async function saveAnswers(answers: QuickAnswers) {
    const [{ planFileName, serializePlan }, { quickAnswersToPlan }] = await Promise.all([import('../../plan/file'), import('../../plan/quick')]);
    const plan = quickAnswersToPlan(answers);
    downloadText(serializePlan(plan), planFileName(plan));
  }

  return (
    <div className="stack checker" onFocus={() => { void loadResult(); void loadQuickCheck().catch(() => undefined); }}>
      <Paragraph data-size="sm">{t('checker.privacy')}</Paragraph>
      <TextField
        id="rapporteringsar"
        label={t('checker.year')}
        description={t('checker.year.description')}
        inputMode="numeric"
        value={yearText}
        onChange={(e) => setYearText(e.target.value)}
        error={yearError && t(yearError)}
      />
      <Fieldset legend={t('checker.mode.legend')}>
        <Radio name="mode" label={t('checker.mode.quick')} value="quick" checked={mode === 'quick'} onChange={() => setMode('quick')} />
        <Radio name="mode" label={t('checker.mode.file')} value="file" checked={mode === 'file'} onChange={() => setMode('file')} />
      </Fieldset>
      {mode === 'quick' ? (
        <QuickForm t={t} year={year ?? Number(today.slice(0, 4))} onResult={(a) => void import('../../plan/quick').then(({ quickPlanForCheck }) => setSource({ kind: 'quick', plan: quickPlanForCheck(a), answers: a }))} />
      ) : (
        <>
          <FileOpener t={t} onOpen={(plan, name) => setSource({ kind: 'file', plan, name })} />
          {source?.kind === 'file' && <Paragraph id="opened-file">{t('checker.file.opened', { name: source.name ?? '' })}</Paragraph>}
        </>
      )}
      {source && year !== undefined && source.kind === mode && (
        <LoadBoundary fallback={<Paragraph role="alert">{t('wizard.loadFailed')}</Paragraph>}>
        <Suspense fallback={null}>
          <CheckResult t={t} plan={source.plan} year={year} today={today} quick={source.kind === 'quick'}
            onRevise={source.kind === 'file' ? () => void startRevision(source.plan) : undefined} />
          {source.kind === 'quick' && (
            <div className="stack">
              <Paragraph>{t('checker.save.text')} {t('checker.save.textAnswered')}</Paragraph>
              <Button type="button" variant="secondary" onClick={() => void saveAnswers(source.answers!)}>
                {t('checker.save')}
              </Button>
            </div>
          )}
        </Suspense>
        </LoadBoundary>
      )}
    </div>
  );
}
