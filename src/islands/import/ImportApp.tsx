/**
 * /lag-plan/hent-inn/: an old plan from Word or PDF becomes a new draft. Pick a file, see
 * what was found (facts with their sentences, focus areas, measure tables with a field per
 * column and a tick per row), confirm. The draft that was open is never touched: the result
 * is saved as a new draft through the same storage functions as every other new draft.
 */
import { useRef, useState } from 'react';
import { Button, Heading, Paragraph } from '../shared/ds';
import { href, makeT, uiLang } from '../shared/i18n';
import { todayInNorway } from '../../plan/dates';
import { newId } from '../../plan/new-plan';
import { sectionHref } from '../../wizard/sections';
import { bindTab, checked, getStorage } from '../wizard/session';
import type { ImportResult } from '../../import';
import { IMPORT_LIMITS } from '../../import/errors';
import { loadImport, PDF_WORKER_SRC } from './load';
import { FactsPreview, TablesPreview, includedCount, type Update } from './ImportPreview';
import { planLabels } from './labels';
import type { MessageKey } from '../../i18n';

const MB = Math.round(IMPORT_LIMITS.fileBytes / 1024 / 1024);

type State =
  | { step: 'choose'; error?: { name: string; code: string } }
  | { step: 'reading'; name: string }
  | { step: 'preview'; result: ImportResult; municipality: string }
  | { step: 'done'; title: string; name: string; n: number };

export default function ImportApp() {
  const [t] = useState(makeT);
  const [state, setState] = useState<State>({ step: 'choose' });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = () => requestAnimationFrame(() => headingRef.current?.focus());

  async function read(file: File | undefined) {
    if (!file) return;
    if (file.size > IMPORT_LIMITS.fileBytes) return setState({ step: 'choose', error: { name: file.name, code: 'too-large' } });
    setState({ step: 'reading', name: file.name });
    try {
      const { importFile } = await loadImport();
      const result = await importFile(new Uint8Array(await file.arrayBuffer()), file.name, { pdfWorkerSrc: PDF_WORKER_SRC });
      setState({ step: 'preview', result, municipality: result.facts.municipality?.value ?? '' });
      focusHeading();
    } catch (error) {
      const code = error instanceof Error && error.name === 'ImportError' ? (error as Error & { code: string }).code : 'damaged';
      setState({ step: 'choose', error: { name: file.name, code } });
      requestAnimationFrame(() => document.getElementById('import-feil')?.focus());
    }
  }

  async function confirm(result: ImportResult, municipality: string) {
    const [{ toPlan }, { planSchema }] = await Promise.all([loadImport(), import('../../plan/schema')]);
    const id = newId();
    const input = toPlan(result, { id, malform: uiLang(), today: todayInNorway(), labels: planLabels(t), newId, municipalityName: municipality });
    const plan = planSchema.parse(input);
    const title = plan.title || t('import.untitled', { name: result.source.name });
    // A new draft, saved and made current the same way as a new or duplicated draft; the open one stays as it was.
    const stored = await getStorage().save(id, plan as unknown as Record<string, unknown>, [], 0);
    if (!checked(stored, 'create')) return;
    bindTab(id);
    setState({ step: 'done', title, name: result.source.name, n: plan.measures.length });
    focusHeading();
  }

  if (state.step === 'done') {
    return (
      <div className="stack import-app" role="status">
        <Heading level={2} data-size="md" ref={headingRef} tabIndex={-1} id="import-ferdig">{t('import.done.heading')}</Heading>
        <Paragraph>{t('import.done.text', { title: state.title, name: state.name, n: state.n })}</Paragraph>
        <ul className="import-next">
          <li><a className="ds-link" href={href(sectionHref('sjekk'))}>{t('import.done.check')}</a></li>
          <li><a className="ds-link" href={href(sectionHref('revisjon'))}>{t('import.done.revise')}</a></li>
          <li><a className="ds-link" href={href('/lag-plan/')}>{t('import.done.overview')}</a></li>
        </ul>
      </div>
    );
  }

  if (state.step === 'preview') {
    const { result, municipality } = state;
    const update: Update = (change) => setState((s) => {
      if (s.step !== 'preview') return s;
      const copy = structuredClone(s.result);
      change(copy);
      return { ...s, result: copy };
    });
    const count = includedCount(result);
    return (
      <form className="stack import-preview import-app" onSubmit={(e) => { e.preventDefault(); void confirm(result, municipality); }}>
        <Heading level={2} data-size="md" ref={headingRef} tabIndex={-1} id="import-forhandsvisning">{t('import.preview.heading', { name: result.source.name })}</Heading>
        <Paragraph>{t('import.preview.lead')}</Paragraph>
        <FactsPreview t={t} result={result} update={update} municipality={municipality} setMunicipality={(m) => setState({ ...state, municipality: m })} />
        <section className="stack" aria-labelledby="import-tiltak">
          <Heading level={2} data-size="sm" id="import-tiltak">{t('import.measures.heading')}</Heading>
          {result.tables.length === 0 && <div className="ds-alert" data-color="warning"><Paragraph>{t('import.noMeasures')}</Paragraph></div>}
          {result.otherTables > 0 && <Paragraph data-size="sm">{t('import.otherTables', { n: result.otherTables })}</Paragraph>}
          <TablesPreview t={t} result={result} update={update} />
        </section>
        <details className="ds-details import-text" open={result.tables.length === 0}>
          <summary>{t('import.text.summary')}</summary>
          <div>
            <label className="ds-label" htmlFor="import-tekst">{t('import.text.label', { name: result.source.name })}</label>
            <textarea id="import-tekst" className="ds-input" readOnly rows={12} value={result.text} />
          </div>
        </details>
        <Paragraph id="import-antall" role="status">{t('import.count', count)}</Paragraph>
        <div className="button-row">
          <Button type="submit" id="import-bekreft">{t('import.confirm')}</Button>
          <Button type="button" variant="secondary" onClick={() => setState({ step: 'choose' })}>{t('import.again')}</Button>
        </div>
      </form>
    );
  }

  const error = state.step === 'choose' ? state.error : undefined;
  return (
    <div className="stack import-app">
      {error && (
        <div className="ds-alert" data-color="danger" role="alert" id="import-feil" tabIndex={-1}>
          <Heading level={2} data-size="xs">{t('import.error.title', { name: error.name })}</Heading>
          <Paragraph>{t(`import.error.${error.code}` as MessageKey, { mb: MB })}</Paragraph>
          <Paragraph>{t('import.error.keep')}</Paragraph>
        </div>
      )}
      <div className="ds-field">
        <label className="ds-label" htmlFor="import-fil">{t('import.file')}</label>
        <div data-field="description" id="import-fil-beskrivelse">{t('import.file.description', { mb: MB })}</div>
        <input id="import-fil" className="ds-input" type="file" aria-describedby="import-fil-beskrivelse"
          accept=".docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          disabled={state.step === 'reading'}
          onChange={(e) => { void read(e.target.files?.[0]); e.target.value = ''; }} />
      </div>
      {state.step === 'reading' && <Paragraph role="status">{t('import.reading', { name: state.name })}</Paragraph>}
    </div>
  );
}
