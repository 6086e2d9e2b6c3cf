import { Heading, Paragraph } from './ds';
import type { T } from './i18n';

/** Why a plan file could not be opened, and that nothing the user had open was changed. */
export function FileErrors({ t, errors, level }: { t: T; errors: string[]; level: 2 | 3 }) {
  if (!errors.length) return null;
  return (
    <div className="ds-alert" data-color="danger" role="alert" id="fil-feil">
      <Heading level={level} data-size="xs">{t('checker.file.errorTitle')}</Heading>
      <ul>{errors.map((e) => <li key={e}>{e}</li>)}</ul>
      <Paragraph>{t('checker.file.keep')}</Paragraph>
    </div>
  );
}
