/**
 * Risks: score, level and the 5×5 risk matrix (riskmatris). Likelihood
 * (sannolikhet) and consequence (konsekvens) are 1–5; the score is their
 * product, so the possible scores are 1–6, 8–10, 12, 15, 16, 20 and 25.
 */
import type { Risk } from '../domain/project.ts';
import { sv } from '../documents/words/sv.ts';

export const riskLevels = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof riskLevels)[number];

/** The levels in Swedish, as the documents' Swedish words say them. */
export const riskLevelLabels: Readonly<Record<RiskLevel, string>> = sv.projektplan.riskLevel;

type Scored = Pick<Risk, 'likelihood' | 'consequence'>;

/** The scale both axes use, lowest first. */
export const riskScale = [1, 2, 3, 4, 5] as const;

export function riskScore(risk: Scored): number {
  return risk.likelihood * risk.consequence;
}

/**
 * The thresholds common in Swedish public-sector risk analysis (green,
 * yellow, red): 1–4 low, 5–12 medium, 15–25 high. So a risk that is
 * certain but harmless (5×1) is medium, as is 3×4; 3×5 and 4×4 are high.
 */
export const riskLevelThresholds = { mediumFrom: 5, highFrom: 13 } as const;

export function riskLevel(score: number): RiskLevel {
  if (score >= riskLevelThresholds.highFrom) return 'high';
  if (score >= riskLevelThresholds.mediumFrom) return 'medium';
  return 'low';
}

export interface RiskMatrixCell {
  likelihood: number;
  consequence: number;
  score: number;
  level: RiskLevel;
  /** The risks in this cell, in the order they were given. */
  riskIds: string[];
}

/**
 * Five rows of five cells, as the matrix is drawn: the first row is
 * consequence 5, the last consequence 1; in each row likelihood runs 1 to 5.
 * A risk off the 1–5 scale has no cell (riskSchema never stores one;
 * validateRisk refuses it at the field).
 */
export function riskMatrix(risks: readonly Pick<Risk, 'id' | 'likelihood' | 'consequence'>[]): RiskMatrixCell[][] {
  const rows = [...riskScale].reverse().map((consequence) =>
    riskScale.map((likelihood) => {
      const score = likelihood * consequence;
      return { likelihood, consequence, score, level: riskLevel(score), riskIds: [] as string[] };
    }),
  );
  for (const risk of risks) rows[5 - risk.consequence]?.[risk.likelihood - 1]?.riskIds.push(risk.id);
  return rows;
}

/** Highest score first; risks with the same score keep their order. */
export function risksByScore<T extends Scored>(risks: readonly T[]): T[] {
  // Array.prototype.sort is stable (ES2019), so equal scores keep the given order.
  return [...risks].sort((a, b) => riskScore(b) - riskScore(a));
}
