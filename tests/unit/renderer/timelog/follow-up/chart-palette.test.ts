import { describe, expect, it } from 'vitest';
import { axisColour, contrastRatio, mandateLineColour, moaLineColour, seriesColours, seriesStyle } from '../../../../../renderer/features/timelog/follow-up/chart-palette.ts';

describe('chart colours', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('gives every series colour and both lines at least 3:1 against the white page (WCAG 1.4.11)', () => {
    for (const colour of [...seriesColours, moaLineColour, mandateLineColour]) expect(contrastRatio(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(axisColour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('never repeats both colour and pattern within the first 64 series, so they differ without colour too', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 64; i += 1) {
      const style = seriesStyle(i);
      const key = `${style.colour}/${style.pattern}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
    expect(new Set(Array.from({ length: 8 }, (_, i) => seriesStyle(i).pattern)).size).toBe(8);
  });
});
