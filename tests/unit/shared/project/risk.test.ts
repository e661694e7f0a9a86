import { describe, expect, it } from 'vitest';
import { riskLevel, riskLevelLabels, riskMatrix, riskScore, risksByScore } from '#shared/project/risk.ts';
import { risk } from './helpers.ts';

describe('riskScore and riskLevel', () => {
  it('multiplies likelihood and consequence', () => {
    expect(riskScore({ likelihood: 1, consequence: 1 })).toBe(1);
    expect(riskScore({ likelihood: 3, consequence: 4 })).toBe(12);
    expect(riskScore({ likelihood: 5, consequence: 5 })).toBe(25);
  });

  it.each([
    [1, 'low'],
    [4, 'low'],
    [5, 'medium'],
    [12, 'medium'],
    [15, 'high'],
    [25, 'high'],
  ])('score %i is %s', (score, level) => {
    expect(riskLevel(score)).toBe(level);
  });

  it('names the levels in Swedish', () => {
    expect(riskLevelLabels).toEqual({ low: 'Låg', medium: 'Medel', high: 'Hög' });
  });
});

describe('riskMatrix', () => {
  it('has five rows, consequence 5 at the top, likelihood 1 to 5 from the left, every cell scored', () => {
    const matrix = riskMatrix([]);
    expect(matrix.map((row) => row.map((c) => `${c.likelihood}×${c.consequence}`))).toEqual([
      ['1×5', '2×5', '3×5', '4×5', '5×5'],
      ['1×4', '2×4', '3×4', '4×4', '5×4'],
      ['1×3', '2×3', '3×3', '4×3', '5×3'],
      ['1×2', '2×2', '3×2', '4×2', '5×2'],
      ['1×1', '2×1', '3×1', '4×1', '5×1'],
    ]);
    expect(matrix.map((row) => row.map((c) => c.level[0]).join(''))).toEqual(['mmhhh', 'lmmhh', 'lmmmh', 'llmmm', 'llllm']);
    for (const row of matrix) for (const cell of row) expect(cell).toMatchObject({ score: cell.likelihood * cell.consequence, riskIds: [] });
  });

  it('places a risk at 1/1 bottom left and one at 5/5 top right', () => {
    const matrix = riskMatrix([risk('low', 1, 1), risk('high', 5, 5)]);
    expect(matrix[4]?.[0]?.riskIds).toEqual(['low']);
    expect(matrix[0]?.[4]?.riskIds).toEqual(['high']);
    expect(matrix.flat().filter((c) => c.riskIds.length > 0)).toHaveLength(2);
  });

  it('places every combination in its own cell', () => {
    const risks = [1, 2, 3, 4, 5].flatMap((l) => [1, 2, 3, 4, 5].map((c) => risk(`${l}-${c}`, l, c)));
    const matrix = riskMatrix(risks);
    for (const row of matrix) for (const cell of row) expect(cell.riskIds).toEqual([`${cell.likelihood}-${cell.consequence}`]);
  });

  it('keeps several risks in one cell in the given order, and a likelihood apart from a consequence', () => {
    const matrix = riskMatrix([risk('b', 2, 4), risk('x', 4, 2), risk('a', 2, 4), risk('c', 2, 4)]);
    expect(matrix[1]?.[1]?.riskIds).toEqual(['b', 'a', 'c']);
    expect(matrix[3]?.[3]?.riskIds).toEqual(['x']);
  });

  it('leaves out a risk off the scale rather than putting it in a wrong cell', () => {
    const matrix = riskMatrix([risk('zero', 0, 3), risk('six', 3, 6), risk('half', 2.5, 2)]);
    expect(matrix.flat().flatMap((c) => c.riskIds)).toEqual([]);
  });
});

describe('risksByScore', () => {
  it('puts the highest score first and keeps the order of equal scores', () => {
    const risks = [risk('a', 1, 2), risk('b', 5, 5), risk('c', 2, 1), risk('d', 3, 4), risk('e', 4, 3), risk('f', 1, 1)];
    expect(risksByScore(risks).map((r) => r.id)).toEqual(['b', 'd', 'e', 'a', 'c', 'f']);
    expect(risks.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});
