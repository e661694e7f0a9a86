/**
 * How the Swedish texts about a project name its parts: ”Aktiviteten
 * ’Avstämning’”, ”Projektmål 2”. Shared by the problem and completeness
 * texts, which the Word export and the editor's lists show.
 */
import type { Project, ProjectGoal } from '../domain/project.ts';
import type { DocumentWords } from '../documents/words/index.ts';
import { sv } from '../documents/words/sv.ts';
import { budgetCategoryLabels } from './defaults.ts';

/** The parts of a project a problem or a missing piece can belong to. */
export type ProjectItemKind = 'project' | 'goal' | 'workPackage' | 'activity' | 'budgetLine' | 'financier' | 'risk';

const untitled = '(utan namn)';

function quoted(text: string): string {
  const t = text.trim();
  return t === '' ? untitled : `”${t}”`;
}

/** `Projektmål 2`: the goal's level and its number among the goals of that level (in Swedish unless other words are given). */
export function goalName(goals: readonly Pick<ProjectGoal, 'id' | 'level'>[], goalId: string, words: DocumentWords = sv): string {
  const goal = goals.find((g) => g.id === goalId);
  if (!goal) return words.projectMissing.theGoal;
  const number = goals.filter((g) => g.level === goal.level).findIndex((g) => g.id === goalId) + 1;
  return words.projectMissing.goalName(words.projektplan.goalLevel[goal.level], number);
}

/** A part of the project as a sentence starts with it: `Aktiviteten ”Avstämning”`, `Finansiären ”Region Örebro län”`. */
export function itemName(project: Project, kind: ProjectItemKind, id: string | null): string {
  switch (kind) {
    case 'project':
      return 'Projektet';
    case 'goal':
      return id === null ? 'Målet' : goalName(project.goals, id);
    case 'workPackage':
      return `Arbetspaketet ${quoted(project.workPackages.find((w) => w.id === id)?.title ?? '')}`;
    case 'activity': {
      const activity = project.activities.find((a) => a.id === id);
      return `${activity?.milestone ? 'Milstolpen' : 'Aktiviteten'} ${quoted(activity?.title ?? '')}`;
    }
    case 'budgetLine': {
      const line = project.budget.find((l) => l.id === id);
      if (!line) return 'Kostnadsraden';
      const what = line.description.trim() === '' ? budgetCategoryLabels[line.category] : `${budgetCategoryLabels[line.category]}: ${line.description.trim()}`;
      return `Kostnadsraden ”${what}”`;
    }
    case 'financier':
      return `Finansiären ${quoted(project.financiers.find((f) => f.id === id)?.name ?? '')}`;
    case 'risk':
      return `Risken ${quoted(project.risks.find((r) => r.id === id)?.description ?? '')}`;
  }
}
