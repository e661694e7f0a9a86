import { describe, expect, it } from 'vitest';
import { emptyChange, type PlanChange } from '#shared/plan/types.ts';
import { afterEdit, emptyHistory, recordStep, takeRedo, takeUndo, UNDO_LIMIT, type UndoStep } from '#shared/plan/undo-history.ts';

function removing(id: string): PlanChange {
  const change = emptyChange();
  change.remove.activities.push(id);
  return change;
}

const step = (id: string): UndoStep => ({ undo: removing(id), redo: removing(`${id}-redo`), focusAfterUndo: id, focusAfterRedo: id, label: id });

describe('the plan editor undo history', () => {
  it('undoes the newest step first and can redo it', () => {
    let history = recordStep(recordStep(emptyHistory, step('a')), step('b'));
    const first = takeUndo(history);
    expect(first?.step.label).toBe('b');
    history = first!.history;
    expect(takeUndo(history)?.step.label).toBe('a');
    const redo = takeRedo(history);
    expect(redo?.step.label).toBe('b');
    expect(redo!.history.past.map((s) => s.label)).toEqual(['a', 'b']);
  });

  it('has nothing to undo or redo when empty', () => {
    expect(takeUndo(emptyHistory)).toBeNull();
    expect(takeRedo(emptyHistory)).toBeNull();
  });

  it('forgets what could be redone once a new step is recorded', () => {
    const undone = takeUndo(recordStep(emptyHistory, step('a')))!.history;
    expect(recordStep(undone, step('b')).future).toEqual([]);
  });

  it('drops the steps that would put back an older copy of an edited row, and those before them', () => {
    const history = [step('a'), step('b'), step('c')].reduce(recordStep, emptyHistory);
    expect(afterEdit(history, 'b').past.map((s) => s.label)).toEqual(['c']);
    expect(afterEdit(history, 'c-redo').past).toEqual([]);
    expect(afterEdit(history, 'elsewhere').past.map((s) => s.label)).toEqual(['a', 'b', 'c']);
  });

  it('keeps at most the limit of steps', () => {
    let history = emptyHistory;
    for (let i = 0; i < UNDO_LIMIT + 5; i += 1) history = recordStep(history, step(String(i)));
    expect(history.past).toHaveLength(UNDO_LIMIT);
    expect(history.past[0]?.label).toBe('5');
  });
});
