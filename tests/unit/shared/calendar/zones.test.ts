import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { namedZone, stockholmZone } from '#shared/calendar/stockholm.ts';
import { intlZone, utcToWall, wallToUtc, zoneFromVtimezone } from '#shared/calendar/zones.ts';

const seconds = (iso: string) => Date.parse(iso) / 1000;
const wall = (local: string) => seconds(`${local}Z`);
const isoOf = (utc: number) => new Date(utc * 1000).toISOString().slice(0, 16);

function vtimezone(lines: string[]): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(['BEGIN:VCALENDAR', ...lines, 'END:VCALENDAR'].join('\r\n')) as unknown[]);
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (!zone) throw new Error('ingen VTIMEZONE');
  return zone;
}

const outlookWesternEurope = vtimezone([
  'BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time',
  'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
  'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT',
  'END:VTIMEZONE',
]);

describe('tidszoner', () => {
  const stockholm = stockholmZone();

  it('räknar UTC till svensk tid exakt vid skiftena, där ical.js egen omräkning tar fel på en timme', () => {
    expect(isoOf(utcToWall(stockholm, seconds('2027-03-28T00:59:00Z')))).toBe('2027-03-28T01:59');
    expect(isoOf(utcToWall(stockholm, seconds('2027-03-28T01:00:00Z')))).toBe('2027-03-28T03:00');
    expect(isoOf(utcToWall(stockholm, seconds('2027-03-28T01:30:00Z')))).toBe('2027-03-28T03:30');
    expect(isoOf(utcToWall(stockholm, seconds('2027-10-31T00:30:00Z')))).toBe('2027-10-31T02:30');
    expect(isoOf(utcToWall(stockholm, seconds('2027-10-31T01:00:00Z')))).toBe('2027-10-31T02:00');
    expect(isoOf(utcToWall(stockholm, seconds('2027-10-31T01:30:00Z')))).toBe('2027-10-31T02:30');
  });

  it('läser en lokal tid som finns två gånger som den första och en tid i vårens lucka med tiden före skiftet (RFC 5545 3.3.5)', () => {
    expect(isoOf(wallToUtc(stockholm, wall('2027-10-31T02:30')))).toBe('2027-10-31T00:30');
    expect(isoOf(wallToUtc(stockholm, wall('2027-03-28T02:30')))).toBe('2027-03-28T01:30');
    expect(isoOf(wallToUtc(stockholm, wall('2027-03-28T03:00')))).toBe('2027-03-28T01:00');
    expect(isoOf(wallToUtc(stockholm, wall('2027-03-28T01:59')))).toBe('2027-03-28T00:59');
  });

  it('följer Europe/Stockholm i körmiljöns tidszonsdata för varje tidpunkt 1996–2037', () => {
    const reference = intlZone('Europe/Stockholm');
    if (!reference) throw new Error('körmiljön saknar Europe/Stockholm');
    fc.assert(
      fc.property(fc.integer({ min: seconds('1996-01-01T00:00:00Z'), max: seconds('2037-12-31T00:00:00Z') }), (utc) => {
        expect(stockholm.offsetAt(utc)).toBe(reference.offsetAt(utc));
      }),
      { seed: 1996, numRuns: 200 },
    );
    for (const year of [1996, 2027, 2037]) {
      for (const iso of [`${year}-03-31T00:59:59Z`, `${year}-03-31T01:00:00Z`, `${year}-10-27T00:59:59Z`, `${year}-10-27T01:00:00Z`]) {
        expect(stockholm.offsetAt(seconds(iso))).toBe(reference.offsetAt(seconds(iso)));
      }
    }
  });

  it('läser Outlooks VTIMEZONE med start år 1601 som samma regler som Europe/Berlin', () => {
    const result = zoneFromVtimezone(outlookWesternEurope);
    const berlin = intlZone('Europe/Berlin');
    if (!result.ok || !berlin) throw new Error('väntade zoner');
    for (let month = 0; month < 24 * 12; month += 1) {
      const utc = Date.UTC(2020, month, 28, 0, 30) / 1000;
      expect(result.zone.offsetAt(utc)).toBe(berlin.offsetAt(utc));
    }
  });

  it('känner igen Windows namn och IANA-namn när filen inte beskriver zonen', () => {
    expect(namedZone('Europe/Stockholm')).toBe(stockholm);
    expect(namedZone('W. Europe Standard Time')?.offsetAt(seconds('2027-07-01T00:00:00Z'))).toBe(7200);
    expect(namedZone('GMT Standard Time')?.offsetAt(seconds('2027-01-01T00:00:00Z'))).toBe(0);
    expect(namedZone('America/New_York')?.offsetAt(seconds('2027-01-01T00:00:00Z'))).toBe(-5 * 3600);
    expect(namedZone('UTC')?.offsetAt(seconds('2027-07-01T00:00:00Z'))).toBe(0);
    expect(namedZone('Mars/Olympus_Mons')).toBeUndefined();
  });

  it('vägrar VTIMEZONE-regler som inte är årliga eller som skulle ge tusentals övergångar', () => {
    const rule = (rrule: string) =>
      zoneFromVtimezone(vtimezone(['BEGIN:VTIMEZONE', 'TZID:Fientlig', 'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', rrule, 'END:STANDARD', 'END:VTIMEZONE']));
    expect(rule('RRULE:FREQ=SECONDLY')).toEqual({ ok: false, problem: 'tidszonen «Fientlig»: STANDARD-regeln upprepas SECONDLY i stället för årligen (FREQ=YEARLY)' });
    expect(rule('RRULE:FREQ=YEARLY;BYHOUR=0,1,2,3')).toMatchObject({ ok: false, problem: expect.stringContaining('BYHOUR') });
    expect(rule('RRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYDAY=-1SU')).toMatchObject({ ok: false, problem: expect.stringContaining('för många värden i BYMONTH') });
    expect(rule('RRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6;BYMONTHDAY=1,2,3,4,5,6,7')).toMatchObject({ ok: false, problem: expect.stringMatching(/STANDARD-regeln ger fler än 5\s000 övergångar/u) });
    expect(zoneFromVtimezone(vtimezone(['BEGIN:VTIMEZONE', 'TZID:Tom', 'END:VTIMEZONE']))).toMatchObject({ ok: false, problem: 'tidszonen «Tom» saknar regler (STANDARD eller DAYLIGHT)' });
  });
});
