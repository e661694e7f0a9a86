/**
 * The plan part a review item was made on, named as the MOA knows it, and the parts in the order
 * the handlingsplan shows them, for grouping the Synpunkter view.
 */
import type { ReviewPartKind } from '../domain/review.ts';
import type { PlanContent } from '../plan/types.ts';

export interface PartName {
  kind: ReviewPartKind;
  /** The part's own title (a strategy's title, an activity's title …); empty when it has none or is gone. */
  title: string;
  /** Where it sits: the strategy's or tactic's number (`2`, `2.1`, `2.1.3`); empty for sections and perspectives. */
  number: string;
  /** False when the part is no longer in the plan (removed after the review). */
  found: boolean;
}

/** Every part's name by `kind:recordId`, and the order of the parts in the plan. */
export function partNames(content: PlanContent): { byKey: Map<string, PartName>; order: string[] } {
  const byKey = new Map<string, PartName>();
  const order: string[] = [];
  const add = (kind: ReviewPartKind, recordId: string, title: string, number: string) => {
    const key = `${kind}:${recordId}`;
    byKey.set(key, { kind, title, number, found: true });
    order.push(key);
  };
  for (const section of content.plan.sections) add('section', section.key, section.title, '');
  const strategies = [...content.strategies].sort((a, b) => a.order - b.order);
  strategies.forEach((strategy, s) => {
    const sNumber = String(s + 1);
    add('strategy', strategy.id, strategy.title, sNumber);
    strategy.indicators.forEach((indicator, i) => add('indicator', `${strategy.id}#${i}`, indicator.name, sNumber));
    const tactics = content.tactics.filter((t) => t.strategyId === strategy.id).sort((a, b) => a.order - b.order);
    tactics.forEach((tactic, t) => {
      const tNumber = `${sNumber}.${t + 1}`;
      add('tactic', tactic.id, tactic.title, tNumber);
      for (const p of tactic.perspectives) add('perspective', `${tactic.id}#${p.perspective}`, p.perspective, tNumber);
      const activities = content.activities.filter((a) => a.tacticId === tactic.id).sort((a, b) => a.order - b.order);
      activities.forEach((activity, a) => add('activity', activity.id, activity.title, `${tNumber}.${a + 1}`));
    });
  });
  return { byKey, order };
}

/** A part's name, or a name saying it is gone. Perspectives' own headings (`#jämställdhet`) are named by the perspective. */
export function partName(names: ReadonlyMap<string, PartName>, kind: ReviewPartKind, recordId: string): PartName {
  const found = names.get(`${kind}:${recordId}`);
  if (found) return found;
  if (kind === 'perspective' && recordId.startsWith('#')) return { kind, title: recordId.slice(1), number: '', found: true };
  return { kind, title: '', number: '', found: false };
}
