/**
 * *Inför dialogmötet*: what the MOA brings to a dialogue meeting with the secretariat, for one goal
 * area, as the agenda's starting point (issue 17). Four parts, each made by the code that already
 * answers the question elsewhere, so the preparation never tells a different story than the view
 * it links to:
 * 1. what changed in the plan since the last dialogue meeting: the version diff of the plan editor
 *    (../plan/diff.ts) between the newest version submitted at or before that meeting and the plan now;
 * 2. late activities, as Översikt's "what needs me now" finds them (../plan/needs-attention.ts);
 * 3. each Kolada-measured indicator's latest value in the goal area's region and the app's verdict,
 *    as the Indikatorer view judges it (../kolada/verdict.ts);
 * 4. MOA hours against the mandate this year and since the plan's period began, summed as the time
 *    log's follow-up sums them (../timelog/summary.ts, ../timelog/follow-up.ts).
 * Pure and without words: codes and numbers, which the renderer words. `today` is passed in.
 */
import type { KoladaValueRecord } from '../domain/kolada.ts';
import { MEETING_LIMITS, type AgendaItem, type Meeting } from '../domain/meeting.ts';
import type { ActionPlan, GoalArea, PlanVersion, Strategy } from '../domain/plan.ts';
import type { TimeEntry } from '../domain/timelog.ts';
import { koladaDecimals, regionPoints } from '../kolada/indicator-series.ts';
import { indicatorVerdict, type VerdictKind } from '../kolada/verdict.ts';
import { currentPlans, needsAttention, type AttentionActivity } from '../plan/needs-attention.ts';
import type { PlanContent } from '../plan/types.ts';
import { comparePlans, snapshotPlan, type DiffEntry } from '../plan/versions.ts';
import { moaCategoryId, totalsOf } from '../timelog/follow-up.ts';
import type { Mandate } from '../timelog/mandate.ts';
import { summarise } from '../timelog/summary.ts';
import { dataLocale } from '../locale.ts';

type MeetingRef = Pick<Meeting, 'id' | 'title' | 'kind' | 'startDate' | 'startTime' | 'goalAreaIds'>;

export interface PreparationInput {
  meeting: MeetingRef;
  goalArea: Pick<GoalArea, 'id' | 'koladaAreas'>;
  /** `YYYY-MM-DD`, the user's local day: what is late, and the end of the hours counted. */
  today: string;
  /** Every plan of the goal area with its content; those that still count are chosen here. */
  plans: readonly PlanContent[];
  /** The submitted versions of these plans (others are ignored). */
  versions: readonly Pick<PlanVersion, 'planId' | 'version' | 'submittedAt' | 'snapshot'>[];
  /** The meetings to find the previous dialogue meeting among (any kind, any goal area). */
  meetings: readonly MeetingRef[];
  /** Per Kolada KPI, its stored values (those in the goal area's region at least). */
  koladaValues: ReadonlyMap<string, readonly Pick<KoladaValueRecord, 'areaId' | 'year' | 'gender' | 'value'>[]>;
  /** Time entries from at least the earliest day counted (`hoursFrom`) to today. */
  timeEntries: readonly TimeEntry[];
  mandates: readonly Mandate[];
  /** The local day of a submission's moment (`submittedAt`, ISO 8601), `YYYY-MM-DD`. */
  dayOf: (isoDateTime: string) => string;
}

/** The meeting the changes are counted from. */
export interface PreviousMeeting {
  id: string;
  title: string;
  startDate: string;
}

/** A submitted version as the comparison names it. */
export interface VersionRef {
  version: number;
  submittedOn: string;
}

/**
 * One plan's changes. `basis` is the version compared with: the newest submitted at or before the
 * previous dialogue meeting, or (without a previous meeting) the newest submitted at all; null
 * when there is none, and then `entries` is empty and only `state` says where the plan stands.
 */
export interface PlanChanges {
  planId: string;
  title: string;
  periodStart: number;
  periodEnd: number;
  basis: VersionRef | null;
  entries: DiffEntry[];
  state: {
    status: ActionPlan['status'];
    version: number;
    lastSubmitted: VersionRef | null;
    strategies: number;
    tactics: number;
    activities: number;
  };
}

/** One indicator of a plan that Kolada measures. */
export interface PreparedIndicator {
  planId: string;
  strategyId: string;
  strategyTitle: string;
  /** Its place among the strategy's indicators. */
  index: number;
  name: string;
  unit: string;
  kpiId: string;
  /** The region's latest value; null without a region or a value. */
  latest: { year: number; value: number } | null;
  /** As many decimals as Kolada gives the KPI (0–2). */
  decimals: number;
  /** The app's verdict on the region's values; null when no region is chosen. */
  verdict: VerdictKind | null;
  baseline: { year: number | null; value: number | null };
  target: { year: number | null; value: number | null };
}

export interface PreparedIndicators {
  regionId: string | null;
  rows: PreparedIndicator[];
  /** Indicators of the plans without a Kolada KPI (not followed here). */
  withoutKpi: number;
}

/** MOA hours over a span of days against the mandate for the same working days. */
export interface HoursSpan {
  kind: 'year' | 'period';
  from: string;
  to: string;
  /** MOA minutes for this goal area: linked to it or to one of its activities, or to no goal area at all. */
  moaMinutes: number;
  /** Of those, minutes linked to no goal area. */
  withoutGoalAreaMinutes: number;
  /** MOA minutes linked to other goal areas, not counted (the mandate is the whole assignment's). */
  otherGoalAreasMinutes: number;
  mandateMinutes: number;
  /** moaMinutes − mandateMinutes: positive is over the mandate. */
  overMinutes: number;
}

export interface PreparedHours {
  spans: HoursSpan[];
  /** Whether a mandate has been set that is in force by today (without one, mandateMinutes is 0 and says nothing). */
  hasMandate: boolean;
}

export interface DialoguePreparation {
  previousMeeting: PreviousMeeting | null;
  plans: PlanChanges[];
  late: AttentionActivity[];
  indicators: PreparedIndicators;
  hours: PreparedHours;
}

const startKey = (m: Pick<Meeting, 'startDate' | 'startTime'>): string => `${m.startDate}T${m.startTime ?? '00:00'}`;

/** The goal area's latest dialogue meeting that started on a day before this meeting's first day. */
export function previousDialogueMeeting(meeting: Pick<Meeting, 'id' | 'startDate'>, goalAreaId: string, meetings: readonly MeetingRef[]): PreviousMeeting | null {
  let found: MeetingRef | null = null;
  for (const m of meetings) {
    if (m.id === meeting.id || m.kind !== 'dialogue' || !m.goalAreaIds.includes(goalAreaId) || m.startDate >= meeting.startDate) continue;
    if (found === null || startKey(m) > startKey(found)) found = m;
  }
  return found ? { id: found.id, title: found.title, startDate: found.startDate } : null;
}

/**
 * The first day hours are counted from: this year's first day, or the first day of the period of
 * the goal area's plans that still count, when one of them began in an earlier year.
 */
export function hoursFrom(plans: readonly Pick<ActionPlan, 'goalAreaId' | 'periodStart'>[], today: string): string {
  const year = Number(today.slice(0, 4));
  const begun = currentPlans(plans, today)
    .map((p) => p.periodStart)
    .filter((start) => start <= year);
  return `${String(Math.min(year, ...begun)).padStart(4, '0')}-01-01`;
}

function planChanges(content: PlanContent, versions: PreparationInput['versions'], previous: PreviousMeeting | null, dayOf: PreparationInput['dayOf']): PlanChanges {
  const own = versions
    .filter((v) => v.planId === content.plan.id)
    .map((v) => ({ version: v, submittedOn: dayOf(v.submittedAt) }))
    .sort((a, b) => a.version.version - b.version.version);
  const newest = own.at(-1);
  const candidates = previous === null ? own : own.filter((v) => v.submittedOn <= previous.startDate);
  const basis = candidates.at(-1);
  const ref = (v: { version: { version: number }; submittedOn: string } | undefined): VersionRef | null => (v ? { version: v.version.version, submittedOn: v.submittedOn } : null);
  return {
    planId: content.plan.id,
    title: content.plan.title,
    periodStart: content.plan.periodStart,
    periodEnd: content.plan.periodEnd,
    basis: ref(basis),
    entries: basis ? comparePlans(basis.version.snapshot, snapshotPlan(content)).entries : [],
    state: {
      status: content.plan.status,
      version: content.plan.version,
      lastSubmitted: ref(newest),
      strategies: content.strategies.length,
      tactics: content.tactics.length,
      activities: content.activities.length,
    },
  };
}

function preparedIndicators(plans: readonly PlanContent[], goalArea: PreparationInput['goalArea'], koladaValues: PreparationInput['koladaValues']): PreparedIndicators {
  const regionId = goalArea.koladaAreas?.regionId ?? null;
  const rows: PreparedIndicator[] = [];
  let withoutKpi = 0;
  for (const content of plans) {
    const strategies = [...content.strategies].sort((a: Strategy, b: Strategy) => a.order - b.order);
    for (const strategy of strategies) {
      strategy.indicators.forEach((indicator, index) => {
        const kpiId = indicator.koladaKpiId;
        if (kpiId === undefined) {
          withoutKpi += 1;
          return;
        }
        const values = koladaValues.get(kpiId) ?? [];
        const verdict = indicatorVerdict({
          points: regionPoints(values, regionId),
          baseline: { year: indicator.baselineYear, value: indicator.baselineValue },
          target: { year: indicator.targetYear, value: indicator.targetValue },
        });
        rows.push({
          planId: content.plan.id,
          strategyId: strategy.id,
          strategyTitle: strategy.title,
          index,
          name: indicator.name,
          unit: indicator.unit,
          kpiId,
          latest: verdict.latest,
          decimals: koladaDecimals(values),
          verdict: regionId === null ? null : verdict.kind,
          baseline: { year: indicator.baselineYear, value: indicator.baselineValue },
          target: { year: indicator.targetYear, value: indicator.targetValue },
        });
      });
    }
  }
  return { regionId, rows, withoutKpi };
}

function preparedHours(input: PreparationInput, plans: readonly PlanContent[]): PreparedHours {
  const { today, goalArea } = input;
  const ownActivities = new Set(input.plans.flatMap((p) => p.activities.map((a) => a.id)));
  const isOwn = (e: TimeEntry) => e.goalAreaId === goalArea.id || (e.goalAreaId === null && (e.activityId === null || ownActivities.has(e.activityId)));
  const moaEntries = input.timeEntries.filter((e) => e.categoryId === moaCategoryId && e.date <= today);
  const yearStart = `${today.slice(0, 4)}-01-01`;
  const periodStart = hoursFrom(plans.map((p) => p.plan), today);
  const starts: { kind: HoursSpan['kind']; from: string }[] = [{ kind: 'year', from: yearStart }, ...(periodStart < yearStart ? [{ kind: 'period' as const, from: periodStart }] : [])];
  const spans = starts.map(({ kind, from }): HoursSpan => {
    const inSpan = moaEntries.filter((e) => e.date >= from);
    const counted = inSpan.filter(isOwn);
    // The follow-up's own sums: minutes per day against a fifth of the weekly mandate each working day.
    const totals = totalsOf(summarise(counted, { period: 'year', from, to: today, mandates: input.mandates, moaCategoryId }));
    const sum = (list: readonly { minutes: number }[]) => list.reduce((s, e) => s + e.minutes, 0);
    return {
      kind,
      from,
      to: today,
      moaMinutes: totals.moaMinutes,
      withoutGoalAreaMinutes: sum(counted.filter((e) => e.goalAreaId === null && (e.activityId === null || !ownActivities.has(e.activityId)))),
      otherGoalAreasMinutes: sum(inSpan) - sum(counted),
      mandateMinutes: totals.mandateMinutes,
      overMinutes: totals.moaOverMandateMinutes,
    };
  });
  return { spans, hasMandate: input.mandates.some((m) => m.validFrom <= today) };
}

/** The preparation for one goal area of a dialogue meeting. */
export function prepareDialogue(input: PreparationInput): DialoguePreparation {
  const { today, goalArea } = input;
  const ownPlans = input.plans.filter((p) => p.plan.goalAreaId === goalArea.id);
  const counting = new Set(currentPlans(ownPlans.map((p) => p.plan), today).map((p) => p.id));
  const plans = ownPlans.filter((p) => counting.has(p.plan.id)).sort((a, b) => a.plan.periodStart - b.plan.periodStart || a.plan.title.localeCompare(b.plan.title, dataLocale));
  const previousMeeting = previousDialogueMeeting(input.meeting, goalArea.id, input.meetings);
  // Only the late list of "what needs me now" is wanted: the week's hours there are Översikt's.
  const { late } = needsAttention({
    today,
    goalAreas: [{ id: goalArea.id, name: '' }],
    plans: plans.map((p) => p.plan),
    activities: plans.flatMap((p) => p.activities),
    timeEntries: [],
    mandates: [],
    moaCategoryId,
  });
  return {
    previousMeeting,
    plans: plans.map((p) => planChanges(p, input.versions, previousMeeting, input.dayOf)),
    late,
    indicators: preparedIndicators(plans, goalArea, input.koladaValues),
    hours: preparedHours(input, plans),
  };
}

/** What adding the prepared items to the agenda does: those added, and those left out and why. */
export interface AgendaAddition {
  agenda: AgendaItem[];
  added: AgendaItem[];
  /** Titles already on the agenda (pressing the button again adds nothing twice). */
  alreadyThere: string[];
  /** Titles that did not fit under the agenda's limit. */
  noRoom: string[];
}

const titleKey = (title: string) => title.trim().toLocaleLowerCase(dataLocale);

/**
 * Appends the proposed items whose title is not on the agenda yet (case and surrounding spaces
 * aside), as many as the agenda's limit leaves room for, in the order given.
 */
export function addToAgenda(agenda: readonly AgendaItem[], proposed: readonly AgendaItem[], limit: number = MEETING_LIMITS.agenda): AgendaAddition {
  const taken = new Set(agenda.map((a) => titleKey(a.title)));
  const result: AgendaAddition = { agenda: [...agenda], added: [], alreadyThere: [], noRoom: [] };
  for (const item of proposed) {
    const key = titleKey(item.title);
    if (taken.has(key)) {
      result.alreadyThere.push(item.title);
      continue;
    }
    if (result.agenda.length >= limit) {
      result.noRoom.push(item.title);
      continue;
    }
    taken.add(key);
    result.agenda.push(item);
    result.added.push(item);
  }
  return result;
}
