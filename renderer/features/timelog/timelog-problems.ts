/** The time log's problems (shared/timelog/problems.ts) in the user's words, at the field they concern. */
import type { DurationError } from '#shared/timelog/duration.ts';
import { formatDuration } from '#shared/timelog/duration.ts';
import { DAY_MINUTES } from '#shared/timelog/entry-rules.ts';
import type { TimelogProblem } from '#shared/timelog/problems.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/sv.ts';

const durationKeys: Record<DurationError, MessageKey> = {
  empty: 'timelog.problem.duration.empty',
  unreadable: 'timelog.problem.duration.unreadable',
  negative: 'timelog.problem.duration.negative',
  zero: 'timelog.problem.duration.zero',
  tooLong: 'timelog.problem.duration.tooLong',
};

/** The message for a problem: names the field and what is expected. */
export function problemText(t: Translate, problem: TimelogProblem): string {
  const hours = (minutes: number) => formatDuration(minutes, 'hours');
  switch (problem.field) {
    case 'duration':
      if (problem.code === 'dayFull') {
        return t('timelog.problem.duration.dayFull', { date: problem.date, logged: hours(problem.otherMinutes), left: hours(Math.max(0, DAY_MINUTES - problem.otherMinutes)) });
      }
      if (problem.code === 'mergedNoteTooLong') return t('timelog.problem.duration.mergedNoteTooLong');
      return t(durationKeys[problem.code], { text: problem.text });
    case 'date':
      return problem.code === 'invalid' ? t('timelog.problem.date.invalid', { text: problem.text }) : t('timelog.problem.date.tooFarAhead', { date: problem.date, latest: problem.latest });
    case 'category':
      if (problem.code === 'archived') return t('timelog.problem.category.archived', { name: problem.name });
      if (problem.code === 'inUse') return t('timelog.problem.category.inUse', { name: problem.name, count: problem.count });
      return t(problem.code === 'required' ? 'timelog.problem.category.required' : 'timelog.problem.category.notFound');
    case 'goalArea':
      return t('timelog.problem.goalArea.notFound');
    case 'activity':
      return t('timelog.problem.activity.notFound');
    case 'project':
      return t('timelog.problem.project.notFound');
    case 'note':
      return t('timelog.problem.note.tooLong', { max: problem.max });
    case 'name':
      if (problem.code === 'tooLong') return t('timelog.problem.name.tooLong', { max: problem.max });
      if (problem.code === 'duplicate') return t('timelog.problem.name.duplicate', { name: problem.name });
      return t('timelog.problem.name.required');
    case 'entry':
      return t('timelog.problem.entry.notFound');
    case 'timer':
      if (problem.code === 'alreadyRunning') return t('timelog.problem.timer.alreadyRunning', { name: problem.name });
      return t(problem.code === 'none' ? 'timelog.problem.timer.none' : problem.code === 'notRunning' ? 'timelog.problem.timer.notRunning' : 'timelog.problem.timer.notPaused');
  }
}
