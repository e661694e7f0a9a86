/**
 * The preparation in words: one wording for what the screen lists and what goes into the agenda's
 * notes, so the agenda says what the MOA saw. Notes are plain text, one fact a line.
 */
import type { DiffEntry } from '#shared/plan/diff.ts';
import { findField } from '#shared/fields/fields.ts';
import { planFieldTables } from '#shared/plan/fields.ts';
import { proseFields } from '#shared/plan/versions.ts';
import type { AttentionActivity } from '#shared/plan/needs-attention.ts';
import type { HoursSpan, PlanChanges, PreparedIndicator } from '#shared/meetings/dialogue-preparation.ts';
import { verdictWords } from '#shared/kolada/verdict-words.ts';
import { formatNumber } from '#shared/format.ts';
import { numberFormat } from '#shared/locale.ts';
import { MEETING_LIMITS } from '#shared/domain/meeting.ts';
import type { Language } from '#shared/settings.ts';
import type { Translate } from '../../../i18n/i18n.tsx';
import { activityStatusText, capitalised, choiceText, namedFieldLabel } from '../../../i18n/field-words.ts';
import { formatHours } from '../../timelog/timelog-queries.ts';
import type { GoalAreaPreparation } from './preparation-queries.ts';

/** Changes listed per plan, on the screen and in the notes; the plan editor's comparison has them all. */
export const CHANGES_SHOWN = 25;
/** A changed value longer than this is cut: the notes are a starting point, not the plan. */
const VALUE_CHARS = 160;
/** An agenda item's notes hold at most this much (longTextSchema in shared/domain/common.ts). */
const NOTES_CHARS = 50_000;

const oneLine = (text: string): string => {
  const flat = text.replace(/\s*\n\s*/gu, '; ').trim();
  return flat.length > VALUE_CHARS ? `${flat.slice(0, VALUE_CHARS - 1)}…` : flat;
};

/** A changed field: its label, and for a value that is not prose its old and new value (`Slutdatum: 2026-11-30 → 2027-01-31`). */
function fieldText(t: Translate, entry: DiffEntry, field: DiffEntry['fields'][number]): string {
  const table = planFieldTables[entry.kind];
  const label = namedFieldLabel(t, table, field.field);
  if (proseFields.has(field.field)) return t('prepare.changes.fieldChanged', { field: label });
  const descriptor = findField<never>(table, field.field);
  const shown = (value: string) => (value === '' ? '–' : oneLine(descriptor?.choices?.includes(value) ? capitalised(choiceText(t, descriptor, value)) : value));
  return t('prepare.changes.fieldValue', { field: label, before: shown(field.before), after: shown(field.after) });
}

/** `Ändrad: Aktivitet Kickoff för UF-lärare (Slutdatum: 2026-08-26 → 2026-09-10)`, as the plan editor's comparison names it. */
export function diffEntryText(t: Translate, entry: DiffEntry): string {
  const kind = entry.kind === 'plan' || entry.kind === 'section' ? '' : `${t(`plans.outline.kind.${entry.kind}`)} `;
  const what = `${kind}${entry.title.trim() === '' ? t('prepare.untitled') : entry.title}`;
  const fields = entry.fields.map((f) => fieldText(t, entry, f));
  return t('prepare.changes.entry', { change: t(`plans.diff.${entry.change}`), what: fields.length === 0 ? what : `${what} (${fields.join('; ')})` });
}

/** `jämförd med inlämnad version 1 (2026-12-03): 3 ändringar`, or why there is nothing to compare with. */
export function comparedText(t: Translate, plan: PlanChanges, hasPrevious: boolean): string {
  if (plan.basis === null) return t(hasPrevious && plan.state.lastSubmitted !== null ? 'prepare.changes.nothingThen' : 'prepare.changes.neverSubmitted');
  const count = plan.entries.length === 0 ? t('prepare.changes.none') : plan.entries.length === 1 ? t('prepare.changes.countOne') : t('prepare.changes.count', { count: plan.entries.length });
  return `${t('prepare.changes.compared', { version: plan.basis.version, date: plan.basis.submittedOn })}: ${count}`;
}

/** Where the plan stands, for when there is nothing to compare with. */
export function planStateText(t: Translate, plan: PlanChanges): string {
  const { state } = plan;
  const now = t('prepare.changes.state', { status: t(`plans.status.${state.status}`).toLocaleLowerCase('sv'), version: state.version, strategies: state.strategies, tactics: state.tactics, activities: state.activities });
  return state.lastSubmitted === null ? now : `${now} ${t('prepare.changes.lastSubmitted', { version: state.lastSubmitted.version, date: state.lastSubmitted.submittedOn })}`;
}

export function lateText(t: Translate, item: AttentionActivity): string {
  return t('prepare.late.line', { title: item.title.trim() || t('prepare.untitled'), date: item.endDate, status: activityStatusText(t, item.status) });
}

/** What the screen shows beside the activity's link: `skulle vara klar 2026-11-30 · pågår`. */
export function lateDetail(t: Translate, item: AttentionActivity): string {
  return t('prepare.late.detail', { date: item.endDate, status: activityStatusText(t, item.status) });
}

/** `80,3 % (2023)`: Kolada's figure with as many decimals as Kolada gives, the unit after a no-break space. */
export function latestText(t: Translate, language: Language, row: PreparedIndicator): string {
  if (row.latest === null) return t('prepare.indicators.noValue');
  const figure = numberFormat(language, { minimumFractionDigits: row.decimals, maximumFractionDigits: row.decimals }).format(row.latest.value);
  return t('prepare.indicators.valueInYear', { value: withUnit(figure, row.unit), year: row.latest.year });
}

const withUnit = (figure: string, unit: string) => (unit.trim() === '' ? figure : `${figure}\u00a0${unit.trim()}`);

export function targetText(t: Translate, language: Language, row: PreparedIndicator): string {
  if (row.target.value === null) return '–';
  const value = withUnit(formatNumber(row.target.value, language), row.unit);
  return row.target.year === null ? value : t('prepare.indicators.valueInYear', { value, year: row.target.year });
}

export function verdictText(t: Translate, language: Language, row: PreparedIndicator): string {
  return row.verdict === null ? t('prepare.indicators.noRegion') : verdictWords[language].label[row.verdict];
}

export function spanText(t: Translate, span: HoursSpan): string {
  return t(span.kind === 'year' ? 'prepare.hours.year' : 'prepare.hours.period', { from: span.from, to: span.to });
}

/** `12,5 h under`, `3 h över`, `som mandatet`: hours as the time log writes them. */
export function balanceText(t: Translate, language: Language, span: HoursSpan): string {
  if (span.overMinutes === 0) return t('prepare.hours.even');
  return t(span.overMinutes > 0 ? 'prepare.hours.over' : 'prepare.hours.under', { hours: formatHours(Math.abs(span.overMinutes), language) });
}

/** The agenda's items, one per part with something to bring up: title and the facts as notes. */
export function agendaProposal(t: Translate, language: Language, prepared: readonly GoalAreaPreparation[]): { title: string; notes: string }[] {
  const items: { title: string; notes: string }[] = [];
  const several = prepared.length > 1;
  for (const { goalArea, preparation } of prepared) {
    const add = (title: string, lines: string[]) => {
      if (lines.length === 0) return;
      let notes = lines.join('\n');
      if (notes.length > NOTES_CHARS) notes = `${notes.slice(0, NOTES_CHARS - 1)}…`;
      items.push({ title: several ? t('prepare.titleFor', { title, code: goalArea.code }) : title, notes });
    };
    const { previousMeeting, plans, late, indicators, hours } = preparation;
    if (plans.some((p) => p.entries.length > 0)) {
      const lines = [previousMeeting ? t('prepare.changes.previousText', { title: previousMeeting.title, date: previousMeeting.startDate }) : t('prepare.changes.noPrevious')];
      for (const plan of plans) {
        lines.push(`${plan.title}, ${comparedText(t, plan, previousMeeting !== null)}.`);
        for (const entry of plan.entries.slice(0, CHANGES_SHOWN)) lines.push(`– ${diffEntryText(t, entry)}`);
        if (plan.entries.length > CHANGES_SHOWN) lines.push(t('prepare.changes.more', { count: plan.entries.length - CHANGES_SHOWN }));
      }
      add(t('prepare.changes.heading'), lines);
    }
    add(t('prepare.late.heading'), late.map((item) => `– ${lateText(t, item)}`));
    add(
      t('prepare.indicators.heading'),
      indicators.rows.map((row) => `– ${t('prepare.indicators.line', { name: row.name, latest: latestText(t, language, row), target: targetText(t, language, row), verdict: verdictText(t, language, row) })}`),
    );
    const logged = hours.spans.some((s) => s.moaMinutes > 0);
    if (logged || hours.hasMandate) {
      add(
        t('prepare.hours.heading'),
        hours.spans.map((span) =>
          hours.hasMandate
            ? t('prepare.hours.line', { span: spanText(t, span), moa: formatHours(span.moaMinutes, language), mandate: formatHours(span.mandateMinutes, language), balance: balanceText(t, language, span) })
            : t('prepare.hours.lineNoMandate', { span: spanText(t, span), moa: formatHours(span.moaMinutes, language) }),
        ),
      );
    }
  }
  return items.slice(0, MEETING_LIMITS.agenda);
}
