import { describe, expect, it } from 'vitest';
import {
  markerPath,
  niceScale,
  seriesMarkerShapes,
  trendChartModel,
  trendChartSvg,
  trendChartSvgSize,
  trendPalette,
  type TrendChartInput,
  type TrendSeries,
} from '#shared/kolada/trend-chart.ts';

/** Swedish decimal comma, one decimal at most, as the indicator views format values. */
const sv = (n: number) => n.toLocaleString('sv-SE', { maximumFractionDigits: 1 });
const ticksOf = (values: number[], format = sv) => niceScale(values, format).ticks;

const series = (key: string, values: Record<number, number | null>, label = key): TrendSeries => ({
  key,
  label,
  points: Object.entries(values).map(([year, value]) => ({ year: Number(year), value })),
});
const years = (from: number, to: number, value: (year: number) => number | null) =>
  Object.fromEntries(Array.from({ length: to - from + 1 }, (_, i) => [from + i, value(from + i)]));
const model = (over: Partial<TrendChartInput> = {}) =>
  trendChartModel({ series: [series('0018', years(2015, 2024, (y) => 70 + (y - 2015)))], formatValue: sv, ...over });

/** Just enough of XML to know a document is well-formed: one root, balanced tags, quoted attributes, only escaped `<&` in text. */
function checkWellFormed(xml: string): void {
  const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/giu;
  const textOk = (text: string) => !/[<&]/u.test(text.replace(entity, ''));
  const tag = /^<(\/?)([A-Za-z][\w:.-]*)((?:\s+[A-Za-z][\w:.-]*="[^"]*")*)\s*(\/?)>$/u;
  const stack: string[] = [];
  let roots = 0;
  let rest = xml;
  while (rest.length > 0) {
    const open = rest.indexOf('<');
    const text = open === -1 ? rest : rest.slice(0, open);
    if (!textOk(text)) throw new Error(`oescapad text: ${text}`);
    if (text.trim() !== '' && stack.length === 0) throw new Error(`text utanför roten: ${text}`);
    if (open === -1) break;
    const close = rest.indexOf('>', open);
    if (close === -1) throw new Error('en tagg slutar aldrig');
    const raw = rest.slice(open, close + 1);
    const match = tag.exec(raw);
    if (!match) throw new Error(`trasig tagg: ${raw}`);
    const [, closing, name = '', attributes = '', selfClosing] = match;
    for (const [, value = ''] of attributes.matchAll(/="([^"]*)"/gu)) if (!textOk(value)) throw new Error(`oescapat attribut: ${value}`);
    if (closing) {
      if (stack.pop() !== name) throw new Error(`</${name}> stänger fel element`);
    } else {
      if (stack.length === 0) roots += 1;
      if (!selfClosing) stack.push(name);
    }
    rest = rest.slice(close + 1);
  }
  if (stack.length > 0) throw new Error(`ostängda element: ${stack.join(', ')}`);
  if (roots !== 1) throw new Error(`${roots} rotelement`);
}

/** WCAG 2.1 contrast of a `#rrggbb` colour against white. */
function contrastOnWhite(hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16);
  const [r = 0, g = 0, b = 0] = [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

describe('y-axelns jämna steg', () => {
  it('börjar på 0 när det minsta värdet är litet mot det största', () => {
    expect(ticksOf([0, 87.3])).toEqual([0, 20, 40, 60, 80, 100]);
    expect(ticksOf([12, 87.3])).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('tar ett snävt intervall när värdena ligger nära varandra långt från 0', () => {
    expect(ticksOf([71.2, 78.9])).toEqual([70, 72, 74, 76, 78, 80]);
    expect(ticksOf([1012, 1047])).toEqual([1010, 1020, 1030, 1040, 1050]);
  });

  it('tar med negativa värden, och slutar på 0 när alla är negativa', () => {
    expect(ticksOf([-12.5, 3.4])).toEqual([-15, -10, -5, 0, 5]);
    expect(ticksOf([-9, -2])).toEqual([-10, -8, -6, -4, -2, 0]);
  });

  it('visar ett ensamt värde, och flera lika, mot 0', () => {
    expect(ticksOf([42])).toEqual([0, 10, 20, 30, 40, 50]);
    expect(ticksOf([80, 80, 80])).toEqual([0, 20, 40, 60, 80]);
    expect(ticksOf([-3])).toEqual([-3, -2, -1, 0]);
    expect(ticksOf([0])).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('har 4–6 steg om 1, 2, 2,5 eller 5 × 10ⁿ för många intervall', () => {
    for (const [lo, hi] of [[0, 1], [0.3, 0.9], [3.1, 3.6], [0, 7], [55, 61], [-0.4, 0.2], [0, 2500], [12345, 67890], [98.1, 99.9]] as const) {
      const scale = niceScale([lo, hi], (n) => String(n));
      expect(scale.ticks.length, `${lo}–${hi}`).toBeGreaterThanOrEqual(4);
      expect(scale.ticks.length, `${lo}–${hi}`).toBeLessThanOrEqual(6);
      expect(scale.min).toBeLessThanOrEqual(lo);
      expect(scale.max).toBeGreaterThanOrEqual(hi);
      const mantissa = scale.step / 10 ** Math.floor(Math.log10(scale.step));
      expect([1, 2, 2.5, 5]).toContain(Number(mantissa.toFixed(6)));
    }
  });

  it('väljer inte ett steg vars etiketter blir lika med formatet, och etiketterna kommer från formatet', () => {
    // Steps of 0.01 would print 78,9 five times with one decimal.
    const scale = niceScale([78.91, 78.95], sv);
    expect(new Set(scale.ticks.map(sv)).size).toBe(scale.ticks.length);
    expect(model({ series: [series('a', { 2020: 71.2, 2021: 78.9 })] }).yTicks.map((t) => t.label)).toEqual(['70', '72', '74', '76', '78', '80']);
    expect(model({ series: [series('a', { 2020: 0.2, 2021: 0.9 })] }).yTicks.map((t) => t.label)).toEqual(['0', '0,2', '0,4', '0,6', '0,8', '1']);
  });

  it('räknar in utgångsläge och mål i y-axeln', () => {
    const m = model({ baseline: { year: 2022, value: 77 }, target: { year: 2030, value: 95 } });
    expect(m.yTicks.map((t) => t.value)).toEqual([70, 75, 80, 85, 90, 95]);
    expect(m.target?.y).toBeGreaterThanOrEqual(m.plot.top);
  });
});

describe('trenddiagrammets modell', () => {
  it('bryter linjen vid ett saknat värde, så att luckan syns', () => {
    const m = model({ series: [series('a', { 2018: 1, 2019: 2, 2020: null, 2021: 3, 2022: null, 2023: 5, 2024: 6 })] });
    const [a] = m.series;
    expect(a?.path.match(/M/gu)).toHaveLength(3);
    expect(a?.path.match(/L/gu)).toHaveLength(2);
    // The lone 2021 value has no line but does have its marker.
    expect(a?.points.map((p) => p.year)).toEqual([2018, 2019, 2021, 2023, 2024]);
    expect(a?.markers.match(/M/gu)).toHaveLength(5);
    expect(a?.path).not.toMatch(/NaN|undefined/u);
  });

  it('sorterar punkterna per år, så att en linje inte går bakåt', () => {
    const m = model({ series: [series('a', { 2021: 3, 2019: 1, 2020: 2 })] });
    const xs = m.series[0]?.points.map((p) => p.x) ?? [];
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('låter målåret förlänga x-axeln, och utgångsläget ligga på sitt år', () => {
    const m = model({ baseline: { year: 2022, value: 77 }, target: { year: 2030, value: 85 } });
    const last = m.series[0]?.points.at(-1);
    expect(m.xTicks.at(-1)?.year).toBe(2030);
    expect(m.target?.x).toBeGreaterThan(last?.x ?? Infinity);
    expect(m.target?.x).toBeLessThanOrEqual(m.plot.left + m.plot.width);
    expect(m.baseline?.x).toBe(m.series[0]?.points.find((p) => p.year === 2022)?.x);
    expect(m.targetLine).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+$/u);
    expect([m.baseline?.label, m.target?.label]).toEqual(['Utgångsläge', 'Mål']);
    // The baseline sits among the lines: named in the legend, not written over them; the target's label stands by its star.
    expect([m.baseline?.labelInPlot, m.target?.labelInPlot]).toEqual([false, true]);
    expect(m.legend.filter((e) => e.kind !== 'series').map((e) => e.label)).toEqual(['Utgångsläge', 'Mål']);
    const svg = trendChartSvg(m, { title: 't', description: 'd' });
    expect(svg.match(/>Utgångsläge</gu)).toHaveLength(1);
    expect(svg.match(/>Mål</gu)).toHaveLength(2);
    // Without a baseline the target stands alone, without a line.
    expect(model({ target: { year: 2030, value: 85 } }).targetLine).toBeNull();
    expect(model({ labels: { target: 'Target', baseline: 'Baseline' }, baseline: { year: 2022, value: 77 } }).baseline?.label).toBe('Baseline');
  });

  it('visar varje år när de får plats, annars vartannat eller vart femte', () => {
    expect(model().xTicks.map((t) => t.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(model({ target: { year: 2030, value: 90 }, series: [series('a', years(2010, 2024, () => 70))] }).xTicks.map((t) => t.year)).toEqual([2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024, 2026, 2028, 2030]);
    expect(model({ series: [series('a', years(1998, 2030, () => 70))] }).xTicks.map((t) => t.year)).toEqual([2000, 2005, 2010, 2015, 2020, 2025, 2030]);
    expect(model({ series: [series('a', { 2024: 5 })] }).xTicks.map((t) => t.year)).toEqual([2024]);
  });

  it('säger tomt när det inte finns något värde alls', () => {
    for (const m of [model({ series: [] }), model({ series: [series('a', { 2023: null, 2024: null })], target: { year: 2030, value: 5 } })]) {
      expect(m.empty).toBe(true);
      expect(m.legend).toEqual([]);
      expect(m.series.every((s) => s.path === '' && s.markers === '')).toBe(true);
      expect(m.target).toBeNull();
      checkWellFormed(trendChartSvg(m, { title: 'Tomt', description: 'Inga värden' }));
    }
    expect(model().empty).toBe(false);
  });

  it('skiljer serierna åt med markör och streckning, inte bara färg, i färger med 3:1 mot vitt', () => {
    const eight = Array.from({ length: 8 }, (_, i) => series(`s${i}`, { 2020: i, 2021: i + 1 }));
    const m = model({ series: eight });
    expect(new Set(m.series.map((s) => s.marker)).size).toBe(8);
    expect(new Set(m.series.map((s) => s.dash)).size).toBe(8);
    expect(new Set(m.series.map((s) => s.colour)).size).toBe(8);
    expect(m.series[0]?.dash).toBeNull();
    expect(m.series[0]?.strokeWidth).toBeGreaterThan(m.series[1]?.strokeWidth ?? Infinity);
    expect(new Set(seriesMarkerShapes.map((shape) => markerPath(shape, 0, 0))).size).toBe(seriesMarkerShapes.length);
    for (const colour of trendPalette) expect(contrastOnWhite(colour), colour).toBeGreaterThanOrEqual(3);
    // The legend carries the same look, then the baseline and the target.
    const withRefs = model({ series: eight, baseline: { year: 2020, value: 1 }, target: { year: 2025, value: 9 } });
    expect(withRefs.legend.map((e) => e.kind)).toEqual([...Array<string>(8).fill('series'), 'baseline', 'target']);
    expect(withRefs.legend.slice(0, 8).map((e) => [e.colour, e.dash, e.marker])).toEqual(m.series.map((s) => [s.colour, s.dash, s.marker]));
  });

  it('drar en nollinje när axeln går över 0', () => {
    expect(model({ series: [series('a', { 2020: -2, 2021: 3 })] }).zeroY).not.toBeNull();
    expect(model().zeroY).toBeNull();
  });
});

describe('diagrammet som fristående SVG', () => {
  const input: TrendChartInput = {
    series: [series('0018', years(2015, 2024, (y) => (y === 2019 ? null : 70 + (y - 2015) * 1.37)), 'Region <Örebro> & "län"'), series('0000', years(2015, 2024, (y) => 72 + (y - 2015) / 3), 'Riket')],
    baseline: { year: 2022, value: 79.5 },
    target: { year: 2030, value: 84 },
    formatValue: sv,
  };

  it('är välformad XML med titel, beskrivning, storlek och typsnitt', () => {
    const m = trendChartModel(input);
    const svg = trendChartSvg(m, { title: 'Förvärvsarbetande 20–64 år', description: 'Andel i procent, 2015–2024' });
    checkWellFormed(svg);
    const size = trendChartSvgSize(m);
    expect(size.height).toBeGreaterThan(m.height);
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}"`, 'u'));
    expect(svg).toContain('<title>Förvärvsarbetande 20–64 år</title><desc>Andel i procent, 2015–2024</desc>');
    expect(svg).toMatch(/font-family="Arial, Liberation Sans[^"]*" font-size="12"/u);
    // The legend is in the picture too.
    expect(svg).toContain('>Riket</text>');
    expect(svg).toContain('>Mål</text>');
  });

  it('escapar text och etiketter', () => {
    const svg = trendChartSvg(trendChartModel({ ...input, labels: { target: 'Mål <2030>', baseline: 'Start & "nu"' } }), { title: 'A < B & "C"', description: "D's > E" });
    checkWellFormed(svg);
    expect(svg).toContain('<title>A &lt; B &amp; &quot;C&quot;</title>');
    expect(svg).toContain('<desc>D&apos;s &gt; E</desc>');
    expect(svg).toContain('>Region &lt;Örebro&gt; &amp; &quot;län&quot;</text>');
    expect(svg).toContain('>Mål &lt;2030&gt;</text>');
    expect(svg).toContain('>Start &amp; &quot;nu&quot;</text>');
    expect(svg).not.toContain('<Örebro>');
  });

  it('skriver alla tal med högst en decimal och ger samma text varje gång', () => {
    const svg = trendChartSvg(trendChartModel(input), { title: 't', description: 'd' });
    expect(svg).not.toMatch(/\d\.\d{2,}/u);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/u);
    expect(trendChartSvg(trendChartModel(input), { title: 't', description: 'd' })).toBe(svg);
    // The gap in 2019 stays a gap in the picture: the main series' line has two pieces.
    const main = trendChartModel(input).series[0];
    expect(svg).toContain(`d="${main?.path}"`);
    expect(main?.path.match(/M/gu)).toHaveLength(2);
  });
});
