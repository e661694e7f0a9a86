/**
 * Colours and fill patterns for the chart series. Each colour has at least 3:1 contrast against
 * the white page (WCAG 1.4.11, non-text contrast); segments are separated by white gaps, so each
 * segment only ever borders white. The pattern tells series apart without colour (WCAG 1.4.1).
 */

export const seriesColours = ['#0b4f8a', '#b35900', '#1d6b2f', '#7b3294', '#00727a', '#5c6773', '#a0005a', '#6b5a00'] as const;

export const seriesPatterns = ['solid', 'diagonal', 'dots', 'horizontal', 'crosshatch', 'vertical', 'backDiagonal', 'grid'] as const;
export type SeriesPattern = (typeof seriesPatterns)[number];

export interface SeriesStyle {
  colour: string;
  pattern: SeriesPattern;
}

/**
 * The style of the n-th series. Colours and patterns cycle at different lengths, so the first
 * 8 × 8 series all differ; pattern and colour never both repeat within the first 64.
 */
export function seriesStyle(index: number): SeriesStyle {
  const colourCount = seriesColours.length;
  const cycle = Math.floor(index / colourCount);
  return {
    colour: seriesColours[index % colourCount] ?? seriesColours[0],
    pattern: seriesPatterns[(index + cycle) % seriesPatterns.length] ?? 'solid',
  };
}

/** The MOA line and the mandate line of the cumulative chart. */
export const moaLineColour = '#0b4f8a';
export const mandateLineColour = '#4a5360';
/** Axis text and lines; gridlines are decoration and may be faint. */
export const axisColour = '#4a5360';
export const gridColour = '#d5dbe3';

/** Relative luminance of a `#rrggbb` colour (WCAG 2.1). */
export function relativeLuminance(hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16);
  const channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (channels[0] ?? 0) + 0.7152 * (channels[1] ?? 0) + 0.0722 * (channels[2] ?? 0);
}

/** The WCAG contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}
