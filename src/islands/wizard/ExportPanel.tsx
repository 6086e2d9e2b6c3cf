import { useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Plan } from '../../plan/schema';
import { downloadBlob } from '../shared/download';
import { SavePlanFileButton } from './SavePlanFileButton';
import { useT } from './t';

type Exports = typeof import('../../export/browser');

/** Loads the export code on first use only: the docx library stays out of the first load. */
let exportsModule: Promise<Exports> | undefined;
const loadExports = () => (exportsModule ??= import('../../export/browser'));

/** «Last ned»: the plan as Word, the council paper, the print view and the calendar. */
export function ExportPanel({ plan }: { plan: Plan }) {
  const t = useT();
  const [busy, setBusy] = useState<string>();
  const [failed, setFailed] = useState(false);

  async function run(kind: string, make: (m: Exports) => Promise<{ blob: Blob; fileName: string }> | { blob: Blob; fileName: string }) {
    setBusy(kind);
    setFailed(false);
    try {
      const file = await make(await loadExports());
      downloadBlob(file.blob, file.fileName);
    } catch {
      setFailed(true);
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section className="stack export-panel" aria-labelledby="eksport-tittel">
      <Heading level={2} data-size="sm" id="eksport-tittel">{t('wizard.export.title')}</Heading>
      <Paragraph>{t('wizard.export.lead')}</Paragraph>
      <div className="button-row">
        <Button type="button" onClick={() => run('plan', (m) => m.planDocx(plan))} aria-busy={busy === 'plan' || undefined}>
          {t('wizard.export.plan')}
        </Button>
        {plan.municipalities.length > 1 ? (
          plan.municipalities.map((k) => (
            <Button key={k.id} type="button" variant="secondary" onClick={() => run(`sak-${k.id}`, (m) => m.councilPaperDocx(plan, k.id))}>
              {t('wizard.export.councilFor', { name: k.name })}
            </Button>
          ))
        ) : (
          <Button type="button" variant="secondary" onClick={() => run('sak', (m) => m.councilPaperDocx(plan, plan.municipalities[0]?.id))}>
            {t('wizard.export.council')}
          </Button>
        )}
        <Button type="button" variant="secondary" onClick={() => run('ics', (m) => m.planCalendar(plan))}>{t('wizard.export.calendar')}</Button>
        <a className="ds-button" data-variant="secondary" href="/lag-plan/utskrift/">{t('wizard.export.print')}</a>
        <SavePlanFileButton plan={plan as unknown as Record<string, unknown>} />
      </div>
      {busy && <Paragraph role="status">{t('wizard.export.busy')}</Paragraph>}
      {failed && <Paragraph role="alert">{t('wizard.export.failed')}</Paragraph>}
    </section>
  );
}
