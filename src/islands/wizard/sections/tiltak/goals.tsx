import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { Select } from '../../../shared/ds';
import { useT } from '../../t';
import { shorten } from './focus';

export interface GoalGroup {
  label: string;
  goals: { id: string; label: string }[];
}

type Areas = { title?: string; goals?: { id?: string; text?: string }[] }[] | undefined;

/** The plan's goals grouped by focus area, for the goal select and the filter. */
export function useGoalGroups(): GoalGroup[] {
  const t = useT();
  const areas = useWatch({ name: 'focusAreas' }) as Areas;
  return useMemo(
    () =>
      (areas ?? []).map((area, i) => ({
        label: area?.title?.trim() || t('wizard.measure.goal.unnamedArea', { n: i + 1 }),
        goals: (area?.goals ?? [])
          .filter((g) => g?.id)
          .map((g, j) => ({ id: g.id!, label: g.text?.trim() ? shorten(g.text, 80) : t('wizard.measure.goal.unnamed', { n: j + 1 }) })),
      })).filter((group) => group.goals.length > 0),
    [areas, t],
  );
}

/** The goals as options, one <optgroup> per focus area. */
export function GoalOptions({ groups }: { groups: GoalGroup[] }) {
  return (
    <>
      {groups.map((group, i) => (
        <Select.Optgroup key={i} label={group.label}>
          {group.goals.map((goal) => <Select.Option key={goal.id} value={goal.id}>{goal.label}</Select.Option>)}
        </Select.Optgroup>
      ))}
    </>
  );
}

/** Value of the filter that shows measures not tied to any goal. */
export const NO_GOAL = '__uten-mal';

/** Whether a measure with `goalId` is hidden by the filter (filtering only hides, it never unregisters). */
export function hiddenByFilter(filter: string, goalId: unknown): boolean {
  if (!filter) return false;
  if (filter === NO_GOAL) return typeof goalId === 'string' && goalId !== '';
  return goalId !== filter;
}
