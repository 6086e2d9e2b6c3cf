import { Heading, Paragraph } from '../shared/ds';
import { href } from '../shared/i18n';
import type { Plan } from '../../plan/schema';
import { SavePlanFileButton } from './SavePlanFileButton';
import { ExportButton } from './ExportButton';
import { useT } from './t';

/** «Last ned»: the plan as Word, the council paper, the print view and the calendar. */
export function ExportPanel({ plan }: { plan: Plan }) {
  const t = useT();
  return (
    <section className="stack export-panel" aria-labelledby="eksport-tittel">
      <Heading level={2} data-size="sm" id="eksport-tittel">{t('wizard.export.title')}</Heading>
      <Paragraph>{t('wizard.export.lead')}</Paragraph>
      <div className="button-row">
        <ExportButton label={t('wizard.export.plan')} make={(m) => m.planDocx(plan)} />
        {plan.municipalities.length > 1 ? (
          plan.municipalities.map((k) => (
            <ExportButton key={k.id} variant="secondary" label={t('wizard.export.councilFor', { name: k.name })} make={(m) => m.councilPaperDocx(plan, k.id)} />
          ))
        ) : (
          <ExportButton variant="secondary" label={t('wizard.export.council')} make={(m) => m.councilPaperDocx(plan, plan.municipalities[0]?.id)} />
        )}
        <ExportButton variant="secondary" label={t('wizard.export.calendar')} make={(m) => m.planCalendar(plan)} />
        <a className="ds-button" data-variant="secondary" href={href('/lag-plan/utskrift/')}>{t('wizard.export.print')}</a>
        <SavePlanFileButton plan={plan as unknown as Record<string, unknown>} />
      </div>
    </section>
  );
}
