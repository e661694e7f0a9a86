import { describe, expect, it } from 'vitest';
import { codeFromName, goalAreasForProfile, profileNamesWithoutGoalArea } from '#shared/plan/profile-goal-areas.ts';
import { defaultTemplate } from '#shared/templates/default-template.ts';

const template = defaultTemplate.goalAreas;
const ie = template.find((g) => g.code === 'IE');

describe('codeFromName', () => {
  it.each([
    ['Kunskapslyft för barn och unga', 'KBU'],
    ['Ökad tillgänglighet – för alla', 'ÖTA'],
    ['Hållbar utveckling & <miljö> "citat" 🌱', 'HUMC'],
    ['och', 'O'],
    ['🌱 🌱', 'MO'],
    ['a b c d e f g h i j k l m n o p q r s t u v', 'BCDEFGHJKLMNOPQRS'],
  ])('%s → %s', (name, code) => {
    expect(codeFromName(name)).toBe(code);
  });
});

describe('goalAreasForProfile', () => {
  it('takes code, description and effect goals from the template for a name it knows, ignoring case and spaces', () => {
    const [made] = goalAreasForProfile(['  innovationer  och entreprenörskap '], [], template, 'Anna');
    expect(made).toEqual({ code: 'IE', name: ie?.name, description: ie?.description, effectGoals: ie?.effectGoals, owner: 'Anna', reviewers: [] });
  });

  it('gives another name a code of its initials, free of every other code', () => {
    const made = goalAreasForProfile(['Kultur och turism', 'Kompetens och tillväxt', 'Kompetens och Tillväxt'], [{ code: 'kt', name: 'Kvinnors tillväxt' }], template, 'Anna');
    expect(made.map((g) => [g.code, g.name, g.effectGoals.length])).toEqual([
      ['KT2', 'Kultur och turism', 0],
      ['KT3', 'Kompetens och tillväxt', 0],
    ]);
  });

  it('never makes a second goal area for a name the workbook has, and numbers a taken template code', () => {
    const existing = [
      { code: 'KBU', name: 'Kunskapslyft för barn och unga' },
      { code: 'IE', name: 'Egen variant' },
    ];
    const made = goalAreasForProfile(['Kunskapslyft för barn och unga', 'Innovationer och entreprenörskap'], existing, template, '');
    expect(made.map((g) => [g.code, g.name])).toEqual([['IE2', 'Innovationer och entreprenörskap']]);
    expect(made[0]?.effectGoals).toEqual(ie?.effectGoals);
  });
});

describe('profileNamesWithoutGoalArea', () => {
  it('lists each name once, as typed, that no goal area has', () => {
    expect(profileNamesWithoutGoalArea(['Ny idé', 'Kultur', 'ny  idé', 'Befintlig'], [{ name: 'befintlig' }])).toEqual(['Ny idé', 'Kultur']);
  });
});
