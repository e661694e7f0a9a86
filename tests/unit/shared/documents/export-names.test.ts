import { describe, expect, it } from 'vitest';
import { aktivitetsplanExportNames, indikatorrapportExportNames, projektplanExportNames, tidrapportExportNames } from '#shared/documents/export-names.ts';
import { mandateDescription } from '#shared/documents/tidrapport.ts';
import { documentWords } from '#shared/documents/words/index.ts';

const sv = documentWords('sv');
const en = documentWords('en');
const today = '2026-11-27';

describe('the aktivitetsplan’s file name and subject', () => {
  it('names one goal area, the plans and the dates', () => {
    const names = aktivitetsplanExportNames(sv, { grouping: 'status', planScope: 'current', period: null }, { name: 'Hälsa och folkhälsa' }, today);
    expect(names).toEqual({ fileName: 'Aktivitetsplan_Halsa-och-folkhalsa_aktuell-plan_alla-datum_2026-11-27.docx', subject: 'Hälsa och folkhälsa (aktuell plan, per status)' });
  });

  it('names all goal areas, a period of plans and a range of dates', () => {
    const choice = { grouping: 'quarter', planScope: '2027-2029', period: { from: '2027-01-01', to: '2027-06-30' } } as const;
    expect(aktivitetsplanExportNames(sv, choice, null, today)).toEqual({
      fileName: 'Aktivitetsplan_Alla-malomraden_plan-2027-2029_2027-01-01_2027-06-30_2026-11-27.docx',
      subject: 'Alla målområden (planer 2027–2029, per kvartal)',
    });
    expect(aktivitetsplanExportNames(sv, { ...choice, planScope: 'all' }, null, today).subject).toBe('Alla målområden (alla planer, per kvartal)');
    expect(aktivitetsplanExportNames(en, { ...choice, planScope: 'all' }, null, today)).toEqual({
      fileName: 'Activity-plan_All-goal-areas_all-plans_2027-01-01_2027-06-30_2026-11-27.docx',
      subject: 'All goal areas (all plans, by quarter)',
    });
  });
});

describe('the projektplan’s and tidrapport’s file names', () => {
  it('names the project by its title and years, or as a project when the title has no letters', () => {
    const project = { title: 'Unga innovatörer', startDate: '2027-01-01', endDate: '2028-06-30' };
    expect(projektplanExportNames(sv, project, today)).toEqual({ fileName: 'Projektplan_Unga-innovatorer_2027-2028_2026-11-27.docx', subject: 'Unga innovatörer' });
    expect(projektplanExportNames(sv, { ...project, title: '🚀' }, today).fileName).toBe('Projektplan_Projekt_2027-2028_2026-11-27.docx');
    expect(projektplanExportNames(en, project, today).fileName).toBe('Project-plan_Unga-innovatorer_2027-2028_2026-11-27.docx');
  });

  it('names the time report by the person and the dates', () => {
    const period = { from: '2026-11-01', to: '2026-11-30', label: 'November 2026' };
    expect(tidrapportExportNames(sv, 'Anna Lindqvist', period)).toEqual({ fileName: 'Tidrapport_Anna-Lindqvist_2026-11-01_2026-11-30.docx', subject: 'November 2026 (2026-11-01 – 2026-11-30)' });
    expect(tidrapportExportNames(sv, '', period).fileName).toBe('Tidrapport_MOA_2026-11-01_2026-11-30.docx');
    expect(tidrapportExportNames(en, 'Åsa Öberg', period).fileName).toBe('Time-report_Asa-Oberg_2026-11-01_2026-11-30.docx');
  });
});

describe('the indikatorrapport’s file name and subject', () => {
  it('names the goal area and the date, and one plan’s period when the report is for one plan', () => {
    const goalArea = { name: 'Innovationer och entreprenörskap' };
    expect(indikatorrapportExportNames(sv, goalArea, null, today)).toEqual({ fileName: 'Indikatorrapport_Innovationer-och-entreprenorskap_2026-11-27.docx', subject: 'Innovationer och entreprenörskap' });
    const plan = { title: 'Handlingsplan IE', periodStart: 2026, periodEnd: 2028 };
    expect(indikatorrapportExportNames(sv, goalArea, plan, today)).toEqual({
      fileName: 'Indikatorrapport_Innovationer-och-entreprenorskap_2026-2028_2026-11-27.docx',
      subject: 'Innovationer och entreprenörskap, Handlingsplan IE (2026–2028)',
    });
    expect(indikatorrapportExportNames(en, goalArea, null, today).fileName).toBe('Indicator-report_Innovationer-och-entreprenorskap_2026-11-27.docx');
  });
});

describe('the mandate in words, for the time report', () => {
  it('says nothing when no mandate is agreed', () => {
    expect(mandateDescription(sv, [], '2026-01-01', '2026-12-31')).toBe('');
  });

  it('names the mandate in force, and a change inside the period with its date', () => {
    const mandates = [
      { id: 'a', validFrom: '2025-01-01', hoursPerWeek: 8 },
      { id: 'b', validFrom: '2026-07-01', percentOfFullTime: 25, fullTimeHoursPerWeek: 40 },
      { id: 'c', validFrom: '2027-01-01', hoursPerWeek: 4 },
    ];
    expect(mandateDescription(sv, mandates, '2026-01-01', '2026-12-31')).toBe('8 timmar i veckan; 25 % av heltid (10 timmar i veckan) från 2026-07-01');
    expect(mandateDescription(sv, mandates, '2026-08-01', '2026-08-31')).toBe('25 % av heltid (10 timmar i veckan)');
    expect(mandateDescription(en, mandates, '2026-01-01', '2026-12-31')).toBe('8 hours a week; 25% of full time (10 hours a week) from 2026-07-01');
  });

  it('says from when a mandate applies if it starts inside the period', () => {
    expect(mandateDescription(sv, [{ id: 'a', validFrom: '2026-03-01', hoursPerWeek: 7.5 }], '2026-01-01', '2026-12-31')).toBe('7,5 timmar i veckan från 2026-03-01');
    expect(mandateDescription(en, [{ id: 'a', validFrom: '2026-03-01', percentOfFullTime: 12.5, fullTimeHoursPerWeek: 40 }], '2026-01-01', '2026-12-31')).toBe('12.5% of full time (5 hours a week) from 2026-03-01');
  });
});
