/**
 * Long random sequences of outline operations from a fixed seed: after every
 * step the plan must still be sound, the focus must point at a real row,
 * and every change must be undoable exactly. A failing seed and step can be
 * replayed as they are printed.
 */
import { describe, expect, it } from 'vitest';
import { addFirst, addSibling, applyChange, indent, invertChange, moveDown, moveUp, outdent, outlineRows, removeNode, type OutlineResult } from '#shared/plan/outline.ts';
import type { NodeKind, PlanContent } from '#shared/plan/types.ts';
import { invariantProblems, planFrom, prng } from './helpers.ts';

const operations = ['addSibling', 'addFirst', 'indent', 'outdent', 'moveUp', 'moveDown', 'remove'] as const;
type Operation = (typeof operations)[number];
/** Adding a little more often than removing keeps the plan from running empty. */
const weights: Record<Operation, number> = { addSibling: 4, addFirst: 2, indent: 5, outdent: 2, moveUp: 3, moveDown: 3, remove: 2 };

function pickOperation(random: () => number): Operation {
  const total = operations.reduce((sum, op) => sum + weights[op], 0);
  let roll = random() * total;
  for (const op of operations) {
    roll -= weights[op];
    if (roll < 0) return op;
  }
  return 'addSibling';
}

function exists(content: PlanContent, id: string): boolean {
  return [...content.strategies, ...content.tactics, ...content.activities].some((row) => row.id === id);
}

function run(seed: number, steps: number): { accepted: number; refused: number } {
  const random = prng(seed);
  let content = planFrom({ S1: { T1: ['A1', 'A2'], T2: [] }, S2: { T3: ['A3'] } });
  let counter = 0;
  let accepted = 0;
  let refused = 0;
  for (let step = 0; step < steps; step++) {
    const rows = outlineRows(content);
    const op = pickOperation(random);
    const target = rows[Math.floor(random() * rows.length)];
    const id = random() < 0.03 || !target ? 'finns-inte' : target.id;
    const today = `${2025 + Math.floor(random() * 5)}-06-15`;
    const label = `frö ${seed}, steg ${step}: ${op} ${id}`;
    const newId = `n${++counter}`;
    let result: OutlineResult;
    if (op === 'remove') {
      const removal = removeNode(content, id);
      if (!removal.ok) {
        refused++;
        continue;
      }
      const after = applyChange(content, removal.change);
      expect(applyChange(after, removal.undo), label).toEqual(content);
      expect(removal.focusId === null || exists(after, removal.focusId), label).toBe(true);
      expect(removal.removedCount, label).toBe(outlineRows(content).length - outlineRows(after).length);
      content = after;
      accepted++;
      expect(invariantProblems(content), label).toEqual([]);
      continue;
    }
    if (op === 'addFirst') {
      const kinds: NodeKind[] = ['strategy', 'tactic', 'activity'];
      const kind = kinds[Math.floor(random() * 3)] ?? 'strategy';
      const parents = rows.filter((row) => (kind === 'tactic' ? row.kind === 'strategy' : row.kind === 'tactic'));
      const parent = kind === 'strategy' ? null : (parents[Math.floor(random() * parents.length)]?.id ?? 'finns-inte');
      result = addFirst(content, kind, parent, newId, { today });
    } else if (op === 'addSibling') result = addSibling(content, id, newId, { today });
    else if (op === 'indent') result = indent(content, id, { today });
    else if (op === 'outdent') result = outdent(content, id, { today });
    else if (op === 'moveUp') result = moveUp(content, id);
    else result = moveDown(content, id);
    if (!result.ok) {
      refused++;
      continue;
    }
    const after = applyChange(content, result.change);
    expect(applyChange(after, invertChange(content, result.change)), label).toEqual(content);
    expect(exists(after, result.focusId), label).toBe(true);
    content = after;
    accepted++;
    expect(invariantProblems(content), label).toEqual([]);
  }
  return { accepted, refused };
}

describe('random outline sequences', () => {
  it.each([1, 2, 3, 20261127])('keeps the plan sound through 500 operations (seed %i)', (seed) => {
    const { accepted, refused } = run(seed, 500);
    // Both paths must really be exercised, or the test proves little.
    expect(accepted).toBeGreaterThan(250);
    expect(refused).toBeGreaterThan(10);
  });
});
