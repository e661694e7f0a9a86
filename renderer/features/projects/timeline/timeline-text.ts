/**
 * What a timeline row says in words: its kind, status, dates and what it belongs to, for the
 * row's accessible name (announced as the arrow keys move), the table alternative and tooltips;
 * and where Enter takes the user.
 */
import type { BarGeometry } from '#shared/timeline/scale.ts';
import type { TimelineRow } from '#shared/timeline/rows.ts';
import type { Translate } from '../../../i18n/i18n.tsx';
import { activityStatusText } from '../../../i18n/field-words.ts';

/** The look of a bar: activity statuses, a project's status mapped onto them, or a plan's period. */
export type BarStyle = 'planned' | 'ongoing' | 'done' | 'delayed' | 'cancelled' | 'idea' | 'plan';

export function barStyle(row: TimelineRow): BarStyle {
  switch (row.kind) {
    case 'plan':
      return 'plan';
    case 'project':
      return row.status === 'completed' ? 'done' : row.status;
    default:
      return row.status;
  }
}

export function kindText(row: TimelineRow, t: Translate): string {
  if (row.kind === 'projectActivity' && row.milestone) return t('timeline.kind.milestone');
  return t(`timeline.kind.${row.kind}`);
}

export function statusText(row: TimelineRow, t: Translate): string {
  switch (row.kind) {
    case 'project':
      return t(`projects.status.${row.status}`).toLowerCase();
    case 'plan':
      return row.status === null ? t('timeline.planStatus.missing') : t(`plans.status.${row.status}`).toLowerCase();
    default:
      return activityStatusText(t, row.status);
  }
}

export function titleText(row: TimelineRow, t: Translate): string {
  return row.kind === 'plan' && row.title === '' ? t('timeline.missingPlan') : row.title;
}

/** `2026-03-01 – 2026-03-15`, or the one date of a milestone or a one-day item. */
export function datesText(row: TimelineRow): string {
  return row.start === row.end ? row.start : `${row.start} – ${row.end}`;
}

/** What the row belongs to: a project's or plan's goal area, an activity's project (and plan). */
export function belongsToText(row: TimelineRow, t: Translate): string {
  switch (row.kind) {
    case 'project':
    case 'plan':
      return row.goalAreaName;
    case 'projectActivity':
      return row.projectTitle;
    case 'planActivity':
      return row.projectTitle === null ? row.planTitle || t('timeline.missingPlan') : `${row.projectTitle} (${row.planTitle || t('timeline.missingPlan')})`;
  }
}

function contextParts(row: TimelineRow, t: Translate): string[] {
  switch (row.kind) {
    case 'project':
    case 'plan':
      return [
        ...(row.goalAreaName ? [t('timeline.context.goalArea', { name: row.goalAreaName })] : []),
        t('timeline.context.children', { count: row.childCount }),
      ];
    case 'projectActivity':
      return [t('timeline.context.project', { title: row.projectTitle })];
    case 'planActivity':
      return [
        ...(row.projectTitle === null ? [] : [t('timeline.context.project', { title: row.projectTitle })]),
        t('timeline.context.plan', { title: row.planTitle || t('timeline.missingPlan') }),
      ];
  }
}

/** The sentence a screen reader hears on the row: `Planaktivitet: Workshop, 2026-03-05, pågår, plan Handlingsplan …`. */
export function describeRow(row: TimelineRow, t: Translate, clip: Pick<BarGeometry, 'clippedStart' | 'clippedEnd'> | null = null): string {
  return [
    `${kindText(row, t)}: ${titleText(row, t)}`,
    datesText(row),
    statusText(row, t),
    ...contextParts(row, t),
    ...(clip?.clippedStart ? [t('timeline.clippedStart')] : []),
    ...(clip?.clippedEnd ? [t('timeline.clippedEnd')] : []),
  ].join(', ');
}

/** Where Enter (or a click on the name) goes: the project, or the plan the activity belongs to. */
export function hrefOf(row: TimelineRow): string {
  switch (row.kind) {
    case 'project':
    case 'projectActivity':
      return `#/projekt/${encodeURIComponent(row.projectId)}`;
    case 'plan':
    case 'planActivity':
      return `#/planer/plan/${encodeURIComponent(row.planId)}`;
  }
}
