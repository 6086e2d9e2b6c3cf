import { completePlan, variant } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';
import type { Plan } from '../../../src/plan/schema';

const kb = (knowledgeBase: Plan['knowledgeBase']) =>
  variant(completePlan(), (p) => {
    p.knowledgeBase = knowledgeBase;
  });
const situation = 'Kort beskrivelse av tjenestene i dag.';
const source = (date?: string) => kb({ situation, sources: [{ id: 'd1', name: 'Ungdata', date }] });
const sourcePath = ['knowledgeBase', 'sources', 0, 'date'];

ruleTable(
  'current-knowledge-base',
  [
    { name: 'situation and recent dated sources', plan: completePlan() },
    { name: 'a source from 2023 (today 2026-11-21)', plan: source('2023') },
    { name: 'a source from 2022, judged by 31 December 2022', plan: source('2022') },
    { name: 'a source dated exactly four years before today', plan: source('2022-11-21') },
    { name: 'a 2021 source when today is 2025-06-01', plan: source('2021'), options: { reportingYear: 2025, today: '2025-06-01' } },
  ],
  [
    {
      name: 'a source from 2021 (today 2026-11-21)',
      plan: source('2021'),
      expected: [{ messageId: 'stale', path: sourcePath, params: { source: 'Ungdata', date: '2021' } }],
    },
    {
      name: 'a source dated one day more than four years ago',
      plan: source('2022-11-20'),
      expected: [{ messageId: 'stale', path: sourcePath, params: { date: '2022-11-20' } }],
    },
    { name: 'an undated source', plan: source(undefined), expected: [{ messageId: 'undated', path: sourcePath, params: { source: 'Ungdata' } }] },
    { name: 'no sources', plan: kb({ situation, sources: [] }), expected: [{ messageId: 'noSources', path: ['knowledgeBase', 'sources'] }] },
    {
      name: 'no situation description',
      plan: kb({ sources: [{ id: 'd1', name: 'KOSTRA', date: '2025' }] }),
      expected: [{ messageId: 'noSituation', path: ['knowledgeBase', 'situation'] }],
    },
    {
      name: 'nothing at all',
      plan: kb({ situation: '  ', sources: [] }),
      expected: [
        { messageId: 'noSituation', path: ['knowledgeBase', 'situation'] },
        { messageId: 'noSources', path: ['knowledgeBase', 'sources'] },
      ],
    },
    {
      name: 'one fresh, one stale and one undated source',
      plan: kb({
        situation,
        sources: [
          { id: 'd1', name: 'Folkehelseoversikten', date: '2024' },
          { id: 'd2', name: 'Politiets tall', date: '2019-05-01' },
          { id: 'd3', name: 'Ungdata' },
        ],
      }),
      expected: [
        { messageId: 'stale', path: ['knowledgeBase', 'sources', 1, 'date'], params: { source: 'Politiets tall' } },
        { messageId: 'undated', path: ['knowledgeBase', 'sources', 2, 'date'], params: { source: 'Ungdata' } },
      ],
    },
  ],
);
