import { describe, expect, it } from 'vitest';
import { fieldHref, fieldId, sectionOf, SECTION_IDS } from '../../src/wizard/sections';
import { normalize } from '../../src/wizard/normalize';
import { sectionStatuses } from '../../src/wizard/status';
import { completePlan, TODAY, variant } from '../fixtures/plans';
import { checkParsedPlan } from '../../src/plan/check';
import { RULES } from '../../src/plan/rules';
import { createPlan } from '../../src/plan/create';

describe('wizard sections', () => {
  it.each([
    [['measures', 2, 'responsible', 'unit'], 'tiltak'],
    [['municipalities', 0, 'adoption', 'body'], 'forankring'],
    [['municipalities', 1, 'name'], 'om-planen'],
    [['municipalities'], 'om-planen'],
    [['period', 'end'], 'planperiode'],
    [['followUp', 'finalEvaluation'], 'planperiode'],
    [['followUp', 'councilReporting'], 'oppfolging'],
    [['focusAreas', 0, 'goals', 1, 'text'], 'innsatsomrader'],
    [['knowledgeBase', 'sources', 0, 'date'], 'kunnskapsgrunnlag'],
    [['violenceForms'], 'malgrupper'],
  ] as const)('routes %j to %s', (path, section) => {
    expect(sectionOf([...path])).toBe(section);
  });

  it('links a finding to the exact field', () => {
    expect(fieldId(['measures', 2, 'responsible', 'unit'])).toBe('felt-measures-2-responsible-unit');
    expect(fieldHref(['measures', 2, 'deadline'])).toBe('/lag-plan/tiltak/#felt-measures-2-deadline');
  });

  it('routes every finding of every rule to a section that edits it', () => {
    const plan = createPlan({ planType: 'interkommunal', municipalities: [{ id: 'a', name: 'A' }], measures: [{ id: 'm', description: 'x' }], focusAreas: [{ id: 'f', title: 'F', goals: [{ id: 'g', text: 'G' }] }], knowledgeBase: { sources: [{ id: 's', name: 'S' }] } });
    const result = checkParsedPlan(plan, { today: TODAY });
    expect(new Set(result.findings.map((f) => f.ruleId)).size).toBeGreaterThan(RULES.length / 2);
    for (const f of result.findings) expect(SECTION_IDS).toContain(sectionOf(f.path));
  });
});

describe('normalize', () => {
  it('drops empty text and NaN but keeps everything else', () => {
    expect(normalize({ a: '', b: ' ', c: 'x', d: NaN, e: 0, f: [{ g: '' }, 'h'], i: false, j: null })).toEqual({ c: 'x', e: 0, f: [{}, 'h'], i: false });
  });
});

describe('section statuses', () => {
  it('marks an empty plan as not started everywhere', () => {
    const s = sectionStatuses(createPlan() as never, [], TODAY);
    expect(Object.values(s).every((v) => v === 'notStarted')).toBe(true);
  });

  it('marks finished sections done, and a started section with an unmet krav as needing a fix', () => {
    const plan = completePlan();
    const done = ['om-planen', 'forankring', 'planperiode', 'tiltak'];
    expect(sectionStatuses(plan as never, done, TODAY)).toMatchObject({ 'om-planen': 'done', tiltak: 'done', oppfolging: 'done' });
    const broken = { ...plan, measures: plan.measures.map((m, i) => (i === 0 ? { ...m, deadline: undefined, milestones: [] } : m)) };
    expect(sectionStatuses(broken as never, done, TODAY).tiltak).toBe('fix');
  });

  it('marks a section done when it is filled in with nothing left, without «Lagre og fortsett» (a plan from a file)', () => {
    const all = sectionStatuses(completePlan() as never, [], TODAY);
    for (const id of ['om-planen', 'forankring', 'planperiode', 'kunnskapsgrunnlag', 'malgrupper', 'innsatsomrader', 'tiltak', 'oppfolging'] as const) {
      expect(all[id], id).toBe('done');
    }
    // The step the user takes last, the check, is done only when the user says so.
    expect(all.sjekk).toBe('notStarted');
    // Something left in a section keeps it «Påbegynt»: a measure without a deadline or milestone, a missing source.
    const noDeadline = variant(completePlan(), (p) => { p.measures[0].deadline = undefined; p.measures[0].milestones = []; });
    expect(sectionStatuses(noDeadline as never, [], TODAY)).toMatchObject({ tiltak: 'started', 'om-planen': 'done' });
    const noSources = variant(completePlan(), (p) => { p.knowledgeBase.sources = []; });
    expect(sectionStatuses(noSources as never, [], TODAY).kunnskapsgrunnlag).toBe('started');
    // A plan with just a title is not done anywhere.
    expect(sectionStatuses({ ...createPlan(), title: 'Handlingsplan' } as never, [], TODAY)['om-planen']).toBe('started');
  });
});
