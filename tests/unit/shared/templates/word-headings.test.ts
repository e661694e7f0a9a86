/**
 * A Word template's headings matched with the plan's parts: numbering,
 * letters, case, spaces and a trailing colon set aside; one part per heading.
 */
import { describe, expect, test } from 'vitest';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import { choiceFromValue, choiceValue, guessHeadingChoices, headingChoiceClashes, headingOptions, headingWords, sectionTitleFromHeading } from '#shared/templates/word-headings.ts';

const actionPlan = defaultTemplate.actionPlan.sections;
const projectPlan = defaultTemplate.projectPlan.sections;

describe('a heading without its numbering', () => {
  test.each([
    ['6. Genomsyrande perspektiv', 'Genomsyrande perspektiv'],
    ['6) Genomsyrande perspektiv', 'Genomsyrande perspektiv'],
    ['6.1 Genomsyrande perspektiv', 'Genomsyrande perspektiv'],
    ['6.1. Genomsyrande perspektiv', 'Genomsyrande perspektiv'],
    ['6\tGenomsyrande perspektiv', 'Genomsyrande perspektiv'],
    ['(6) Genomsyrande perspektiv', 'Genomsyrande perspektiv'],
    ['A. Genomsyrande perspektiv', 'Genomsyrande perspektiv'],
    ['b) Genomsyrande perspektiv', 'Genomsyrande perspektiv'],
    ['IV. Genomsyrande perspektiv', 'Genomsyrande perspektiv'],
    ['iv) Genomsyrande perspektiv', 'Genomsyrande perspektiv'],
    ['§ 6 Genomsyrande perspektiv', 'Genomsyrande perspektiv'],
    ['  8.   Behov   av stöd:  ', 'Behov av stöd'],
    ['Varför?', 'Varför?'],
    ['I dag och i morgon', 'I dag och i morgon'],
    ['Vad händer 2027', 'Vad händer 2027'],
    ['2027 års plan', '2027 års plan'],
    ['6.', '6.'],
  ])('%j → %j', (heading, words) => {
    expect(headingWords(heading)).toBe(words);
  });

  test('a section title keeps the number as written, without extra spaces or a trailing colon', () => {
    expect(sectionTitleFromHeading('  2)  Nuläge och omvärld: ')).toBe('2) Nuläge och omvärld');
  });
});

describe('the proposal per heading', () => {
  test('numbered headings of the issue become the built-in parts, keeping the base sections’ keys', () => {
    const titles = ['1. Sammanfattning', '6. Genomsyrande perspektiv', '7. Indikatorer och uppföljning', '8. Behov av stöd'];
    expect(guessHeadingChoices(titles, 'actionPlan', actionPlan)).toEqual([
      { type: 'base', key: 'sammanfattning' },
      { type: 'base', key: 'perspektiv' },
      { type: 'base', key: 'indikatorer' },
      { type: 'base', key: 'stod' },
    ]);
  });

  test('case, letters and roman numbers do not matter', () => {
    const titles = ['A. NULÄGE OCH OMVÄRLD', 'b) strategier och taktiker', 'IV. Aktivitetsplan:', 'Genomsyrande Perspektiv'];
    expect(guessHeadingChoices(titles, 'actionPlan', actionPlan).map(choiceValue)).toEqual(['base:nulage', 'base:strategier', 'base:aktiviteter', 'base:perspektiv']);
  });

  test('a part goes to the first heading that names it; a later one becomes an own section', () => {
    const titles = ['5. Indikatorer', '7. Indikatorer och uppföljning', 'Perspektiv', 'Genomsyrande perspektiv'];
    expect(guessHeadingChoices(titles, 'actionPlan', actionPlan).map(choiceValue)).toEqual(['base:indikatorer', 'own', 'base:perspektiv', 'own']);
  });

  test('only parts the document can place: a Budget heading in a handlingsplan is an own section', () => {
    expect(guessHeadingChoices(['3. Budget'], 'actionPlan', actionPlan)).toEqual([{ type: 'own' }]);
    expect(guessHeadingChoices(['3. Budget', 'C) Målgrupper'], 'projectPlan', projectPlan).map(choiceValue)).toEqual(['base:budget', 'base:malgrupper']);
  });

  test('without a base section of a kind, the heading becomes a new part of that kind', () => {
    const base = actionPlan.filter((s) => s.kind !== 'indicators');
    expect(guessHeadingChoices(['7. Indikatorer och uppföljning'], 'actionPlan', base)).toEqual([{ type: 'part', kind: 'indicators' }]);
    expect(headingOptions('actionPlan', base).map(choiceValue)).toEqual(['own', ...base.map((s) => `base:${s.key}`), 'part:indicators']);
  });

  test('a choice survives its trip through a select value', () => {
    for (const choice of headingOptions('projectPlan', projectPlan)) expect(choiceFromValue(choiceValue(choice))).toEqual(choice);
  });

  test('two headings on one base section, or on one structured kind, clash at the later one', () => {
    expect(headingChoiceClashes([{ type: 'base', key: 'nulage' }, { type: 'own' }, { type: 'base', key: 'nulage' }], actionPlan)).toEqual([{ index: 2, earlier: 0 }]);
    expect(headingChoiceClashes([{ type: 'base', key: 'indikatorer' }, { type: 'part', kind: 'indicators' }], actionPlan)).toEqual([{ index: 1, earlier: 0 }]);
    expect(headingChoiceClashes([{ type: 'own' }, { type: 'own' }], actionPlan)).toEqual([]);
  });
});
