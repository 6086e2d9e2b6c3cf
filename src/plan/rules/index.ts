/**
 * The only rule registry. The checker, the wizard, the checker page and the
 * rules page all read this list, in this order: krav first, then anbefalinger.
 */
import type { Rule } from './types';
import politicalAdoption from './political-adoption';
import hasMeasures from './has-measures';
import measureProgress from './measure-progress';
import statedPeriod from './stated-period';
import currentPeriod from './current-period';
import placementDecided from './placement-decided';
import concreteResponsibility from './concrete-responsibility';
import goalsAndMeasuresLinked from './goals-and-measures-linked';
import resourcesStated from './resources-stated';
import measureIndicator from './measure-indicator';
import annualCouncilReporting from './annual-council-reporting';
import finalEvaluationBeforeEnd from './final-evaluation-before-end';
import midTermEvaluation from './mid-term-evaluation';
import resourceGroup from './resource-group';
import primaryTargetGroups from './primary-target-groups';
import ageGroupsCovered from './age-groups-covered';
import honourRelatedViolence from './honour-related-violence';
import currentKnowledgeBase from './current-knowledge-base';
import publishedOnWebsite from './published-on-website';
import revisionAfterElection from './revision-after-election';
import periodLength from './period-length';
import intermunicipalLocalMeasures from './intermunicipal-local-measures';
import intermunicipalLocalAdoption from './intermunicipal-local-adoption';
import councilAdoption from './council-adoption';
import datesWithinPeriod from './dates-within-period';

export const RULES: readonly Rule[] = [
  politicalAdoption,
  hasMeasures,
  measureProgress,
  statedPeriod,
  currentPeriod,
  placementDecided,
  concreteResponsibility,
  goalsAndMeasuresLinked,
  resourcesStated,
  measureIndicator,
  datesWithinPeriod,
  annualCouncilReporting,
  finalEvaluationBeforeEnd,
  midTermEvaluation,
  resourceGroup,
  primaryTargetGroups,
  ageGroupsCovered,
  honourRelatedViolence,
  currentKnowledgeBase,
  publishedOnWebsite,
  revisionAfterElection,
  periodLength,
  intermunicipalLocalMeasures,
  intermunicipalLocalAdoption,
  councilAdoption,
];

export const KRAV = RULES.filter((r) => r.kind === 'krav');
export const ANBEFALINGER = RULES.filter((r) => r.kind === 'anbefaling');

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

export type { Rule, Finding, RuleKind, Lang, Text, FieldPath, CheckContext } from './types';
