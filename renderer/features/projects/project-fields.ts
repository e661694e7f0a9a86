/**
 * The editor's field checks: each returns the text to show at the field, or undefined when the
 * value may be stored. The rules live in shared/project/validation.ts; this only words them in
 * the user's language and picks the problem that belongs to the field being typed in.
 */
import { useMemo } from 'react';
import type { Project, ProjectActivity, ProjectGoal } from '#shared/domain/project.ts';
import {
  parseYearAmountInput,
  projectProblemMessage,
  validateFinancier,
  validateGoal,
  validateProjectActivity,
  validateProjectFields,
  validateRisk,
  type ProjectProblem,
} from '#shared/project/validation.ts';
import { maxKronor } from '#shared/plan/validation.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/sv.ts';

export interface NewProjectProblem {
  field: 'title' | 'startDate' | 'endDate';
  message: MessageKey;
  params?: Record<string, string | number>;
}

export interface ProjectChecks {
  title(value: string): string | undefined;
  /** A change of period: dates in order, and no activity left outside it. */
  period(start: string, end: string, field: 'startDate' | 'endDate'): string | undefined;
  requiredText(value: string): string | undefined;
  /** An activity's start and end judged together, as typed. */
  activityDates(activity: ProjectActivity, startDate: string, endDate: string): string | undefined;
  goalDate(value: string, level: ProjectGoal['level']): string | undefined;
  amount(value: string, year: number): string | undefined;
  financierName(value: string): string | undefined;
  riskScale(value: string): string | undefined;
}

export function useProjectChecks(project: Project): ProjectChecks {
  const { t, language } = useI18n();
  return useMemo(() => {
    const word = (problems: ProjectProblem[], field: string) => {
      const found = problems.find((p) => p.field === field);
      return found ? projectProblemMessage(found.code, found.params, language) : undefined;
    };
    return {
      title: (value) => word(validateProjectFields({ title: value, startDate: project.startDate, endDate: project.endDate }), 'title'),
      period: (start, end, field) => {
        const own = word(validateProjectFields({ title: project.title, startDate: start, endDate: end }), field);
        if (own) return own;
        const outside = project.activities.filter((a) => a.startDate < start || a.endDate > end).length;
        return outside > 0 ? t('projects.problem.activitiesOutside', { count: outside }) : undefined;
      },
      requiredText: (value) => (value.trim() === '' ? projectProblemMessage('required', {}, language) : undefined),
      activityDates: (activity, startDate, endDate) => {
        const problems = validateProjectActivity(project, { ...activity, startDate, endDate });
        return word(problems, 'startDate') ?? word(problems, 'endDate');
      },
      goalDate: (value, level) => (value === '' ? undefined : word(validateGoal(project, { level, text: '', indicator: '', baseline: '', target: '', targetDate: value }), 'targetDate')),
      amount: (value, year) => {
        const parsed = parseYearAmountInput(value);
        if (!parsed.ok) return projectProblemMessage(parsed.code === 'required' ? 'notANumber' : parsed.code, { max: maxKronor }, language);
        if (parsed.ore === 0) return undefined;
        return word(validateFinancier({ name: 'x', cash: [{ year, ore: parsed.ore }], inKind: [] }, project), `cash.${year}`);
      },
      financierName: (value) => (value.trim() === '' ? projectProblemMessage('required', {}, language) : undefined),
      riskScale: (value) => {
        const text = value.trim();
        const number = /^\d+$/.test(text) ? Number(text) : Number.NaN;
        return word(validateRisk({ description: 'x', likelihood: number, consequence: 3, mitigation: '', responsible: '' }), 'likelihood');
      },
    };
  }, [project, language, t]);
}

/** The new-project form: a title, and a period in order. */
export function validateNewProject(draft: { title: string; startDate: string; endDate: string }): NewProjectProblem[] {
  return validateProjectFields(draft).flatMap((p): NewProjectProblem[] => {
    if (p.field !== 'title' && p.field !== 'startDate' && p.field !== 'endDate') return [];
    const message: MessageKey = p.code === 'required' ? 'projects.problem.titleRequired' : p.code === 'endBeforeStart' ? 'projects.problem.endBeforeStart' : p.code === 'tooLong' ? 'projects.problem.tooLong' : 'projects.problem.invalidDate';
    return [{ field: p.field, message }];
  });
}
