import { describe, expect, it } from 'vitest';
import {
  addFirst,
  addSibling,
  applyChange,
  indent,
  invertChange,
  moveDown,
  moveUp,
  outdent,
  outlineRows,
  removeNode,
  type OutlineResult,
} from '#shared/plan/outline.ts';
import type { PlanChange, PlanContent } from '#shared/plan/types.ts';
import { activityRow, deepFreeze, invariantProblems, planFrom, planRow, shape, strategyRow, tacticRow, type Tree } from './helpers.ts';

const defaults = { today: '2027-03-15' };

// S1 ─ T1 ─ A1 A2 A3
//    └ T2 ─ A4
// S2 ─ T3
// S3
const baseTree: Tree = { S1: { T1: ['A1', 'A2', 'A3'], T2: ['A4'] }, S2: { T3: [] }, S3: {} };
const base = (): PlanContent => planFrom(baseTree);

/** Applies an accepted operation, checking the plan is still sound; fails the test on a refusal. */
function applied(content: PlanContent, result: OutlineResult): PlanContent {
  if (!result.ok) throw new Error(`vägrades: ${result.reason}`);
  const next = applyChange(content, result.change);
  expect(invariantProblems(next)).toEqual([]);
  expect(next.strategies.some((r) => r.id === result.focusId) || next.tactics.some((r) => r.id === result.focusId) || next.activities.some((r) => r.id === result.focusId)).toBe(true);
  return next;
}

function ids(change: PlanChange): Record<string, string[]> {
  return {
    putStrategies: change.put.strategies.map((r) => r.id).sort(),
    putTactics: change.put.tactics.map((r) => r.id).sort(),
    putActivities: change.put.activities.map((r) => r.id).sort(),
    removeStrategies: [...change.remove.strategies].sort(),
    removeTactics: [...change.remove.tactics].sort(),
    removeActivities: [...change.remove.activities].sort(),
  };
}

const none = { putStrategies: [], putTactics: [], putActivities: [], removeStrategies: [], removeTactics: [], removeActivities: [] };

describe('outlineRows', () => {
  it('lists strategies, tactics and activities in reading order with depth, parent and children', () => {
    expect(shape(base())).toEqual(['S1', '  T1', '    A1', '    A2', '    A3', '  T2', '    A4', 'S2', '  T3', 'S3']);
    const rows = outlineRows(base());
    expect(rows[1]).toEqual({ id: 'T1', kind: 'tactic', depth: 1, parentId: 'S1', title: 'Taktik T1', hasChildren: true });
    expect(rows[8]).toMatchObject({ id: 'T3', hasChildren: false });
    expect(rows[0]).toMatchObject({ id: 'S1', kind: 'strategy', depth: 0, parentId: null });
    expect(rows[2]).toMatchObject({ id: 'A1', kind: 'activity', depth: 2, parentId: 'T1', hasChildren: false });
  });

  it('sorts by order, not by array position, and breaks ties by id', () => {
    const content: PlanContent = {
      plan: planRow(),
      strategies: [strategyRow('c', 1), strategyRow('b', 0), strategyRow('a', 0)],
      tactics: [],
      activities: [],
    };
    expect(shape(content)).toEqual(['a', 'b', 'c']);
  });

  it('leaves out the children of collapsed rows but still says they have children', () => {
    expect(shape(base(), new Set(['T1', 'S2']))).toEqual(['S1', '  T1', '  T2', '    A4', 'S2', 'S3']);
    expect(outlineRows(base(), new Set(['S1']))[0]).toMatchObject({ id: 'S1', hasChildren: true });
  });

  it('shows orphans at the end instead of dropping them', () => {
    const content = planFrom({ S1: { T1: ['A1'] } });
    content.tactics.push(tacticRow('TX', 'borttagen-strategi', 0));
    content.activities.push(activityRow('AX', 'TX', 0), activityRow('AY', 'borttagen-taktik', 0));
    expect(shape(content)).toEqual(['S1', '  T1', '    A1', '  TX', '    AX', '    AY']);
    expect(outlineRows(content).find((r) => r.id === 'TX')).toMatchObject({ parentId: 'borttagen-strategi', hasChildren: true });
  });
});

describe('addSibling (Enter)', () => {
  it('adds an empty activity right after the row and shifts only the later siblings', () => {
    const result = addSibling(base(), 'A1', 'N', defaults);
    const next = applied(base(), result);
    expect(shape(next).slice(1, 6)).toEqual(['  T1', '    A1', '    N', '    A2', '    A3']);
    expect(result.ok && ids(result.change)).toEqual({ ...none, putActivities: ['A2', 'A3', 'N'] });
    expect(next.activities.find((a) => a.id === 'N')).toEqual({
      id: 'N',
      planId: 'plan-1',
      tacticId: 'T1',
      title: '',
      responsible: '',
      startDate: '2027-03-15',
      endDate: '2027-03-15',
      status: 'planned',
      costOre: 0,
      projectId: null,
      relatedGoalAreaIds: [],
      notes: '',
      order: 1,
    });
    expect(result.ok && result.focusId).toBe('N');
  });

  it.each([
    ['2025-06-01', '2026-01-01'],
    ['2027-03-15', '2027-03-15'],
    ['2031-02-02', '2028-12-31'],
  ])('dates a new activity added on %s to %s, inside the plan period', (today, date) => {
    const next = applied(base(), addSibling(base(), 'A3', 'N', { today }));
    expect(next.activities.find((a) => a.id === 'N')).toMatchObject({ startDate: date, endDate: date });
  });

  it('adds empty tactics and strategies with their own defaults', () => {
    const withTactic = applied(base(), addSibling(base(), 'T1', 'NT', defaults));
    expect(withTactic.tactics.find((t) => t.id === 'NT')).toEqual({
      id: 'NT',
      planId: 'plan-1',
      strategyId: 'S1',
      title: '',
      who: { responsibleContactId: null, partnerContactIds: [], text: '' },
      how: '',
      perspectives: [],
      order: 1,
    });
    const withStrategy = applied(base(), addSibling(base(), 'S3', 'NS', defaults));
    expect(withStrategy.strategies.find((s) => s.id === 'NS')).toEqual({
      id: 'NS',
      planId: 'plan-1',
      title: '',
      why: '',
      effectGoal: '',
      what: '',
      target: '',
      indicators: [],
      order: 3,
    });
  });

  it('refuses an unknown row and treats a reused id as a bug', () => {
    expect(addSibling(base(), 'finns-inte', 'N', defaults)).toEqual({ ok: false, reason: 'notFound' });
    expect(() => addSibling(base(), 'A1', 'A2', defaults)).toThrow();
  });
});

describe('addFirst', () => {
  it.each([
    ['activity', 'T3', ['S2', '  T3', '    N', 'S3']],
    ['activity', 'T1', ['    A3', '    N', '  T2']],
    ['tactic', 'S3', ['S3', '  N']],
    ['strategy', null, ['S3', 'N']],
  ] as const)('adds a %s as the last child of %s', (kind, parentId, around) => {
    const lines = shape(applied(base(), addFirst(base(), kind, parentId, 'N', defaults)));
    const at = lines.indexOf(around[0]);
    expect(lines.slice(at, at + around.length)).toEqual(around);
  });

  it.each([
    ['tactic', null],
    ['activity', 'S1'],
    ['strategy', 'S1'],
    ['activity', 'finns-inte'],
  ] as const)('refuses a %s under %s', (kind, parentId) => {
    expect(addFirst(base(), kind, parentId, 'N', defaults)).toEqual({ ok: false, reason: 'notFound' });
  });
});

describe('indent (Tab)', () => {
  it.each([
    ['A2', 'tooDeep'],
    ['T1', 'tooDeep'],
    ['S1', 'tooDeep'],
    ['S2', 'tooDeep'],
    ['T3', 'noPreviousSibling'],
    ['finns-inte', 'notFound'],
  ])('refuses %s: %s', (id, reason) => {
    expect(indent(base(), id, defaults)).toEqual({ ok: false, reason });
  });

  it('turns a childless strategy into the last tactic of the strategy before it, keeping title and text', () => {
    const result = indent(base(), 'S3', defaults);
    const next = applied(base(), result);
    expect(shape(next).slice(-3)).toEqual(['S2', '  T3', '  S3']);
    expect(result.ok && ids(result.change)).toEqual({ ...none, putTactics: ['S3'], removeStrategies: ['S3'] });
    expect(next.tactics.find((t) => t.id === 'S3')).toEqual({
      id: 'S3',
      planId: 'plan-1',
      strategyId: 'S2',
      title: 'Strategi S3',
      who: { responsibleContactId: null, partnerContactIds: [], text: '' },
      how: 'Vad S3',
      perspectives: [],
      order: 1,
    });
  });

  it('closes the gap among the strategies that follow', () => {
    const content = planFrom({ S1: { T1: ['A1'] }, S2: {}, S3: {} });
    const result = indent(content, 'S2', defaults);
    expect(result.ok && ids(result.change)).toEqual({ ...none, putStrategies: ['S3'], putTactics: ['S2'], removeStrategies: ['S2'] });
    expect(shape(applied(content, result))).toEqual(['S1', '  T1', '    A1', '  S2', 'S3']);
  });

  it('turns a childless tactic into an activity dated today, its how becoming the notes', () => {
    const content = planFrom({ S1: { T1: ['A1'], T2: [] } });
    const next = applied(content, indent(content, 'T2', defaults));
    expect(shape(next)).toEqual(['S1', '  T1', '    A1', '    T2']);
    expect(next.activities.find((a) => a.id === 'T2')).toMatchObject({
      title: 'Taktik T2',
      notes: 'Hur T2',
      tacticId: 'T1',
      order: 1,
      startDate: '2027-03-15',
      status: 'planned',
      costOre: 0,
    });
  });
});

describe('outdent (Shift+Tab)', () => {
  it('makes an activity the tactic right after its own tactic', () => {
    const result = outdent(base(), 'A2', defaults);
    const next = applied(base(), result);
    expect(shape(next).slice(0, 8)).toEqual(['S1', '  T1', '    A1', '    A3', '  A2', '  T2', '    A4', 'S2']);
    expect(result.ok && ids(result.change)).toEqual({ ...none, putTactics: ['A2', 'T2'], putActivities: ['A3'], removeActivities: ['A2'] });
    expect(next.tactics.find((t) => t.id === 'A2')).toMatchObject({ title: 'Aktivitet A2', how: 'Anteckning A2', strategyId: 'S1', order: 1 });
  });

  it('makes a tactic a strategy and brings its activities along as tactics', () => {
    const result = outdent(base(), 'T1', defaults);
    const next = applied(base(), result);
    expect(shape(next)).toEqual(['S1', '  T2', '    A4', 'T1', '  A1', '  A2', '  A3', 'S2', '  T3', 'S3']);
    expect(result.ok && ids(result.change)).toEqual({
      ...none,
      putStrategies: ['S2', 'S3', 'T1'],
      putTactics: ['A1', 'A2', 'A3', 'T2'],
      removeTactics: ['T1'],
      removeActivities: ['A1', 'A2', 'A3'],
    });
    expect(next.strategies.find((s) => s.id === 'T1')).toMatchObject({ what: 'Hur T1', why: '', order: 1 });
    expect(next.tactics.find((t) => t.id === 'A3')).toMatchObject({ how: 'Anteckning A3', strategyId: 'T1', order: 2 });
  });

  it('refuses a strategy and an unknown row', () => {
    expect(outdent(base(), 'S2', defaults)).toEqual({ ok: false, reason: 'topLevel' });
    expect(outdent(base(), 'finns-inte', defaults)).toEqual({ ok: false, reason: 'notFound' });
  });

  it('gives back the outline, title and main text after Tab then Shift+Tab; other fields start over', () => {
    const there = applied(base(), indent(base(), 'S3', defaults));
    const back = applied(there, outdent(there, 'S3', defaults));
    expect(shape(back)).toEqual(shape(base()));
    expect(back.strategies.find((s) => s.id === 'S3')).toMatchObject({ title: 'Strategi S3', what: 'Vad S3', why: '' });
  });

  it('lifts an orphan tactic to a strategy at the end, where the outline shows it', () => {
    const content = planFrom({ S1: {} });
    content.tactics.push(tacticRow('TX', 'borttagen', 0));
    const result = outdent(content, 'TX', defaults);
    expect(shape(applied(content, result))).toEqual(['S1', 'TX']);
  });
});

describe('moveUp / moveDown (Alt+↑/↓)', () => {
  it('swaps with a sibling and puts only the two rows', () => {
    const result = moveUp(base(), 'A2');
    expect(result.ok && ids(result.change)).toEqual({ ...none, putActivities: ['A1', 'A2'] });
    expect(shape(applied(base(), result)).slice(2, 5)).toEqual(['    A2', '    A1', '    A3']);
  });

  it.each([
    ['up', 'A4', ['S1', '  T1', '    A1', '    A2', '    A3', '    A4', '  T2', 'S2', '  T3', 'S3']],
    ['up', 'T3', ['S1', '  T1', '    A1', '    A2', '    A3', '  T2', '    A4', '  T3', 'S2', 'S3']],
    ['up', 'S2', ['S2', '  T3', 'S1', '  T1', '    A1', '    A2', '    A3', '  T2', '    A4', 'S3']],
    ['down', 'A3', ['S1', '  T1', '    A1', '    A2', '  T2', '    A3', '    A4', 'S2', '  T3', 'S3']],
    ['down', 'A4', ['S1', '  T1', '    A1', '    A2', '    A3', '  T2', 'S2', '  T3', '    A4', 'S3']],
    ['down', 'T2', ['S1', '  T1', '    A1', '    A2', '    A3', 'S2', '  T2', '    A4', '  T3', 'S3']],
    ['down', 'T3', ['S1', '  T1', '    A1', '    A2', '    A3', '  T2', '    A4', 'S2', 'S3', '  T3']],
  ] as const)('moves %s %s across to the neighbouring parent at an edge', (direction, id, expected) => {
    const result = direction === 'up' ? moveUp(base(), id) : moveDown(base(), id);
    expect(shape(applied(base(), result))).toEqual(expected);
  });

  it('skips parents that have no children of their own kind', () => {
    const content = planFrom({ S1: { T1: ['A1'] }, S2: {}, S3: { T3: [] } });
    expect(shape(applied(content, moveDown(content, 'A1')))).toEqual(['S1', '  T1', 'S2', 'S3', '  T3', '    A1']);
  });

  it.each([
    ['up', 'S1'],
    ['up', 'T1'],
    ['up', 'A1'],
    ['down', 'S3'],
  ] as const)('refuses %s for %s at the very edge of the plan', (direction, id) => {
    const result = direction === 'up' ? moveUp(base(), id) : moveDown(base(), id);
    expect(result).toEqual({ ok: false, reason: 'atEdge' });
  });

  it('refuses moving the last tactic and the last activity of the plan further down', () => {
    const content = planFrom({ S1: { T1: ['A1'] }, S2: { T2: ['A2'] } });
    expect(moveDown(content, 'T2')).toEqual({ ok: false, reason: 'atEdge' });
    expect(moveDown(content, 'A2')).toEqual({ ok: false, reason: 'atEdge' });
    expect(moveUp(content, 'nope')).toEqual({ ok: false, reason: 'notFound' });
  });
});

describe('removeNode', () => {
  it('removes a row with everything under it and says how many rows went', () => {
    const result = removeNode(base(), 'T1');
    if (!result.ok) throw new Error('vägrades');
    expect(result.removedCount).toBe(4);
    expect(ids(result.change)).toEqual({ ...none, putTactics: ['T2'], removeTactics: ['T1'], removeActivities: ['A1', 'A2', 'A3'] });
    const next = applyChange(base(), result.change);
    expect(invariantProblems(next)).toEqual([]);
    expect(shape(next)).toEqual(['S1', '  T2', '    A4', 'S2', '  T3', 'S3']);
  });

  it.each([
    ['T1', undefined, 'S1'],
    ['A4', undefined, 'T2'],
    ['S1', undefined, 'S2'],
    ['T2', new Set(['T1']), 'T1'],
    ['S2', new Set(['S1']), 'S1'],
  ])('moves focus from removed %s to the row before it (collapsed %s): %s', (id, collapsed, focus) => {
    const result = removeNode(base(), id, collapsed);
    expect(result.ok && result.focusId).toBe(focus);
  });

  it('has no row to focus when the plan becomes empty', () => {
    const content = planFrom({ S1: {} });
    expect(removeNode(content, 'S1')).toMatchObject({ ok: true, focusId: null, removedCount: 1 });
    expect(removeNode(content, 'finns-inte')).toEqual({ ok: false, reason: 'notFound' });
  });

  it('undoes every removal exactly, orders included', () => {
    const content = base();
    for (const row of outlineRows(content)) {
      const result = removeNode(content, row.id);
      if (!result.ok) throw new Error('vägrades');
      expect(applyChange(applyChange(content, result.change), result.undo)).toEqual(content);
    }
  });

  it('keeps tables that come in id order, as a database returns them, in id order', () => {
    const byId = <T extends { id: string }>(rows: T[]): T[] => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
    const raw = planFrom({ s: { t10: ['a3', 'a1'], t2: ['a2'] }, r: { t1: [] } });
    const content = { ...raw, strategies: byId(raw.strategies), tactics: byId(raw.tactics), activities: byId(raw.activities) };
    const result = removeNode(content, 'a2');
    if (!result.ok) throw new Error('vägrades');
    expect(applyChange(applyChange(content, result.change), result.undo)).toEqual(content);
    const added = applied(content, addSibling(content, 'a3', 'a0', defaults));
    expect(added.activities.map((a) => a.id)).toEqual(['a0', 'a1', 'a2', 'a3']);
    expect(shape(added)).toEqual(['s', '  t10', '    a3', '    a0', '    a1', '  t2', '    a2', 'r', '  t1']);
  });
});

describe('purity', () => {
  it('never mutates the content it is given', () => {
    const content = deepFreeze(base());
    for (const row of outlineRows(content)) {
      const results = [
        addSibling(content, row.id, 'N', defaults),
        indent(content, row.id, defaults),
        outdent(content, row.id, defaults),
        moveUp(content, row.id),
        moveDown(content, row.id),
      ];
      for (const result of results) if (result.ok) applyChange(content, result.change);
      removeNode(content, row.id);
    }
    expect(content).toEqual(base());
  });

  it('can undo any operation with invertChange', () => {
    const content = base();
    for (const row of outlineRows(content)) {
      for (const result of [indent(content, row.id, defaults), outdent(content, row.id, defaults), moveUp(content, row.id), moveDown(content, row.id)]) {
        if (!result.ok) continue;
        expect(applyChange(applyChange(content, result.change), invertChange(content, result.change))).toEqual(content);
      }
    }
  });
});
