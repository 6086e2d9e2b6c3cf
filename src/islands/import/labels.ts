import type { T } from '../shared/i18n';
import type { PlanLabels } from '../../import/to-plan';

/** The Norwegian words the import puts into a plan (before text kept in a description, a fallback focus area). */
export function planLabels(t: T): PlanLabels {
  return {
    field: {
      deadline: t('import.label.deadline'),
      resources: t('import.label.resources'),
      responsible: t('import.label.responsible'),
      partners: t('import.label.partners'),
      indicator: t('import.label.indicator'),
      status: t('import.label.status'),
      note: t('import.label.note'),
    },
    otherArea: t('import.label.otherArea'),
  };
}
