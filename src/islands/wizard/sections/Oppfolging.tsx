import { href, uiLang } from '../../shared/i18n';
import { Paragraph } from '../../shared/ds';
import { Fieldset } from '../../shared/fields';
import { COUNCIL_REPORTING } from '../../../plan/vocabulary';
import { fieldHref } from '../../../wizard/sections';
import { CheckboxField } from '../fields/CheckboxField';
import { RadioGroup } from '../fields/RadioGroup';
import { TextInput } from '../fields/TextInput';
import { SelectInput } from '../fields/SelectInput';
import { useWatch } from 'react-hook-form';
import { MONTHS } from '../../../plan/dates';
import { Rutiner } from './Rutiner';
import { useT } from '../t';
import type { MessageKey } from '../../../i18n';

/** Section 8: the resource group, reporting to the council and publication. */
export function Oppfolging() {
  const t = useT();
  const lang = uiLang();
  const reporting = useWatch({ name: 'followUp.councilReporting' });
  return (
    <div className="stack oppfolging">
      <Fieldset legend={t('wizard.oppfolging.resourceGroup')} description={t('wizard.oppfolging.resourceGroup.description')}>
        <CheckboxField path="followUp.resourceGroup.established" label={t('wizard.oppfolging.established')} />
        <CheckboxField path="followUp.resourceGroup.continuesThroughPeriod" label={t('wizard.oppfolging.continuesThroughPeriod')} />
        <TextInput path="followUp.resourceGroup.members" multiline label={t('wizard.oppfolging.members')} description={t('wizard.oppfolging.members.description')} />
      </Fieldset>

      <RadioGroup path="followUp.councilReporting" legend={t('wizard.oppfolging.councilReporting')}
        options={COUNCIL_REPORTING.map((r) => ({
          value: r,
          label: t(`wizard.oppfolging.councilReporting.${r}` as MessageKey),
          description: t(`wizard.oppfolging.councilReporting.${r}.description` as MessageKey),
        }))} />
      {reporting === 'arlig' && (
        <SelectInput path="followUp.councilReportMonth" numeric label={t('wizard.oppfolging.reportMonth')}
          description={t('wizard.oppfolging.reportMonth.description')} placeholder={t('wizard.choose')}
          options={MONTHS[lang].map((m, i) => ({ value: String(i + 1), label: m }))} />
      )}
      <Paragraph>
        <a className="ds-link" href={href(fieldHref(['followUp', 'midTermEvaluation']))}>{t('wizard.oppfolging.evaluationLink')}</a>
      </Paragraph>

      <Fieldset legend={t('wizard.oppfolging.publication')} description={t('wizard.oppfolging.publication.description')}>
        <CheckboxField path="followUp.publication.onWebsite" label={t('wizard.oppfolging.onWebsite')} />
        <TextInput path="followUp.publication.url" type="url" label={t('wizard.oppfolging.url')} description={t('wizard.oppfolging.url.description')} />
      </Fieldset>

      <Rutiner />
    </div>
  );
}
