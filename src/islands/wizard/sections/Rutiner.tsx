import { Fieldset } from '../../shared/fields';
import { href } from '../../shared/i18n';
import { ROUTINE_KEYS } from '../../../plan/routines';
import { TextInput } from '../fields/TextInput';
import { useT } from '../t';
import type { MessageKey } from '../../../i18n';

/** The optional routines annex (src/plan/routines.ts): one field per step of the guidance chapter's template. */
export function Rutiner() {
  const t = useT();
  return (
    <Fieldset className="rutiner" legend={t('routines.heading')}
      description={<>{t('routines.lead')} <a className="ds-link" href={href('/veileder/rutiner/')}>{t('routines.chapterLink')}</a></>}>
      {ROUTINE_KEYS.map((k) => (
        <TextInput key={k} path={`routines.${k}`} multiline label={t(`routines.${k}` as MessageKey)} description={t(`routines.${k}.hint` as MessageKey)} />
      ))}
    </Fieldset>
  );
}
