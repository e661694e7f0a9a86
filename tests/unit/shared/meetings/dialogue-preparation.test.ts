import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '#shared/domain/meeting.ts';
import type { PlanVersion } from '#shared/domain/plan.ts';
import { addToAgenda, hoursFrom, prepareDialogue, previousDialogueMeeting, type PreparationInput } from '#shared/meetings/dialogue-preparation.ts';
import { snapshotPlan, submitPlan } from '#shared/plan/versions.ts';
import type { PlanContent } from '#shared/plan/types.ts';
import { activityRow, planFrom, planRow } from '../plan/helpers.ts';
import { timeEntry } from '../../../fixtures/time-entry.ts';

/** Friday 16 January 2026: twelve working days into the year. */
const today = '2026-01-16';

type MeetingRef = PreparationInput['meetings'][number];
const meeting = (id: string, startDate: string, overrides: Partial<MeetingRef> = {}): MeetingRef => ({
  id,
  title: `Möte ${id}`,
  kind: 'dialogue',
  startDate,
  startTime: '10:00',
  goalAreaIds: ['ga-ie'],
  ...overrides,
});

const thisMeeting = meeting('m-now', '2026-02-10');

/** The plan 2026–2028 of the helpers, with one strategy, tactic and two activities. */
function examplePlan(): PlanContent {
  return planFrom({ S1: { T1: ['A1', 'A2'] } });
}

/** A submitted version of `content` at `submittedAt`. */
function version(content: PlanContent, submittedAt: string, id = `v-${submittedAt}`): PlanVersion {
  return submitPlan(content, id, submittedAt).version;
}

const entry = timeEntry;

function input(overrides: Partial<PreparationInput> = {}): PreparationInput {
  return {
    meeting: thisMeeting,
    goalArea: { id: 'ga-ie' },
    today,
    plans: [examplePlan()],
    versions: [],
    meetings: [thisMeeting],
    koladaValues: new Map(),
    timeEntries: [],
    mandates: [],
    // Stockholm is an hour ahead of UTC in winter: a submission at 23:30 UTC is the next local day.
    dayOf: (iso) => new Date(Date.parse(iso) + 3600_000).toISOString().slice(0, 10),
    ...overrides,
  };
}

describe('previousDialogueMeeting', () => {
  it('is the goal area’s latest dialogue meeting on a day before this one, whatever the list’s order', () => {
    const meetings = [
      meeting('autumn', '2025-10-01'),
      meeting('winter-morning', '2025-12-09', { startTime: '08:00' }),
      meeting('winter-afternoon', '2025-12-09', { startTime: '14:00' }),
      meeting('network', '2026-01-20', { kind: 'network' }),
      meeting('other-area', '2026-01-21', { goalAreaIds: ['ga-kb'] }),
      meeting('same-day', '2026-02-10', { startTime: '08:00' }),
      meeting('later', '2026-03-01'),
      thisMeeting,
    ];
    expect(previousDialogueMeeting(thisMeeting, 'ga-ie', meetings)).toEqual({ id: 'winter-afternoon', title: 'Möte winter-afternoon', startDate: '2025-12-09' });
    expect(previousDialogueMeeting(thisMeeting, 'ga-ie', [...meetings].reverse())?.id).toBe('winter-afternoon');
  });

  it('is null for the first dialogue meeting', () => {
    expect(previousDialogueMeeting(thisMeeting, 'ga-ie', [thisMeeting, meeting('later', '2026-03-01')])).toBeNull();
  });
});

describe('prepareDialogue: the plan’s changes since the last dialogue meeting', () => {
  it('compares the plan now with the newest version submitted at or before that meeting, not a later one', () => {
    const v1 = examplePlan();
    const v2 = examplePlan();
    v2.plan = { ...v2.plan, version: 2 };
    v2.activities = v2.activities.map((a) => (a.id === 'A1' ? { ...a, title: 'Kickoff för UF-lärare' } : a));
    const now = snapshotPlan(v2);
    now.activities = [...now.activities.filter((a) => a.id !== 'A2'), activityRow('A3', 'T1', 1, { title: 'Regional UF-mässa', endDate: '2026-03-12', startDate: '2026-03-12' })];
    now.plan = { ...now.plan, version: 3, status: 'draft' };
    const result = prepareDialogue(
      input({
        plans: [now],
        // Version 1 the evening before the meeting, local time (so after midnight in Stockholm: the meeting's own day); version 2 after it.
        versions: [version(v2, '2026-01-12T09:00:00.000Z'), version(v1, '2025-12-08T23:30:00.000Z')],
        meetings: [thisMeeting, meeting('december', '2025-12-09')],
      }),
    );
    expect(result.previousMeeting).toEqual({ id: 'december', title: 'Möte december', startDate: '2025-12-09' });
    const [plan] = result.plans;
    expect(plan?.basis).toEqual({ version: 1, submittedOn: '2025-12-09' });
    expect(plan?.entries.map((e) => [e.kind, e.id, e.change])).toEqual([
      ['activity', 'A1', 'edited'],
      ['activity', 'A2', 'removed'],
      ['activity', 'A3', 'added'],
    ]);
    expect(plan?.entries[0]?.fields).toEqual([{ field: 'title', before: 'Aktivitet A1', after: 'Kickoff för UF-lärare' }]);
    expect(plan?.state).toEqual({ status: 'draft', version: 3, lastSubmitted: { version: 2, submittedOn: '2026-01-12' }, strategies: 1, tactics: 1, activities: 2 });
  });

  it('has nothing to compare with when no version had been submitted by the last meeting, and says where the plan stands', () => {
    const content = examplePlan();
    const result = prepareDialogue(input({ versions: [version(content, '2026-01-12T09:00:00.000Z')], meetings: [thisMeeting, meeting('december', '2025-12-09')] }));
    expect(result.plans[0]).toMatchObject({ basis: null, entries: [], state: { status: 'draft', version: 1, lastSubmitted: { version: 1, submittedOn: '2026-01-12' }, strategies: 1, tactics: 1, activities: 2 } });
  });

  it('compares with the newest submitted version before the first dialogue meeting, and with nothing before the first submission', () => {
    const before = examplePlan();
    const now = examplePlan();
    now.plan = { ...now.plan, sections: now.plan.sections.map((s) => (s.key === 'bakgrund' ? { ...s, text: 'Länet behöver fler och växande företag.' } : s)) };
    const result = prepareDialogue(input({ plans: [now], versions: [version(before, '2026-01-05T12:00:00.000Z')] }));
    expect(result.previousMeeting).toBeNull();
    expect(result.plans[0]?.basis).toEqual({ version: 1, submittedOn: '2026-01-05' });
    expect(result.plans[0]?.entries.map((e) => [e.kind, e.id, e.change, e.fields.map((f) => f.field)])).toEqual([['section', 'bakgrund', 'edited', ['text']]]);

    expect(prepareDialogue(input()).plans[0]).toMatchObject({ basis: null, entries: [], state: { lastSubmitted: null } });
  });

  it('reads only the goal area’s plans that still count, not one a later period has replaced or another goal area’s', () => {
    const old = planFrom({ S1: {} }, planRow({ id: 'old', periodStart: 2023, periodEnd: 2025, title: 'Gammal plan' }));
    const other = planFrom({ S1: {} }, planRow({ id: 'other', goalAreaId: 'ga-kb', title: 'Annat målområde' }));
    const result = prepareDialogue(input({ plans: [old, examplePlan(), other] }));
    expect(result.plans.map((p) => p.planId)).toEqual(['plan-1']);
  });
});

describe('prepareDialogue: late activities', () => {
  it('lists activities whose end has passed and are neither done nor cancelled, oldest end first, as Översikt does', () => {
    const content = examplePlan();
    content.activities = [
      activityRow('late-planned', 'T1', 0, { endDate: '2026-01-10', startDate: '2026-01-01' }),
      activityRow('late-delayed', 'T1', 1, { endDate: '2026-01-05', startDate: '2026-01-01', status: 'delayed' }),
      activityRow('done', 'T1', 2, { endDate: '2026-01-05', startDate: '2026-01-01', status: 'done' }),
      activityRow('cancelled', 'T1', 3, { endDate: '2026-01-05', startDate: '2026-01-01', status: 'cancelled' }),
      activityRow('ends-today', 'T1', 4, { endDate: today, startDate: '2026-01-01', status: 'ongoing' }),
    ];
    const result = prepareDialogue(input({ plans: [content] }));
    expect(result.late.map((a) => [a.activityId, a.planId, a.endDate, a.days, a.status])).toEqual([
      ['late-delayed', 'plan-1', '2026-01-05', 11, 'delayed'],
      ['late-planned', 'plan-1', '2026-01-10', 6, 'planned'],
    ]);
  });
});

describe('prepareDialogue: indicators', () => {
  const measured = () => {
    const content = examplePlan();
    content.strategies = content.strategies.map((s) => ({
      ...s,
      indicators: [
        { name: 'Förvärvsarbetande 20–64 år', unit: '%', baselineYear: 2019, baselineValue: 78.5, targetYear: 2028, targetValue: 82, koladaKpiId: 'N00914' },
        { name: 'UF-företag per läsår', unit: 'antal', baselineYear: 2025, baselineValue: 280, targetYear: 2028, targetValue: 400 },
      ],
    }));
    return content;
  };
  const values = new Map([
    [
      'N00914',
      [
        { areaId: '0018', year: 2019, gender: 'T' as const, value: 78.6 },
        { areaId: '0018', year: 2021, gender: 'T' as const, value: 79.4 },
        { areaId: '0018', year: 2023, gender: 'T' as const, value: 80.3 },
        { areaId: '0018', year: 2024, gender: 'K' as const, value: 81.0 },
        { areaId: '0000', year: 2024, gender: 'T' as const, value: 79.9 },
      ],
    ],
  ]);

  it('gives the region’s latest total and the app’s verdict for each indicator with a Kolada KPI, and counts the others', () => {
    const result = prepareDialogue(input({ plans: [measured()], goalArea: { id: 'ga-ie', koladaAreas: { regionId: '0018', compareIds: [] } }, koladaValues: values }));
    expect(result.indicators).toEqual({
      regionId: '0018',
      withoutKpi: 1,
      rows: [
        {
          planId: 'plan-1',
          strategyId: 'S1',
          strategyTitle: 'Strategi S1',
          index: 0,
          name: 'Förvärvsarbetande 20–64 år',
          unit: '%',
          kpiId: 'N00914',
          latest: { year: 2023, value: 80.3 },
          decimals: 1,
          verdict: 'onTrack',
          baseline: { year: 2019, value: 78.5 },
          target: { year: 2028, value: 82 },
        },
      ],
    });
  });

  it('has no latest value and no verdict without a region', () => {
    const result = prepareDialogue(input({ plans: [measured()], koladaValues: values }));
    expect(result.indicators.regionId).toBeNull();
    expect(result.indicators.rows[0]).toMatchObject({ latest: null, verdict: null });
  });
});

describe('prepareDialogue: hours against the mandate', () => {
  const mandates = [{ id: 'md-1', validFrom: '2025-01-01', hoursPerWeek: 10 }];
  const entries = [
    entry('own', '2026-01-05', 180, { goalAreaId: 'ga-ie' }),
    entry('own-activity', '2026-01-07', 60, { activityId: 'A1' }),
    entry('unlinked', '2026-01-08', 90),
    entry('other-area', '2026-01-09', 120, { goalAreaId: 'ga-kb' }),
    entry('project', '2026-01-09', 240, { categoryId: 'projektledning', goalAreaId: 'ga-ie' }),
    entry('last-year', '2025-12-15', 300, { goalAreaId: 'ga-ie' }),
    entry('ahead', '2026-01-19', 60, { goalAreaId: 'ga-ie' }),
  ];

  it('sums this year’s MOA time for the goal area (linked to it, to its activities or to none) against the working days’ mandate', () => {
    const result = prepareDialogue(input({ timeEntries: entries, mandates }));
    // Twelve working days at a fifth of 10 hours each.
    expect(result.hours).toEqual({
      hasMandate: true,
      spans: [{ kind: 'year', from: '2026-01-01', to: today, moaMinutes: 330, withoutGoalAreaMinutes: 90, otherGoalAreasMinutes: 120, mandateMinutes: 12 * 120, overMinutes: 330 - 12 * 120 }],
    });
  });

  it('adds the span since the period began when the plan began in an earlier year', () => {
    const content = planFrom({ S1: { T1: ['A1'] } }, planRow({ periodStart: 2025, periodEnd: 2027 }));
    const result = prepareDialogue(input({ plans: [content], timeEntries: entries, mandates }));
    // 2025 has 261 working days (it starts on a Wednesday).
    expect(result.hours.spans[1]).toEqual({ kind: 'period', from: '2025-01-01', to: today, moaMinutes: 630, withoutGoalAreaMinutes: 90, otherGoalAreasMinutes: 120, mandateMinutes: (261 + 12) * 120, overMinutes: 630 - (261 + 12) * 120 });
    expect(hoursFrom([content.plan], today)).toBe('2025-01-01');
  });

  it('says there is no mandate when none is in force yet', () => {
    const result = prepareDialogue(input({ timeEntries: entries, mandates: [{ id: 'md-2', validFrom: '2026-02-01', hoursPerWeek: 10 }] }));
    expect(result.hours.hasMandate).toBe(false);
    expect(result.hours.spans[0]).toMatchObject({ moaMinutes: 330, mandateMinutes: 0 });
  });
});

describe('addToAgenda', () => {
  const item = (id: string, title: string): AgendaItem => ({ id, title, notes: `Anteckningar ${id}` });

  it('appends the items not on the agenda yet, so pressing twice adds nothing twice', () => {
    const first = addToAgenda([item('a', 'Välkommen')], [item('p1', 'Försenade aktiviteter'), item('p2', 'Indikatorer')]);
    expect(first.agenda.map((a) => a.title)).toEqual(['Välkommen', 'Försenade aktiviteter', 'Indikatorer']);
    expect(first.added.map((a) => a.id)).toEqual(['p1', 'p2']);
    const again = addToAgenda(first.agenda, [item('p3', 'Försenade aktiviteter'), item('p4', ' indikatorer ')]);
    expect(again).toEqual({ agenda: first.agenda, added: [], alreadyThere: ['Försenade aktiviteter', ' indikatorer '], noRoom: [] });
  });

  it('stops at the agenda’s limit and names what did not fit', () => {
    const result = addToAgenda([item('a', 'Välkommen')], [item('p1', 'Ett'), item('p2', 'Två')], 2);
    expect(result.added.map((a) => a.title)).toEqual(['Ett']);
    expect(result.noRoom).toEqual(['Två']);
  });
});
