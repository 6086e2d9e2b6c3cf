import { useWatch } from 'react-hook-form';
import { href } from '../../shared/i18n';
import { Heading, Paragraph } from '../../shared/ds';
import { Fieldset } from '../../shared/fields';
import { ADOPTING_BODIES, ADOPTION_STATUSES, PLACEMENTS } from '../../../plan/vocabulary';
import { sectionHref } from '../../../wizard/sections';
import { TextInput } from '../fields/TextInput';
import { RadioGroup } from '../fields/RadioGroup';
import { SelectInput } from '../fields/SelectInput';
import { useT } from '../t';
import type { MessageKey } from '../../../i18n';

/** The adopting bodies as options; shared with the roll-overs on Planperiode. */
export function bodyOptions(t: ReturnType<typeof useT>) {
  return ADOPTING_BODIES.map((b) => ({ value: b, label: t(`wizard.adoptingBody.${b}` as MessageKey) }));
}

/** Section 2: where the plan sits in the planning system, who owns it, and its adoption in each municipality. */
export function Forankring() {
  const t = useT();
  const kind = useWatch({ name: 'placement.kind' });
  const municipalities = (useWatch({ name: 'municipalities' }) ?? []) as { id: string; name?: string }[];

  return (
    <div className="stack forankring">
      <RadioGroup path="placement.kind" legend={t('wizard.forankring.placement')} description={t('wizard.forankring.placement.description')}
        options={PLACEMENTS.map((p) => ({
          value: p,
          label: t(`wizard.forankring.placement.${p}` as MessageKey),
          description: t(`wizard.forankring.placement.${p}.description` as MessageKey),
        }))} />
      {kind === 'annet' && <TextInput path="placement.other" label={t('wizard.forankring.placement.other')} />}
      <TextInput path="placement.owner" label={t('wizard.forankring.owner')} description={t('wizard.forankring.owner.description')} />

      <Heading level={2} data-size="sm">{t('wizard.forankring.adoption.heading')}</Heading>
      <Paragraph>{t('wizard.forankring.adoption.lead')}</Paragraph>
      {municipalities.length === 0 && (
        <Paragraph>
          {t('wizard.forankring.adoption.none')}{' '}
          <a className="ds-link" href={href(sectionHref('om-planen'))}>{t('wizard.forankring.adoption.noneLink')}</a>
        </Paragraph>
      )}
      {municipalities.map((m, i) => {
        const base = `municipalities.${i}.adoption`;
        const name = m.name?.trim() || t('wizard.forankring.adoption.unnamed', { n: i + 1 });
        return (
          <Fieldset key={m.id ?? i} className="ds-card forankring__municipality" legend={t('wizard.forankring.adoption.legend', { name })}>
            <RadioGroup path={`${base}.status`} legend={t('wizard.forankring.status')} counts
              options={ADOPTION_STATUSES.map((s) => ({ value: s, label: t(`wizard.forankring.status.${s}` as MessageKey) }))} />
            <SelectInput path={`${base}.body`} label={t('wizard.forankring.body')} placeholder={t('wizard.choose')} options={bodyOptions(t)} counts />
            <TextInput path={`${base}.date`} type="date" label={t('wizard.forankring.date')} counts />
            <TextInput path={`${base}.caseNumber`} label={t('wizard.forankring.caseNumber')} />
            <Fieldset legend={t('wizard.forankring.case.legend')} description={t('wizard.forankring.case.description')}>
              <TextInput path={`municipalities.${i}.councilCase.officer`} label={t('wizard.forankring.case.officer')} />
              <TextInput path={`municipalities.${i}.councilCase.archiveCase`} label={t('wizard.forankring.case.archiveCase')} />
              <TextInput path={`municipalities.${i}.councilCase.meetings.0.body`} label={t('wizard.forankring.case.earlierBody')}
                description={t('wizard.forankring.case.earlierBody.description')} />
              <TextInput path={`municipalities.${i}.councilCase.meetings.0.date`} type="date" label={t('wizard.forankring.case.earlierDate')} />
              <TextInput path={`municipalities.${i}.councilCase.meetings.0.caseNumber`} label={t('wizard.forankring.case.earlierCaseNumber')} />
            </Fieldset>
          </Fieldset>
        );
      })}
    </div>
  );
}
