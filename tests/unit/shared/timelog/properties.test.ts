import fc from 'fast-check';
import { addDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '#shared/domain/timelog.ts';
import { entriesCsv } from '#shared/timelog/csv.ts';
import { formatDuration, parseDuration } from '#shared/timelog/duration.ts';
import { summarise } from '#shared/timelog/summary.ts';
import { yearMandates } from './entries.ts';

const from = '2025-12-01';
const to = '2027-01-31';
const start = new Date(2025, 11, 1);
const days = 427; // 2025-12-01 .. 2027-01-31

const entryArbitrary: fc.Arbitrary<TimeEntry> = fc.record({
  id: fc.uuid(),
  date: fc.integer({ min: 0, max: days - 1 }).map((offset) => format(addDays(start, offset), 'yyyy-MM-dd')),
  minutes: fc.integer({ min: 1, max: 1440 }),
  categoryId: fc.constantFrom('moa', 'projektledning', 'granskning', 'moten', 'kompetens', 'ovrigt'),
  goalAreaId: fc.option(fc.string({ minLength: 1, maxLength: 5 })),
  activityId: fc.option(fc.string({ minLength: 1, maxLength: 5 })),
  projectId: fc.option(fc.string({ minLength: 1, maxLength: 5 })),
  note: fc.string({ unit: fc.constantFrom('a', 'ö', ' ', ';', '"', '\r', '\n', '=', '-', '@', '+'), maxLength: 12 }),
});

/** A minimal RFC 4180 reader with `;`, to count records independently of the writer. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      fields.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
      i += 1;
    } else field += c;
  }
  return records;
}

describe('properties', () => {
  it('every period split keeps every minute of the entries', () => {
    fc.assert(
      fc.property(fc.array(entryArbitrary, { maxLength: 60 }), fc.constantFrom('week', 'month', 'quarter', 'year' as const), (entries, period) => {
        const rows = summarise(entries, { period, from, to, mandates: yearMandates });
        const logged = entries.reduce((sum, e) => sum + e.minutes, 0);
        expect(rows.reduce((sum, r) => sum + r.totalMinutes, 0)).toBe(logged);
        const byCategory = rows.reduce((sum, r) => sum + Object.values(r.minutesByCategory).reduce((a, b) => a + b, 0), 0);
        expect(byCategory).toBe(logged);
      }),
      { numRuns: 60 },
    );
  });

  it('the CSV has a header and one record of eight fields per entry, notes read back intact', () => {
    fc.assert(
      fc.property(fc.array(entryArbitrary, { maxLength: 30 }), (entries) => {
        const none = (): undefined => undefined;
        const csv = entriesCsv(entries, { categoryName: none, goalAreaName: none, activityTitle: none, projectName: none });
        expect(csv.startsWith('\uFEFF')).toBe(true);
        const records = readCsv(csv.slice(1));
        expect(records).toHaveLength(entries.length + 1);
        records.forEach((record) => expect(record).toHaveLength(8));
        entries.forEach((e, i) => {
          const guarded = /^[=+\-@]/.test(e.note) ? `'${e.note}` : e.note;
          expect(records[i + 1]?.[7]).toBe(guarded);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('durations written as hours or as h:mm read back as the same minutes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1440 }), (minutes) => {
        expect(parseDuration(formatDuration(minutes, 'hours'))).toEqual({ ok: true, minutes });
        expect(parseDuration(formatDuration(minutes, 'hoursMinutes'))).toEqual({ ok: true, minutes });
      }),
    );
  });
});
