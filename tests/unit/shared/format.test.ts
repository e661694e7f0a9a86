import { describe, expect, it } from 'vitest';
import { formatDateTime, formatTimeOfDay } from '#shared/format.ts';

describe('formatDateTime and formatTimeOfDay', () => {
  const moment = new Date(2026, 10, 27, 9, 4);

  it('writes a moment the Swedish way with "kl." and the English way without it', () => {
    expect(formatDateTime(moment, 'sv')).toBe('2026-11-27 kl. 09:04');
    expect(formatDateTime(moment, 'en')).toBe('2026-11-27 09:04');
    expect(formatDateTime(moment, 'en')).not.toContain('kl');
  });

  it('writes the time of day on a 24-hour clock', () => {
    expect(formatTimeOfDay(moment)).toBe('09:04');
    expect(formatTimeOfDay(new Date(2026, 10, 27, 23, 59))).toBe('23:59');
  });

  it('says "–" for a date that is not one', () => {
    expect(formatDateTime(new Date('not a date'), 'sv')).toBe('–');
  });
});
