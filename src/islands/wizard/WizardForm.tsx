import { useEffect, useState, type ComponentType } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { href, uiLang } from '../shared/i18n';
import { Button } from '../shared/ds';
import { draftFromForm, toFormValues } from '../../wizard/normalize';
import { nextSection, sectionHref, sectionOf, fieldId } from '../../wizard/sections';
import { ErrorSummary, type SummaryError } from '../shared/ErrorSummary';
import { getSession } from './session';
import { onFormChange } from './form-changes';
import { planResolver, errorPaths, preloadFormCheck } from './resolver';
import type { SectionFormProps } from './section-forms';
import { useT } from './t';

/**
 * A section's form with react-hook-form: the fields, the error summary and «Lagre og fortsett». It loads as its own
 * chunk after the page around it (WizardPage, see section-forms.ts), so the page's first load carries neither
 * react-hook-form nor the section's fields (issue 15).
 */
export function WizardForm({ section, bindReset, Section }: SectionFormProps & { Section: ComponentType }) {
  const t = useT();
  // The error summary takes focus (as on the checker); RHF's own focusing would move it on to the first field.
  // The form shows dates and quarters in Norwegian; «Om planen» starts with one municipality to fill in.
  const formValues = (plan: Record<string, unknown>) => toFormValues(plan, { lang: uiLang(), municipalityRow: section === 'om-planen' });
  // Read once, without following the draft (useDraft): the form holds its own values from here on, and need not
  // re-render when a change is marked unsaved or saved, which happens while the user types.
  const [defaultValues] = useState(() => formValues(getSession().get().plan));
  const form = useForm<Record<string, unknown>>({ defaultValues, resolver: planResolver, mode: 'onSubmit', shouldFocusError: false });
  const [summary, setSummary] = useState<SummaryError[]>([]);

  // «Last inn den nyeste» on the page (SaveNotice) puts the stored version into this form.
  useEffect(() => bindReset((plan) => form.reset(formValues(plan))), [form]); // eslint-disable-line react-hooks/exhaustive-deps

  // Every change is kept: marked unsaved at once, read from the form and saved in the browser after a short pause, or at
  // once when a field is left, the page goes away or a link is followed (rows just added and still empty are left out).
  // A keystroke itself does no work on the whole plan: in a plan of 200 measures that would slow typing.
  useEffect(() => {
    // RHF's change signal, not form.watch(callback): that would copy the whole form on every keystroke (form-changes.ts).
    const stop = onFormChange(form.control, () => getSession().defer(() => draftFromForm(form.getValues())));
    return () => {
      stop();
      void getSession().flush();
    };
  }, [form]);

  // A link to a field (#felt-…) lands on that field, with its label in view.
  useEffect(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    requestAnimationFrame(() => {
      const el = document.getElementById(id);
      if (!el) return;
      (document.querySelector(`label[for="${CSS.escape(id)}"]`) ?? el).scrollIntoView({ block: 'start' });
      el.focus({ preventScroll: true });
    });
  }, []);

  // Moves on only once everything is stored; otherwise the failure (SaveNotice) is shown and the page stays.
  async function proceed() {
    form.clearErrors();
    setSummary([]);
    if (!(await getSession().markDone(section))) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('#lagring-feil, #lagring-konflikt')?.focus());
      return;
    }
    const next = nextSection(section);
    location.assign(href(next ? sectionHref(next) : '/lag-plan/'));
  }

  // Only this section's errors stop «Lagre og fortsett»: the others are shown on their own pages.
  const saveAndContinue = form.handleSubmit(proceed, (errors) => {
    const mine = errorPaths(errors).filter((e) => sectionOf(e.path) === section);
    if (!mine.length) return proceed();
    setSummary(mine.map((e) => ({ fieldId: fieldId(e.path), message: e.message })));
  });

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={saveAndContinue} onFocus={() => void preloadFormCheck()} onBlur={() => void getSession().flush()} className="stack">
        <ErrorSummary heading={t('form.errorSummary')} errors={summary} />
        <Section />
        {section !== 'sjekk' && <Button type="submit">{t('wizard.saveContinue')}</Button>}
      </form>
    </FormProvider>
  );
}
