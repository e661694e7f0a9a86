import { describe, expect, it } from 'vitest';
import { planCompleteness } from '#shared/plan/completeness.ts';
import type { PlanContent } from '#shared/plan/types.ts';
import { activityRow, planFrom, planRow, strategyRow, tacticRow } from './helpers.ts';

describe('planCompleteness', () => {
  it('finds nothing missing in a complete plan', () => {
    expect(planCompleteness(planFrom({ S1: { T1: ['A1'] } }), ['sammanfattning', 'bakgrund'])).toEqual([]);
  });

  it('lists what is missing in reading order: sections, then the outline row by row', () => {
    const content: PlanContent = {
      plan: planRow({
        sections: [
          { key: 'sammanfattning', title: 'Sammanfattning', text: '  \n ' },
          { key: 'bakgrund', title: 'Bakgrund', text: 'Finns.' },
          { key: 'uppfoljning', title: 'Uppföljning', text: '' },
        ],
      }),
      // The tables are shuffled on purpose: the list follows the outline, not the arrays.
      activities: [
        activityRow('A2', 'T2', 0, { responsible: '' }),
        activityRow('A1', 'T1', 0, { title: ' ', responsible: '' }),
      ],
      tactics: [
        tacticRow('T2', 'S2', 0, { who: { responsibleContactId: 'c-1', partnerContactIds: [], text: '' } }),
        tacticRow('T1', 'S1', 0, { who: { responsibleContactId: null, partnerContactIds: ['c-2'], text: '' }, how: '' }),
      ],
      strategies: [strategyRow('S2', 1, { what: ' \n' }), strategyRow('S1', 0, { why: '' })],
    };
    expect(planCompleteness(content, ['uppfoljning', 'mal', 'sammanfattning', 'bakgrund'])).toEqual([
      { kind: 'section', id: 'sammanfattning', field: 'text', code: 'empty' },
      { kind: 'section', id: 'uppfoljning', field: 'text', code: 'empty' },
      { kind: 'section', id: 'mal', field: 'text', code: 'empty' },
      { kind: 'strategy', id: 'S1', field: 'why', code: 'empty' },
      { kind: 'tactic', id: 'T1', field: 'who', code: 'empty' },
      { kind: 'tactic', id: 'T1', field: 'how', code: 'empty' },
      { kind: 'activity', id: 'A1', field: 'title', code: 'empty' },
      { kind: 'activity', id: 'A1', field: 'responsible', code: 'empty' },
      { kind: 'strategy', id: 'S2', field: 'what', code: 'empty' },
      { kind: 'activity', id: 'A2', field: 'responsible', code: 'empty' },
    ]);
  });

  it('says a plan without strategies has none, after the sections', () => {
    const content: PlanContent = { plan: planRow(), strategies: [], tactics: [], activities: [] };
    expect(planCompleteness(content, ['mal'])).toEqual([
      { kind: 'section', id: 'mal', field: 'text', code: 'empty' },
      { kind: 'plan', id: 'plan-1', field: 'strategies', code: 'empty' },
    ]);
  });

  it('counts a named responsible contact or a written who as enough for who', () => {
    const content = planFrom({ S1: { T1: [], T2: [] } });
    content.tactics = [
      tacticRow('T1', 'S1', 0, { who: { responsibleContactId: 'c-1', partnerContactIds: [], text: '' } }),
      tacticRow('T2', 'S1', 1, { who: { responsibleContactId: null, partnerContactIds: [], text: 'Kommunerna 🏛️' } }),
    ];
    expect(planCompleteness(content, [])).toEqual([]);
  });

  it('flags every activity dated outside the plan\'s period, after its other problems', () => {
    const content = planFrom({ S1: { T1: ['A1', 'A2', 'A3'] } }, planRow({ periodStart: 2027, periodEnd: 2028 }));
    const dates = { A1: ['2026-12-31', '2027-01-10'], A2: ['2027-01-01', '2028-12-31'], A3: ['2028-06-01', '2029-01-01'] } as const;
    content.activities = content.activities.map((a) => {
      const [startDate, endDate] = dates[a.id as keyof typeof dates];
      return { ...a, startDate, endDate, responsible: a.id === 'A3' ? '' : a.responsible };
    });
    expect(planCompleteness(content, [])).toEqual([
      { kind: 'activity', id: 'A1', field: 'dates', code: 'outsidePeriod' },
      { kind: 'activity', id: 'A3', field: 'responsible', code: 'empty' },
      { kind: 'activity', id: 'A3', field: 'dates', code: 'outsidePeriod' },
    ]);
  });
});
