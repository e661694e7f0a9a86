import { describe, expect, it } from 'vitest';
import type { ActionPlan, Activity } from '#shared/domain/plan.ts';
import { currentPlans, needsAttention, type AttentionInput } from '#shared/plan/needs-attention.ts';

/** Friday 27 November 2026, ISO week 48 (Monday 23 – Sunday 29 November). */
const today = '2026-11-27';

type PlanRow = AttentionInput['plans'][number];
type ActivityRow = AttentionInput['activities'][number];

const plan = (id: string, goalAreaId: string, periodStart: number, periodEnd: number, status: ActionPlan['status'] = 'draft', version = 1): PlanRow => ({
  id,
  goalAreaId,
  title: `Plan ${id}`,
  periodStart,
  periodEnd,
  status,
  version,
});
const activity = (id: string, planId: string, startDate: string, endDate: string, status: Activity['status'] = 'planned'): ActivityRow => ({ id, planId, title: `Aktivitet ${id}`, startDate, endDate, status });

const base: AttentionInput = {
  today,
  goalAreas: [
    { id: 'ga-ie', name: 'Innovationer och entreprenörskap' },
    { id: 'ga-kb', name: 'Kunskapslyft för barn och unga' },
  ],
  plans: [plan('ie-2026', 'ga-ie', 2026, 2026)],
  activities: [],
  timeEntries: [],
  mandates: [],
  moaCategoryId: 'moa',
};

describe('needsAttention: activities', () => {
  it('lists what is late (end passed, not done or cancelled), oldest end first, with the days since', () => {
    const result = needsAttention({
      ...base,
      activities: [
        activity('late-planned', 'ie-2026', '2026-11-01', '2026-11-20'),
        activity('late-delayed', 'ie-2026', '2026-10-01', '2026-10-15', 'delayed'),
        activity('late-ongoing', 'ie-2026', '2026-11-01', '2026-11-26', 'ongoing'),
        activity('done', 'ie-2026', '2026-10-01', '2026-10-02', 'done'),
        activity('cancelled', 'ie-2026', '2026-10-01', '2026-10-02', 'cancelled'),
        activity('ends-today', 'ie-2026', '2026-11-01', today),
      ],
    });
    expect(result.late.map((a) => [a.activityId, a.days])).toEqual([
      ['late-delayed', 43],
      ['late-planned', 7],
      ['late-ongoing', 1],
    ]);
    expect(result.late[0]).toMatchObject({ planId: 'ie-2026', planTitle: 'Plan ie-2026', goalAreaName: 'Innovationer och entreprenörskap', endDate: '2026-10-15', status: 'delayed' });
  });

  it('lists what starts from today up to fourteen days ahead and has not begun, soonest first', () => {
    const result = needsAttention({
      ...base,
      activities: [
        activity('in-14-days', 'ie-2026', '2026-12-11', '2026-12-20'),
        activity('in-15-days', 'ie-2026', '2026-12-12', '2026-12-20'),
        activity('today', 'ie-2026', today, '2026-12-01'),
        activity('delayed-soon', 'ie-2026', '2026-12-01', '2026-12-02', 'delayed'),
        activity('already-ongoing', 'ie-2026', '2026-12-01', '2026-12-20', 'ongoing'),
        activity('done-early', 'ie-2026', '2026-12-01', '2026-12-02', 'done'),
        activity('started-yesterday', 'ie-2026', '2026-11-26', '2026-12-20'),
      ],
    });
    expect(result.startingSoon.map((a) => [a.activityId, a.days])).toEqual([
      ['today', 0],
      ['delayed-soon', 4],
      ['in-14-days', 14],
    ]);
    expect(result.late).toEqual([]);
  });

  it('leaves out a plan once a later plan of its goal area has begun (Ny period), but not before', () => {
    const plans = [plan('kb-2025', 'ga-kb', 2025, 2025, 'submitted'), plan('kb-2026', 'ga-kb', 2026, 2026, 'submitted'), plan('ie-2026', 'ga-ie', 2026, 2026, 'submitted'), plan('ie-2027', 'ga-ie', 2027, 2027, 'submitted')];
    expect(currentPlans(plans, today).map((p) => p.id)).toEqual(['kb-2026', 'ie-2026', 'ie-2027']);
    const result = needsAttention({
      ...base,
      plans,
      activities: [
        activity('old-copy', 'kb-2025', '2025-11-01', '2025-11-20'),
        activity('carried', 'kb-2026', '2026-11-01', '2026-11-20'),
        activity('next-period', 'ie-2027', '2027-01-01', '2027-01-31'),
        activity('unknown-plan', 'gone', '2026-11-01', '2026-11-20'),
      ],
    });
    expect(result.late.map((a) => a.activityId)).toEqual(['carried']);
  });
});

describe('needsAttention: plans to submit', () => {
  it('lists drafts whose period has begun or begins within eight weeks, by deadline; not submitted, far-off or ended ones', () => {
    const result = needsAttention({
      ...base,
      plans: [
        plan('ie-2026', 'ga-ie', 2026, 2026, 'draft', 2),
        plan('ie-2027', 'ga-ie', 2027, 2029),
        plan('kb-2026', 'ga-kb', 2026, 2027, 'submitted'),
        plan('kb-2028', 'ga-kb', 2028, 2028),
        plan('kb-2024', 'ga-kb', 2024, 2025),
      ],
    });
    expect(result.plansToSubmit.map((p) => [p.planId, p.deadline, p.daysLeft, p.version])).toEqual([
      ['ie-2026', '2026-01-01', -330, 2],
      ['ie-2027', '2027-01-01', 35, 1],
    ]);
    expect(result.plansToSubmit[1]).toMatchObject({ goalAreaName: 'Innovationer och entreprenörskap', periodStart: 2027, periodEnd: 2029 });
  });

  it('does not list a plan whose period begins more than eight weeks ahead', () => {
    expect(needsAttention({ ...base, today: '2026-11-05', plans: [plan('ie-2027', 'ga-ie', 2027, 2027)] }).plansToSubmit).toEqual([]);
    expect(needsAttention({ ...base, today: '2026-11-06', plans: [plan('ie-2027', 'ga-ie', 2027, 2027)] }).plansToSubmit.map((p) => p.daysLeft)).toEqual([56]);
  });
});

describe('needsAttention: this week against the mandate', () => {
  const entry = (date: string, minutes: number, categoryId = 'moa') => ({ date, minutes, categoryId });

  it('adds the MOA minutes of Monday to Sunday and sets them against the mandate in force today', () => {
    const result = needsAttention({
      ...base,
      timeEntries: [entry('2026-11-22', 600), entry('2026-11-23', 120), entry('2026-11-25', 30, 'projektledning'), entry('2026-11-29', 60), entry('2026-11-30', 600)],
      mandates: [
        { id: 'm-1', validFrom: '2026-01-01', hoursPerWeek: 8 },
        { id: 'm-2', validFrom: '2026-12-01', percentOfFullTime: 50, fullTimeHoursPerWeek: 40 },
      ],
    });
    expect(result.week).toEqual({ week: { year: 2026, week: 48 }, monday: '2026-11-23', sunday: '2026-11-29', moaMinutes: 180, totalMinutes: 210, mandateMinutes: 480 });
  });

  it('has no mandate to compare with before the first one applies', () => {
    const result = needsAttention({ ...base, mandates: [{ id: 'm-1', validFrom: '2027-01-01', hoursPerWeek: 8 }] });
    expect(result.week.mandateMinutes).toBeNull();
    expect(result.week.moaMinutes).toBe(0);
  });

  it('takes the ISO week across new year: 2027-01-01 is in week 53 of 2026', () => {
    const result = needsAttention({ ...base, today: '2027-01-01', timeEntries: [entry('2026-12-28', 45), entry('2027-01-03', 15)] });
    expect(result.week).toMatchObject({ week: { year: 2026, week: 53 }, monday: '2026-12-28', sunday: '2027-01-03', moaMinutes: 60 });
  });
});
