import { describe, expect, it } from 'vitest';
import { formatDuration, formatHoursMinutes, parseDuration } from '#shared/timelog/duration.ts';

describe('parseDuration accepts the ways people write time', () => {
  it.each([
    ['1:30', 90],
    ['0:45', 45],
    ['10:05', 605],
    ['1,5', 90],
    ['1.5', 90],
    ['1,5 h', 90],
    ['1,5h', 90],
    ['2 h', 120],
    ['2', 120],
    ['2 tim', 120],
    ['3 timmar', 180],
    ['90 min', 90],
    ['90m', 90],
    ['90 minuter', 90],
    ['1 h 30 min', 90],
    ['1h30m', 90],
    ['1t 30m', 90],
    ['1 T 30 MIN', 90],
    ['  1:30  ', 90],
    ['1,5\u00a0h', 90],
    ['1\u202fh\u00a030\u00a0min', 90],
    ['0,33', 20],
    ['0,1', 6],
    ['1,01', 61],
    ['24 h', 1440],
    ['24:00', 1440],
    ['1440 min', 1440],
    ['0,5 min', 1],
  ])('%j is %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toEqual({ ok: true, minutes });
  });
});

describe('parseDuration refuses what it cannot trust', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u00a0', 'empty'],
    ['-1', 'negative'],
    ['\u22121:30', 'negative'],
    ['- 2 h', 'negative'],
    ['abc', 'unreadable'],
    ['1:75', 'unreadable'],
    ['1:5', 'unreadable'],
    ['1,2,3', 'unreadable'],
    ['1 h 75 min', 'unreadable'],
    ['1 30', 'unreadable'],
    ['2 dagar', 'unreadable'],
    ['h', 'unreadable'],
    ['0', 'zero'],
    ['0:00', 'zero'],
    ['0 min', 'zero'],
    ['0,001', 'zero'],
    ['25 h', 'tooLong'],
    ['24:01', 'tooLong'],
    ['1441 min', 'tooLong'],
  ])('%j is refused as %s', (text, code) => {
    expect(parseDuration(text)).toEqual({ ok: false, code });
  });
});

describe('formatting durations', () => {
  it.each([
    [90, '1,5', '1:30'],
    [60, '1', '1:00'],
    [20, '0,33', '0:20'],
    [45, '0,75', '0:45'],
    [1440, '24', '24:00'],
    [0, '0', '0:00'],
    [-90, '-1,5', '-1:30'],
  ])('%i minutes is %s hours and %s', (minutes, hours, clock) => {
    expect(formatDuration(minutes, 'hours')).toBe(hours);
    expect(formatDuration(minutes, 'hoursMinutes')).toBe(clock);
    expect(formatHoursMinutes(minutes)).toBe(clock);
  });
});
