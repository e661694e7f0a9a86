/**
 * The verdict's words, shared by the Indikatorer view and the Word documents: the same wording the
 * view has always shown, for every kind, in Swedish and English.
 */
import { describe, expect, it } from 'vitest';
import { indicatorVerdict, type Verdict, type VerdictKind } from '#shared/kolada/verdict.ts';
import { verdictJudges, verdictNumbers, verdictWords } from '#shared/kolada/verdict-words.ts';

const kinds: VerdictKind[] = ['reached', 'missed', 'onTrack', 'tooSlow', 'standingStill', 'wrongWay', 'tooLittleData', 'noTarget'];
const indicator = { targetValue: 82, targetYear: 2028 };
const base: Omit<Verdict, 'kind'> = { latest: { year: 2023, value: 80.3 }, slope: 0.42, trendYears: { from: 2019, to: 2023 }, projected: { year: 2028, value: 82.34 } };
const explainSv = (verdict: Verdict) => verdictWords.sv.explain(verdict, indicator, verdictNumbers('sv', '%')).replaceAll('\u00a0', ' ');
const explainEn = (verdict: Verdict) => verdictWords.en.explain(verdict, indicator, verdictNumbers('en', '%')).replaceAll('\u00a0', ' ');

describe('the verdict in words', () => {
  it('has a label for every kind in both languages', () => {
    for (const language of ['sv', 'en'] as const) for (const kind of kinds) expect(verdictWords[language].label[kind].trim(), `${language} ${kind}`).not.toBe('');
    expect(verdictWords.sv.label.onTrack).toBe('På väg mot målet');
    expect(verdictWords.en.label.tooSlow).toBe('Right way, too slow');
  });

  it('explains each kind in Swedish as the Indikatorer view did', () => {
    expect(explainSv({ ...base, kind: 'reached' })).toBe('Senaste värdet, 80,3 % år 2023, når målet 82 %.');
    expect(explainSv({ ...base, kind: 'missed' })).toBe('Målåret 2028 har passerat och värdet 80,3 % år 2023 når inte målet 82 %.');
    expect(explainSv({ ...base, kind: 'onTrack' })).toBe('Trenden 2019–2023 (+0,42 per år) ger 82,34 % år 2028; målet är 82 %.');
    expect(explainSv({ ...base, kind: 'onTrack', projected: null })).toBe('Trenden 2019–2023 (+0,42 per år) går mot målet 82 %.');
    expect(explainSv({ ...base, kind: 'tooSlow', slope: 0.1, projected: { year: 2028, value: 80.8 } })).toBe('Trenden 2019–2023 (+0,1 per år) ger bara 80,8 % år 2028; målet är 82 %.');
    expect(explainSv({ ...base, kind: 'standingStill', slope: 0 })).toBe('Värdet har knappt ändrats 2019–2023 (0 per år); målet är 82 %.');
    expect(explainSv({ ...base, kind: 'wrongWay', slope: -0.25 })).toBe('Trenden 2019–2023 (−0,25 per år) går bort från målet 82 %.');
    expect(explainSv({ ...base, kind: 'tooLittleData' })).toBe('Det behövs värden för minst tre år, från basåret, för att bedöma trenden.');
    expect(explainSv({ ...base, kind: 'noTarget' })).toBe('Ange ett målvärde vid indikatorn i planen för att få en bedömning.');
  });

  it('explains each kind in English with decimal points', () => {
    expect(explainEn({ ...base, kind: 'onTrack' })).toBe('The trend 2019–2023 (+0.42 a year) gives 82.34 % in 2028; the target is 82 %.');
    expect(explainEn({ ...base, kind: 'missed' })).toBe('The target year 2028 has passed and the value 80.3 % in 2023 does not reach the target 82 %.');
    expect(explainEn({ ...base, kind: 'tooLittleData' })).toBe('Values for at least three years, from the baseline year on, are needed to judge the trend.');
  });

  it('writes a value without a unit bare, and with at most two decimals', () => {
    const numbers = verdictNumbers('sv', ' ');
    expect(numbers.value(8.456)).toBe('8,46');
    expect(numbers.change(0.004)).toBe('+0,004');
  });

  it('explains a real verdict from the region’s values', () => {
    const points = [2019, 2020, 2021, 2022, 2023].map((year, i) => ({ year, value: [78.5, 79.1, 79.4, 79.7, 80.3][i] ?? null }));
    const verdict = indicatorVerdict({ points, baseline: { year: 2019, value: 78.5 }, target: { year: 2028, value: 82 } });
    expect(verdict.kind).toBe('onTrack');
    expect(explainSv(verdict)).toBe('Trenden 2019–2023 (+0,42 per år) ger 82,34 % år 2028; målet är 82 %.');
  });

  it('says which verdicts judge the trend, and so are labelled as the app’s calculation', () => {
    expect(kinds.filter(verdictJudges)).toEqual(['reached', 'missed', 'onTrack', 'tooSlow', 'standingStill', 'wrongWay']);
  });
});

describe('verdictets tal', () => {
  it('skriver en liten förändring per år med två värdesiffror, inte som 0', () => {
    const numbers = verdictNumbers('sv', '');
    expect(numbers.change(-0.0041)).toBe('−0,0041');
    expect(numbers.change(0.42)).toBe('+0,42');
    expect(numbers.change(12.345)).toBe('+12,35');
  });

  it('skriver en prognos som missar målet så att den inte ser ut som målet', () => {
    const verdict = indicatorVerdict({ points: [{ year: 2021, value: 79 }, { year: 2022, value: 80 }, { year: 2023, value: 80.999 }], baseline: { year: 2021, value: 79 }, target: { year: 2024, value: 82 } });
    expect(verdict.kind).toBe('tooSlow');
    const text = verdictWords.sv.explain(verdict, { targetValue: 82, targetYear: 2024 }, verdictNumbers('sv', '%'));
    expect(text).toMatch(/ger bara 81,999\u00a0% år 2024; målet är 82\u00a0%\./u);
  });
});
