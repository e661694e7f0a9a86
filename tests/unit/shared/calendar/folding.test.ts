import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarToIcs } from '#shared/calendar/ics-export.ts';
import { readIcs } from '#shared/calendar/ics-import.ts';
import { foldLine, foldLines, MAX_LINE_OCTETS, unfoldLines, utf8ByteLength } from '#shared/calendar/folding.ts';

const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;

/** Whole code points from every plane: ASCII, åäö, CJK, emoji (four octets); no lone surrogates. */
const codePoint = fc.oneof(
  fc.constantFrom('a', 'å', 'ä', 'ö', 'Ö', '€', '語', '🗓', '👩‍👩‍👧', ' ', ',', ';', ':', '\\'),
  fc.integer({ min: 0x20, max: 0x10ffff }).filter((code) => code < 0xd800 || code > 0xdfff).map((code) => String.fromCodePoint(code)),
);
const anyLine = fc.string({ unit: codePoint, maxLength: 400 });
const runs = { seed: 20270301, numRuns: 150 };

describe('radvikning vid 75 oktetter', () => {
  it('viker godtycklig Unicode-text så att varje rad är högst 75 oktetter och vecklar ut den till samma text', () => {
    fc.assert(
      fc.property(anyLine, (line) => {
        const folded = foldLine(line);
        const physical = folded.split('\r\n');
        for (const [index, part] of physical.entries()) {
          expect(octets(part)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
          if (index > 0) expect(part.startsWith(' ')).toBe(true);
        }
        // No character is split: each physical line is whole UTF-8 on its own.
        for (const part of physical) expect(new TextDecoder('utf-8', { fatal: true }).decode(encoder.encode(part))).toBe(part);
        expect(unfoldLines(`${folded}\r\n`)).toEqual([line]);
      }),
      runs,
    );
  });

  it('fyller raderna: bara sista delen är kortare än gränsen minus ett tecken', () => {
    fc.assert(
      fc.property(anyLine, (line) => {
        const physical = foldLine(line).split('\r\n');
        for (const part of physical.slice(0, -1)) expect(octets(part)).toBeGreaterThan(MAX_LINE_OCTETS - 4);
      }),
      runs,
    );
  });

  it('flyttar ett å som inte ryms på raden till nästa rad i stället för att dela det', () => {
    const line = `SUMMARY:${'a'.repeat(66)}å och mer text`;
    expect(utf8ByteLength(line.slice(0, 74))).toBe(74);
    const [first, second] = foldLine(line).split('\r\n');
    expect(octets(first ?? '')).toBe(74);
    expect(second?.startsWith(' å')).toBe(true);
  });

  it('räknar en ensam surrogathalva som de tre oktetter TextEncoder skriver för den', () => {
    const folded = foldLine(`X:${'\ud800'.repeat(40)}`);
    for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
    expect(folded.split('\r\n').map(octets)).toEqual([2 + 3 * 24, 1 + 3 * 16]);
  });

  it('vecklar ut CRLF, LF och CR, med blanksteg eller tabb först på fortsättningsraden', () => {
    expect(unfoldLines('A:ett\r\n  två\nB:tre\r\tfyra\r\n')).toEqual(['A:ett två', 'B:trefyra']);
    expect(foldLines(['A:1', 'B:2'])).toBe('A:1\r\nB:2\r\n');
  });

  it('låter godtycklig text i rubrik, plats och beskrivning gå genom export och import oförändrad', () => {
    const text = fc.string({ unit: fc.oneof(codePoint, fc.constantFrom('\n', '\t', ',', ';', '\\', '"')), maxLength: 200 });
    fc.assert(
      fc.property(text, text, text, (title, location, description) => {
        const ics = calendarToIcs(
          [{ uid: 'egenskap@moa', sequence: 0, title, description, location, start: '2027-03-02T09:00', end: '2027-03-02T10:00', allDay: false, updatedAt: '2027-01-01T00:00:00.000Z' }],
          { now: new Date('2027-01-01T00:00:00Z') },
        );
        for (const line of ics.split('\r\n').slice(0, -1)) expect(octets(line)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
        const read = readIcs(encoder.encode(ics), { fileName: 'egenskap.ics' });
        if (!read.ok) throw new Error(read.problems.join('\n'));
        expect(read.events[0]).toMatchObject({ title, location, description });
      }),
      { seed: 20271031, numRuns: 100 },
    );
  });
});
