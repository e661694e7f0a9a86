/**
 * The app's verdict on an indicator (./verdict.ts) in words: a short label per kind and a sentence
 * that says why, in Swedish and English. One source for the Indikatorer view and the Word
 * documents, so the screen and the paper never judge in different words. The numbers come in
 * formatted by the caller's `VerdictNumbers` (`verdictNumbers` gives the usual ones).
 */
import { formatNumber } from '../format.ts';
import { numberFormat } from '../locale.ts';
import type { Language } from '../settings.ts';
import { MIN_VALUES, type Verdict, type VerdictKind } from './verdict.ts';

/** What the sentence needs of the indicator besides the verdict. */
export interface VerdictIndicator {
  targetValue: number | null;
  targetYear: number | null;
}

/** How the sentence writes its numbers. */
export interface VerdictNumbers {
  /** A value of the indicator with its unit: `82,34 %`. */
  value: (n: number) => string;
  /** The trend's change per year, signed: `+0,42`. */
  change: (n: number) => string;
  /** A value with its unit and up to `digits` decimals, for a projection that rounds onto the target. */
  precise: (n: number, digits: number) => string;
}

export interface VerdictWords {
  /** The verdict in a few words: "På väg mot målet". */
  label: Readonly<Record<VerdictKind, string>>;
  /** Why: the latest value, the trend and what it gives in the target year, against the target. */
  explain: (verdict: Verdict, indicator: VerdictIndicator, numbers: VerdictNumbers) => string;
}

/** The parts of a sentence, formatted; empty where the verdict has none (its kind then never asks for them). */
interface Parts {
  target: string;
  targetYear: string;
  latest: string;
  latestYear: string;
  from: string;
  to: string;
  slope: string;
  projected: string;
  year: string;
}

/** The projection, with as many more decimals as it takes not to read the same as a target it misses (81,996 is not "82"). */
function projectedText(projected: number, target: number | null, numbers: VerdictNumbers): string {
  const text = numbers.value(projected);
  if (target === null || projected === target || text !== numbers.value(target)) return text;
  for (let digits = 3; digits <= 8; digits += 1) {
    const precise = numbers.precise(projected, digits);
    if (precise !== numbers.precise(target, digits)) return precise;
  }
  return text;
}

function parts(verdict: Verdict, indicator: VerdictIndicator, numbers: VerdictNumbers): Parts {
  return {
    target: indicator.targetValue === null ? '' : numbers.value(indicator.targetValue),
    targetYear: indicator.targetYear === null ? '' : String(indicator.targetYear),
    latest: verdict.latest ? numbers.value(verdict.latest.value) : '',
    latestYear: verdict.latest ? String(verdict.latest.year) : '',
    from: verdict.trendYears ? String(verdict.trendYears.from) : '',
    to: verdict.trendYears ? String(verdict.trendYears.to) : '',
    slope: verdict.trendYears ? numbers.change(verdict.slope ?? 0) : '',
    projected: verdict.projected ? projectedText(verdict.projected.value, indicator.targetValue, numbers) : '',
    year: verdict.projected ? String(verdict.projected.year) : '',
  };
}

const countSv = ['noll', 'ett', 'två', 'tre', 'fyra', 'fem'];
const countEn = ['no', 'one', 'two', 'three', 'four', 'five'];

export const verdictWordsSv: VerdictWords = {
  label: {
    reached: 'Målet är nått',
    missed: 'Målet nåddes inte',
    onTrack: 'På väg mot målet',
    tooSlow: 'Rätt håll, för långsamt',
    standingStill: 'Står still',
    wrongWay: 'Går åt fel håll',
    tooLittleData: 'För lite data',
    noTarget: 'Inget mål att jämföra med',
  },
  explain(verdict, indicator, numbers) {
    const p = parts(verdict, indicator, numbers);
    switch (verdict.kind) {
      case 'reached':
        return `Senaste värdet, ${p.latest} år ${p.latestYear}, når målet ${p.target}.`;
      case 'missed':
        return `Målåret ${p.targetYear} har passerat och värdet ${p.latest} år ${p.latestYear} når inte målet ${p.target}.`;
      case 'onTrack':
        return verdict.projected === null
          ? `Trenden ${p.from}–${p.to} (${p.slope} per år) går mot målet ${p.target}.`
          : `Trenden ${p.from}–${p.to} (${p.slope} per år) ger ${p.projected} år ${p.year}; målet är ${p.target}.`;
      case 'tooSlow':
        return `Trenden ${p.from}–${p.to} (${p.slope} per år) ger bara ${p.projected} år ${p.year}; målet är ${p.target}.`;
      case 'standingStill':
        return `Värdet har knappt ändrats ${p.from}–${p.to} (${p.slope} per år); målet är ${p.target}.`;
      case 'wrongWay':
        return `Trenden ${p.from}–${p.to} (${p.slope} per år) går bort från målet ${p.target}.`;
      case 'tooLittleData':
        return `Det behövs värden för minst ${countSv[MIN_VALUES] ?? MIN_VALUES} år, från basåret, för att bedöma trenden.`;
      case 'noTarget':
        return 'Ange ett målvärde vid indikatorn i planen för att få en bedömning.';
    }
  },
};

export const verdictWordsEn: VerdictWords = {
  label: {
    reached: 'Target reached',
    missed: 'Target missed',
    onTrack: 'On track',
    tooSlow: 'Right way, too slow',
    standingStill: 'Standing still',
    wrongWay: 'Going the wrong way',
    tooLittleData: 'Too little data',
    noTarget: 'No target to compare with',
  },
  explain(verdict, indicator, numbers) {
    const p = parts(verdict, indicator, numbers);
    switch (verdict.kind) {
      case 'reached':
        return `The latest value, ${p.latest} in ${p.latestYear}, reaches the target ${p.target}.`;
      case 'missed':
        return `The target year ${p.targetYear} has passed and the value ${p.latest} in ${p.latestYear} does not reach the target ${p.target}.`;
      case 'onTrack':
        return verdict.projected === null
          ? `The trend ${p.from}–${p.to} (${p.slope} a year) heads for the target ${p.target}.`
          : `The trend ${p.from}–${p.to} (${p.slope} a year) gives ${p.projected} in ${p.year}; the target is ${p.target}.`;
      case 'tooSlow':
        return `The trend ${p.from}–${p.to} (${p.slope} a year) gives only ${p.projected} in ${p.year}; the target is ${p.target}.`;
      case 'standingStill':
        return `The value has hardly changed ${p.from}–${p.to} (${p.slope} a year); the target is ${p.target}.`;
      case 'wrongWay':
        return `The trend ${p.from}–${p.to} (${p.slope} a year) moves away from the target ${p.target}.`;
      case 'tooLittleData': {
        const count = countEn[MIN_VALUES] ?? String(MIN_VALUES);
        return `Values for at least ${count} years, from the baseline year on, are needed to judge the trend.`;
      }
      case 'noTarget':
        return 'Enter a target value at the indicator in the plan to get an assessment.';
    }
  },
};

export const verdictWords: Readonly<Record<Language, VerdictWords>> = { sv: verdictWordsSv, en: verdictWordsEn };

/**
 * The numbers as the Indikatorer view writes them in the sentence: a value with up to two decimals
 * and its unit after a no-break space (`82,34 %`), the change per year signed (`+0,42`).
 */
export function verdictNumbers(language: Language, unit: string): VerdictNumbers {
  const trimmed = unit.trim();
  // A small change keeps two significant digits (−0,0041, not 0): a slope shown as 0 beside "goes the wrong way" says nothing.
  const signed = (n: number) =>
    numberFormat(language, Math.abs(n) >= 1 || n === 0 ? { maximumFractionDigits: 2, signDisplay: 'exceptZero' } : { maximumSignificantDigits: 2, signDisplay: 'exceptZero' }).format(n);
  return {
    value: (n) => (trimmed === '' ? formatNumber(n, language) : `${formatNumber(n, language)}\u00a0${trimmed}`),
    change: (n) => signed(n),
    precise: (n, digits) => (trimmed === '' ? formatNumber(n, language, digits) : `${formatNumber(n, language, digits)}\u00a0${trimmed}`),
  };
}

/** Whether the verdict judged the trend (and so is the app's own calculation to be labelled as such), rather than saying it cannot. */
export function verdictJudges(kind: VerdictKind): boolean {
  return kind !== 'noTarget' && kind !== 'tooLittleData';
}
