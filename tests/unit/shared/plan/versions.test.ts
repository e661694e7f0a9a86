import { describe, expect, it } from 'vitest';
import { planVersionSchema, type PlanSnapshot } from '#shared/domain/plan.ts';
import { applyChange, indent } from '#shared/plan/outline.ts';
import type { PlanContent } from '#shared/plan/types.ts';
import { comparePlans, newPeriod, planAfterEdit, previewNewPeriod, snapshotPlan, submitPlan, type DiffEntry } from '#shared/plan/versions.ts';
import { activityRow, deepFreeze, invariantProblems, planFrom, planRow, strategyRow, tacticRow } from './helpers.ts';

const now = '2026-11-27T09:30:00.000Z';
const nbsp = '\u00a0';
const indicator = { name: 'Nystartade företag', unit: 'per 1 000 inv.', baselineYear: 2025, baselineValue: 8.4, targetYear: 2028, targetValue: 10 };

function sample(): PlanContent {
  const content = planFrom({ S1: { T1: ['A1', 'A2', 'A3'] }, S2: { T2: ['A4'] } });
  content.strategies[0] = strategyRow('S1', 0, { indicators: [indicator] });
  content.tactics[0] = tacticRow('T1', 'S1', 0, { who: { responsibleContactId: 'c-1', partnerContactIds: ['c-2'], text: 'UF' }, perspectives: [{ perspective: 'barn och unga', note: 'Gymnasieelever' }] });
  return content;
}

/** `kind id change` per entry: the order and kind of every change at a glance. */
function summary(entries: DiffEntry[]): string[] {
  return entries.map((e) => `${e.kind} ${e.id} ${e.change}`);
}

function edit(content: PlanContent, changes: (draft: PlanContent) => void): PlanSnapshot {
  const draft = snapshotPlan(content);
  changes(draft);
  return draft;
}

describe('snapshotPlan', () => {
  it('copies everything deeply, so editing the plan later never changes a version', () => {
    const content = sample();
    const snapshot = snapshotPlan(content);
    expect(snapshot).toEqual(content);
    expect(snapshot.strategies[0]?.indicators[0]).not.toBe(content.strategies[0]?.indicators[0]);
    expect(snapshot.tactics[0]?.who.partnerContactIds).not.toBe(content.tactics[0]?.who.partnerContactIds);
    expect(snapshot.plan.sections[0]).not.toBe(content.plan.sections[0]);
  });
});

describe('submitPlan and planAfterEdit', () => {
  it('hands the plan in with its current version number', () => {
    const content = deepFreeze(sample());
    const { version, plan } = submitPlan(content, 'ver-1', now);
    expect(plan).toMatchObject({ status: 'submitted', version: 1, updatedAt: now });
    expect(version).toMatchObject({ id: 'ver-1', planId: 'plan-1', version: 1, submittedAt: now });
    expect(version.snapshot.plan.status).toBe('submitted');
    expect(version.snapshot.activities).toEqual(content.activities);
    expect(planVersionSchema.safeParse(version).success).toBe(true);
    expect(content.plan.status).toBe('draft');
  });

  it.each([
    ['draft', 'draft', 3],
    ['submitted', 'draft', 4],
    ['adopted', 'draft', 4],
  ] as const)('an edit of a %s plan (version 3) stores a %s, version %i', (status, expected, version) => {
    expect(planAfterEdit(planRow({ status, version: 3 }))).toMatchObject({ status: expected, version });
  });

  it('starts version 2 with the first edit after submission, and only then', () => {
    const { plan } = submitPlan(sample(), 'ver-1', now);
    const edited = planAfterEdit(plan);
    expect(edited).toMatchObject({ status: 'draft', version: 2 });
    expect(planAfterEdit(edited)).toBe(edited);
  });
});

describe('comparePlans', () => {
  it('finds nothing between a plan and itself, or when only bookkeeping changed', () => {
    const before = snapshotPlan(sample());
    expect(comparePlans(before, before).entries).toEqual([]);
    const after = edit(sample(), (d) => {
      d.plan = { ...d.plan, status: 'draft', version: 2, updatedAt: now };
    });
    expect(comparePlans(before, after).entries).toEqual([]);
  });

  it('lists added, removed, edited and moved rows in the order of the new plan, removed ones where they were', () => {
    const before = snapshotPlan(sample());
    const after = edit(sample(), (d) => {
      d.activities = d.activities.filter((a) => a.id !== 'A2');
      d.activities = d.activities.map((a) => {
        if (a.id === 'A1') return { ...a, title: 'Kickoff för lärare', costOre: 1_500_050, order: 1 };
        if (a.id === 'A3') return { ...a, order: 0 };
        if (a.id === 'A4') return { ...a, status: 'done' as const };
        return a;
      });
      d.activities.push(activityRow('A5', 'T1', 2));
      d.strategies = d.strategies.map((s) => (s.id === 'S2' ? { ...s, why: 'Nytt motiv' } : s));
    });
    const { entries } = comparePlans(before, after);
    expect(summary(entries)).toEqual(['activity A3 moved', 'activity A1 edited', 'activity A2 removed', 'activity A5 added', 'strategy S2 edited', 'activity A4 edited']);
    expect(entries[1]).toEqual({
      kind: 'activity',
      id: 'A1',
      title: 'Kickoff för lärare',
      change: 'edited',
      fields: [
        { field: 'title', before: 'Aktivitet A1', after: 'Kickoff för lärare' },
        { field: 'costOre', before: `12${nbsp}500 kr`, after: `15${nbsp}000,50 kr` },
      ],
    });
    expect(entries[2]).toMatchObject({ title: 'Aktivitet A2', fields: [] });
    expect(entries[4]?.fields).toEqual([{ field: 'why', before: 'Varför S2', after: 'Nytt motiv' }]);
    expect(entries[5]?.fields).toEqual([{ field: 'status', before: 'planned', after: 'done' }]);
  });

  it('renders indicators, who and perspectives readably, field by field', () => {
    const before = snapshotPlan(sample());
    const after = edit(sample(), (d) => {
      d.strategies = d.strategies.map((s) => (s.id === 'S1' ? { ...s, indicators: [{ ...indicator, targetValue: 12.5 }, { ...indicator, name: 'UF-företag', baselineValue: null, targetValue: 300, baselineYear: null }] } : s));
      d.tactics = d.tactics.map((t) =>
        t.id === 'T1' ? { ...t, who: { ...t.who, text: 'Ung Företagsamhet', partnerContactIds: ['c-2', 'c-3'] }, perspectives: [...t.perspectives, { perspective: 'jämställdhet', note: '' }] } : t,
      );
    });
    const { entries } = comparePlans(before, after);
    expect(entries[0]?.fields).toEqual([
      {
        field: 'indicators',
        before: 'Nystartade företag: 8,4 → 10 (2025 → 2028)',
        after: 'Nystartade företag: 8,4 → 12,5 (2025 → 2028)\nUF-företag: – → 300 (– → 2028)',
      },
    ]);
    expect(entries[1]?.fields).toEqual([
      { field: 'who.partnerContactIds', before: 'c-2', after: 'c-2, c-3' },
      { field: 'who.text', before: 'UF', after: 'Ung Företagsamhet' },
      { field: 'perspectives', before: 'barn och unga: Gymnasieelever', after: 'barn och unga: Gymnasieelever\njämställdhet' },
    ]);
  });

  it('shows the unit of an indicator when the unit is what changed', () => {
    const before = snapshotPlan(sample());
    const after = edit(sample(), (d) => {
      d.strategies = d.strategies.map((s) => (s.id === 'S1' ? { ...s, indicators: [{ ...indicator, unit: 'per 10 000 inv.' }] } : s));
    });
    expect(comparePlans(before, after).entries[0]?.fields).toEqual([
      {
        field: 'indicators',
        before: 'Nystartade företag: 8,4 → 10 per 1 000 inv. (2025 → 2028)',
        after: 'Nystartade företag: 8,4 → 10 per 10 000 inv. (2025 → 2028)',
      },
    ]);
  });

  it('calls a row moved to another parent moved, naming the parents, and moved-and-edited edited', () => {
    const before = snapshotPlan(sample());
    const after = edit(sample(), (d) => {
      d.activities = d.activities.map((a) => {
        if (a.id === 'A4') return { ...a, tacticId: 'T1', order: 3 };
        if (a.id === 'A1') return { ...a, tacticId: 'T2', order: 0, notes: 'Flyttad' };
        if (a.id === 'A2' || a.id === 'A3') return { ...a, order: a.order - 1 };
        return a;
      });
    });
    const { entries } = comparePlans(before, after);
    expect(summary(entries)).toEqual(['activity A4 moved', 'activity A1 edited']);
    expect(entries[0]?.fields).toEqual([{ field: 'tacticId', before: 'Taktik T2', after: 'Taktik T1' }]);
    expect(entries[1]?.fields).toEqual([
      { field: 'notes', before: 'Anteckning A1', after: 'Flyttad' },
      { field: 'tacticId', before: 'Taktik T1', after: 'Taktik T2' },
    ]);
  });

  it('does not call later siblings moved when a row is inserted before them', () => {
    const before = snapshotPlan(sample());
    const after = edit(sample(), (d) => {
      d.strategies = [strategyRow('S0', 0), ...d.strategies.map((s) => ({ ...s, order: s.order + 1 }))];
    });
    expect(summary(comparePlans(before, after).entries)).toEqual(['strategy S0 added']);
  });

  it('shows a row that changed kind (Tab) as removed and added', () => {
    const content = planFrom({ S1: { T1: [] }, S2: {} });
    const result = indent(content, 'S2', { today: '2026-11-27' });
    if (!result.ok) throw new Error('vägrades');
    const after = snapshotPlan(applyChange(content, result.change));
    expect(summary(comparePlans(snapshotPlan(content), after).entries)).toEqual(['strategy S2 removed', 'tactic S2 added']);
  });

  it('compares the plan and its sections: added, removed, edited, moved', () => {
    const content = sample();
    content.plan = planRow({
      sections: [
        { key: 'a', title: 'A', text: 'ett' },
        { key: 'b', title: 'B', text: 'två' },
        { key: 'c', title: 'C', text: 'tre' },
        { key: 'd', title: 'D', text: 'fyra' },
      ],
    });
    const after = edit(content, (d) => {
      d.plan = {
        ...d.plan,
        title: 'Handlingsplan IE 2026–2028',
        periodEnd: 2029,
        sections: [
          { key: 'c', title: 'C', text: 'tre' },
          { key: 'a', title: 'A', text: 'ett' },
          { key: 'd', title: 'D', text: 'fyra 🚀' },
          { key: 'e', title: 'E', text: '' },
        ],
      };
    });
    const { entries } = comparePlans(snapshotPlan(content), after);
    expect(summary(entries)).toEqual(['plan plan-1 edited', 'section c moved', 'section b removed', 'section d edited', 'section e added']);
    expect(entries[0]?.fields).toEqual([
      { field: 'periodEnd', before: '2028', after: '2029' },
      { field: 'title', before: 'Handlingsplan Innovationer och entreprenörskap 2026–2028', after: 'Handlingsplan IE 2026–2028' },
    ]);
    expect(entries[3]?.fields).toEqual([{ field: 'text', before: 'fyra', after: 'fyra 🚀' }]);
  });

  it('compares 1 000 activities with 1 000 activities well within 100 ms', () => {
    const tree: Record<string, Record<string, string[]>> = {};
    for (let s = 0; s < 5; s++) {
      const tactics: Record<string, string[]> = {};
      for (let t = 0; t < 4; t++) tactics[`s${s}-t${t}`] = Array.from({ length: 50 }, (_, a) => `s${s}-t${t}-a${a}`);
      tree[`s${s}`] = tactics;
    }
    const before = snapshotPlan(planFrom(tree));
    const after = edit(planFrom(tree), (d) => {
      d.activities = d.activities
        .filter((_, i) => i % 50 !== 7)
        .map((a, i) => (i % 10 === 0 ? { ...a, title: `${a.title} (ändrad)`, costOre: a.costOre + 100 } : a));
      d.activities.push(...Array.from({ length: 25 }, (_, i) => activityRow(`ny-${i}`, 's0-t0', 50 + i)));
    });
    expect(after.activities.length).toBeGreaterThan(1_000);
    // Speed is measured by npm run bench (plan diff), not here.
    const { entries } = comparePlans(before, after);
    expect(entries.filter((e) => e.change === 'removed')).toHaveLength(20);
    expect(entries.filter((e) => e.change === 'added')).toHaveLength(25);
    expect(entries.filter((e) => e.change === 'moved')).toHaveLength(0);
  });
});

describe('newPeriod', () => {
  function counterIds(): { planId: string; newId: (oldId: string) => string; calls: string[] } {
    const calls: string[] = [];
    return {
      planId: 'plan-2',
      calls,
      newId: (oldId) => {
        calls.push(oldId);
        return `ny-${calls.length}`;
      },
    };
  }

  it('copies the plan for the following period of the same length, with open activities only', () => {
    const content = deepFreeze(
      (() => {
        const c = planFrom({ S1: { T1: ['A1', 'A2', 'A3', 'A4'] }, S2: { T2: ['A5'] } });
        const status = { A1: 'done', A2: 'ongoing', A3: 'cancelled', A4: 'delayed', A5: 'done' } as const;
        c.activities = c.activities.map((a) => ({ ...a, status: status[a.id as keyof typeof status] }));
        return c;
      })(),
    );
    const ids = counterIds();
    const next = newPeriod(content, ids, '2028-12-01');
    expect(next.plan).toMatchObject({
      id: 'plan-2',
      goalAreaId: 'ga-ie',
      periodStart: 2029,
      periodEnd: 2031,
      title: 'Handlingsplan Innovationer och entreprenörskap 2029–2031',
      status: 'draft',
      version: 1,
      updatedAt: '2028-12-01T00:00:00.000Z',
      sections: content.plan.sections,
    });
    expect(next.strategies.map((s) => s.title)).toEqual(['Strategi S1', 'Strategi S2']);
    expect(next.tactics.map((t) => t.title)).toEqual(['Taktik T1', 'Taktik T2']);
    expect(next.activities.map((a) => [a.title, a.status, a.startDate, a.order])).toEqual([
      ['Aktivitet A2', 'ongoing', '2026-09-01', 0],
      ['Aktivitet A4', 'delayed', '2026-09-01', 1],
    ]);
    expect(invariantProblems(next)).toEqual([]);
    expect([...next.strategies, ...next.tactics, ...next.activities].every((r) => r.planId === 'plan-2' && r.id.startsWith('ny-'))).toBe(true);
    expect(new Set(ids.calls).size).toBe(ids.calls.length);
  });

  it.each([
    [2026, 2026, 'Handlingsplan 2026', 2027, 2027, 'Handlingsplan 2027'],
    [2026, 2029, 'Plan 2026-2029 för IE', 2030, 2033, 'Plan 2030-2033 för IE'],
    [2026, 2028, 'Plan utan årtal', 2029, 2031, 'Plan utan årtal'],
    [2099, 2100, 'Plan 2099–2100', 2100, 2100, 'Plan 2100'],
  ])('moves %i–%i (%j) to %i–%i (%j)', (periodStart, periodEnd, title, start, end, newTitle) => {
    const content = planFrom({}, planRow({ periodStart, periodEnd, title }));
    expect(newPeriod(content, counterIds(), '2026-11-27').plan).toMatchObject({ periodStart: start, periodEnd: end, title: newTitle });
  });
});

describe('previewNewPeriod and newPeriod with moved dates', () => {
  function withStatuses(): PlanContent {
    const c = planFrom({ S1: { T1: ['A1', 'A2', 'A3', 'A4'] } });
    const rows = {
      A1: { status: 'done', startDate: '2026-03-01', endDate: '2026-03-02' },
      A2: { status: 'ongoing', startDate: '2026-01-31', endDate: '2028-02-29' },
      A3: { status: 'cancelled', startDate: '2026-05-01', endDate: '2026-05-01' },
      A4: { status: 'planned', startDate: '2028-12-31', endDate: '2028-12-31' },
    } as const;
    c.activities = c.activities.map((a) => ({ ...a, ...rows[a.id as keyof typeof rows] }));
    return deepFreeze(c);
  }
  const ids = () => ({ planId: 'plan-2', newId: (oldId: string) => `ny-${oldId}` });

  it('says which period comes next and how many activities are carried and left behind', () => {
    expect(previewNewPeriod(withStatuses())).toEqual({ periodStart: 2029, periodEnd: 2031, carried: 2, leftBehind: 2, shiftYears: 3 });
  });

  it('moves the carried activities by the period length, with 29 February becoming 28 February', () => {
    const next = newPeriod(withStatuses(), ids(), '2028-12-01', { moveDates: true });
    expect(next.activities.map((a) => [a.title, a.startDate, a.endDate])).toEqual([
      ['Aktivitet A2', '2029-01-31', '2031-02-28'],
      ['Aktivitet A4', '2031-12-31', '2031-12-31'],
    ]);
    expect(invariantProblems(next)).toEqual([]);
  });

  it('keeps the dates when not asked to move them', () => {
    const next = newPeriod(withStatuses(), ids(), '2028-12-01', { moveDates: false });
    expect(next.activities.map((a) => [a.startDate, a.endDate])).toEqual([
      ['2026-01-31', '2028-02-29'],
      ['2028-12-31', '2028-12-31'],
    ]);
  });

  it('moves a one-year plan by one year; at 2100 the period cannot move and neither do the dates', () => {
    const oneYear = planFrom({ S1: { T1: ['A1'] } }, planRow({ periodStart: 2027, periodEnd: 2027, title: 'Plan 2027' }));
    oneYear.activities = oneYear.activities.map((a) => ({ ...a, startDate: '2027-01-31', endDate: '2027-12-31' }));
    expect(newPeriod(oneYear, ids(), '2027-12-01', { moveDates: true }).activities.map((a) => [a.startDate, a.endDate])).toEqual([['2028-01-31', '2028-12-31']]);
    const last = planFrom({ S1: { T1: ['A1'] } }, planRow({ periodStart: 2100, periodEnd: 2100, title: 'Plan 2100' }));
    expect(previewNewPeriod(last).shiftYears).toBe(0);
    expect(newPeriod(last, ids(), '2100-01-01', { moveDates: true }).activities[0]?.startDate).toBe('2026-09-01');
  });
});
