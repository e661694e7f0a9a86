/** What a removal takes with it, and what a trash entry holds, in words. */
import type { RestoreProblem, TrashCounts, TrashEntry } from '#shared/domain/trash.ts';
import type { Language } from '#shared/settings.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/sv.ts';
import { listText } from '#shared/locale.ts';

/** The tables whose counts a user cares about, in the order they are said. */
const countedTables = ['actionPlans', 'strategies', 'activities', 'planVersions', 'reviewItems', 'projects'] as const;
type CountedTable = (typeof countedTables)[number];

export function countText(t: Translate, table: CountedTable, count: number): string {
  return count === 1 ? t(`trash.count.${table}.one` as MessageKey) : t(`trash.count.${table}` as MessageKey, { count });
}

/** The counts other than the removed thing itself, e.g. "3 strategier", "12 aktiviteter". */
function followers(t: Translate, counts: TrashCounts, skip: CountedTable | null): string[] {
  return countedTables.filter((table) => table !== skip && counts[table] > 0).map((table) => countText(t, table, counts[table]));
}

/** "Handlingsplanen ”X”, 3 strategier, 12 aktiviteter och 1 inlämnad version flyttas till papperskorgen." */
export function planRemovalText(t: Translate, language: Language, title: string, counts: TrashCounts): string {
  return t('trash.moves', { list: listText(language, [t('trash.what.plan', { title }), ...followers(t, counts, 'actionPlans')]) });
}

/** "Målområdet IE X, dess 2 handlingsplaner, 5 strategier … och 1 projekt flyttas till papperskorgen." */
export function goalAreaRemovalText(t: Translate, language: Language, title: string, counts: TrashCounts): string {
  const plans = counts.actionPlans > 0 ? [t('trash.what.plansOfGoalArea', { plans: countText(t, 'actionPlans', counts.actionPlans) })] : [];
  return t('trash.moves', { list: listText(language, [t('trash.what.goalArea', { title }), ...plans, ...followers(t, counts, 'actionPlans')]) });
}

/** What came along with an entry's own record, for the trash list; empty when nothing did. */
export function entryContentsText(t: Translate, language: Language, entry: TrashEntry, counts: TrashCounts): string {
  const own: CountedTable | null = entry.kind === 'plan' ? 'actionPlans' : entry.kind === 'project' ? 'projects' : null;
  return listText(language, followers(t, counts, own));
}

export function restoreProblemText(t: Translate, title: string, problem: RestoreProblem | { reason: 'notFound' }): string {
  switch (problem.reason) {
    case 'idTaken':
      return t('trash.problem.idTaken', { title, name: problem.name });
    case 'codeTaken':
      return t('trash.problem.codeTaken', { title, code: problem.code });
    case 'goalAreaMissing':
      return problem.goalAreaName === null ? t('trash.problem.goalAreaGone', { title }) : t('trash.problem.goalAreaInTrash', { title, goalArea: problem.goalAreaName });
    case 'notFound':
      return t('trash.problem.notFound');
  }
}
