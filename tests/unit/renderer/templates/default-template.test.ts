/** The template that ships with the app: valid, Swedish, and in step with what the app uses today. */
import { describe, expect, test } from 'vitest';
import { defaultPerspectives } from '#shared/domain/plan.ts';
import { defaultTimeCategories } from '#shared/domain/timelog.ts';
import { defaultProjectSections, projectSectionGuidance, requiredProjectSectionKeys } from '#shared/project/defaults.ts';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import { validateTemplate } from '#shared/templates/validate.ts';
import { defaultPlanSections, requiredSectionKeys } from '../../../../renderer/features/plans/plan-defaults.ts';

describe('the default template', () => {
  test('is valid', () => {
    expect(validateTemplate(defaultTemplate)).toEqual({ ok: true, template: defaultTemplate });
  });

  test('has the handlingsplan sections the app uses, with the same titles and requirements, and the structured parts', () => {
    const sections = defaultTemplate.actionPlan.sections;
    for (const appSection of defaultPlanSections()) {
      const section = sections.find((s) => s.key === appSection.key);
      expect(section?.title).toBe(appSection.title);
      expect(section?.required).toBe(requiredSectionKeys.includes(appSection.key));
    }
    expect(sections.map((s) => s.kind)).toEqual(['freeText', 'freeText', 'strategyTree', 'activities', 'indicators', 'perspectives', 'support', 'freeText']);
    for (const section of sections) expect(section.guidance).not.toBe('');
  });

  test('has the projektplan sections the app uses, with their guidance', () => {
    const sections = defaultTemplate.projectPlan.sections;
    for (const appSection of defaultProjectSections) {
      expect(sections.find((s) => s.key === appSection.key)).toEqual({
        key: appSection.key,
        title: appSection.title,
        guidance: projectSectionGuidance[appSection.key],
        required: requiredProjectSectionKeys.includes(appSection.key),
        kind: 'freeText',
      });
    }
    expect(sections.filter((s) => s.kind !== 'freeText').map((s) => s.kind)).toEqual([
      'strategyTree',
      'goals',
      'targetGroups',
      'organisation',
      'activities',
      'timeline',
      'budget',
      'financing',
      'risks',
      'principles',
      'changeTheory',
    ]);
  });

  test('has the time log categories and the cross-cutting perspectives of the app', () => {
    expect(defaultTemplate.timeLog.categories).toEqual(defaultTimeCategories.map(({ id, name }) => ({ id, name })));
    expect(defaultTemplate.perspectives.map((p) => p.name)).toEqual([...defaultPerspectives]);
    for (const perspective of defaultTemplate.perspectives) expect(perspective.questions.length).toBeGreaterThan(0);
  });

  test('has the goal areas, support offers and events of the retreat material', () => {
    expect(defaultTemplate.goalAreas.map((g) => `${g.code} ${g.name}`)).toEqual(['IE Innovationer och entreprenörskap', 'KBU Kunskapslyft för barn och unga']);
    expect(defaultTemplate.supportOffers.map((o) => o.name)).toEqual([
      'Individuella dialogmöten',
      'Extern processledning',
      'Analys och uppföljning',
      'Informationsstöd och PR',
      'Bollplank för projektfinansiering',
      'Arrangemang som RUS-forum och Fredagsakademier',
    ]);
    expect(defaultTemplate.annualCycle.map((e) => [e.name, e.month])).toEqual([
      ['Utvärderingsforum', 5],
      ['Loka-dagar', 8],
      ['RUS-forum', 9],
    ]);
  });

  test('gives Kolada ids only to the indicators whose id is certain', () => {
    expect(defaultTemplate.indicatorCatalogue.filter((i) => i.koladaKpiId !== undefined).map((i) => [i.koladaKpiId, i.name])).toEqual([
      ['N01951', 'Invånare totalt'],
      ['N00914', 'Förvärvsarbetande invånare 20–64 år'],
      ['N01982', 'Invånare 25–64 år med eftergymnasial utbildning'],
    ]);
  });

  test('has a default mandate of a fifth of full time', () => {
    expect(defaultTemplate.timeLog.defaultMandate).toEqual({ percentOfFullTime: 20, fullTimeHoursPerWeek: 40 });
  });
});
