// First: starts this page's form loading before session.ts waits for the drafts (see section-forms.ts).
import { loadSectionForm, type SectionFormProps } from './section-forms';
import { memo, startTransition, Suspense, use, useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { href } from '../shared/i18n';
import { Heading, Paragraph } from '../shared/ds';
import { sectionTitleKey, sectionLeadKey, SECTIONS, type SectionId } from '../../wizard/sections';
import { LoadBoundary } from '../shared/LoadBoundary';
import { getSession, useDraft } from './session';
import { StatusPanel } from './StatusPanel';
import { SaveNotice } from './SaveNotice';
import { useT } from './t';

/**
 * The island of every builder page (/lag-plan/<section>/): back link, heading, save notices, the section's form and the
 * status. The form (react-hook-form and the section's fields) is its own chunk (section-forms.ts), drawn just after the
 * rest; until it is there, its place is kept so nothing in view moves.
 */
export default function WizardPage({ section }: { section: SectionId }) {
  const t = useT();
  const draft = useDraft();
  const meta = SECTIONS.find((s) => s.id === section)!;
  const reset = useRef<(plan: Record<string, unknown>) => void>(undefined);
  const bindReset = useCallback((fn: (plan: Record<string, unknown>) => void) => void (reset.current = fn), []);
  // The form is drawn just after the page around it, as a transition: React then draws it in short slices and the
  // browser can answer a click or a scroll in between, instead of one long task for the page and the form (issue 15).
  const [formShown, setFormShown] = useState(false);
  useEffect(() => startTransition(() => setFormShown(true)), []);
  const loadingLine = <p className="ds-paragraph wizard-section-loading">{t('wizard.form.loading')}</p>;

  function reloadNewest() {
    const stored = getSession().reloadNewest();
    if (stored) reset.current?.(stored.plan);
  }

  return (
    <div className="wizard-page">
      <p className="ds-paragraph"><a className="ds-link" href={href('/lag-plan/')}>{t('wizard.back')}</a></p>
      <div className="wizard-layout">
        <div className="stack wizard-main">
          <Heading level={1} data-size="lg">{t(sectionTitleKey(section))}</Heading>
          <Paragraph variant="long">{t(sectionLeadKey(section))}</Paragraph>
          <Paragraph data-size="sm"><a className="ds-link" href={href(`/veileder/${meta.chapter}/`)}>{t('wizard.guideLink')}</a></Paragraph>
          <SaveNotice draft={draft} onReloadNewest={reloadNewest} onSaveAsCopy={() => getSession().saveAsCopy()} />
          <LoadBoundary fallback={<p className="ds-paragraph" role="alert">{t('wizard.loadFailed')}</p>}>
            <Suspense fallback={loadingLine}>
              {formShown ? <SectionForm section={section} bindReset={bindReset} /> : loadingLine}
            </Suspense>
          </LoadBoundary>
        </div>
        <StatusPanel plan={draft.plan} />
      </div>
      <Paragraph data-size="sm" className="privacy-note">{t('wizard.privacy')}</Paragraph>
    </div>
  );
}

/**
 * The section's form, drawn at once when its chunk is already there. Memoised: the page re-renders with every change of
 * the draft (status, save notices), the form keeps its own values and need not.
 */
const SectionForm = memo(function SectionForm(props: SectionFormProps) {
  const { default: Form } = use(loadSectionForm(props.section) as Promise<{ default: ComponentType<SectionFormProps> }>);
  return <Form {...props} />;
});
