/**
 * Europe/Stockholm as a VTIMEZONE, and the zones a file may name without describing them.
 *
 * The rules are written with RRULE, never RDATE: Outlook ignores RDATE in VTIMEZONE and would
 * shift every event by an hour for half the year. They are the EU rules Sweden has followed since
 * 1996 (summer time from the last Sunday of March 02:00 to the last Sunday of October 03:00);
 * DTSTART in 1970, as Google, Apple and tzurl.org write it, so every client reads them for any
 * date the workbook allows (1970–2100; years before 1996 are not meetings anyone books).
 */
import ICAL from 'ical.js';
import { utcZone, intlZone, zoneFromVtimezone, type Zone } from './zones.ts';

export const STOCKHOLM_TZID = 'Europe/Stockholm';

/** The VTIMEZONE's content lines. */
export const STOCKHOLM_VTIMEZONE_LINES: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${STOCKHOLM_TZID}`,
  `X-LIC-LOCATION:${STOCKHOLM_TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** A fresh VTIMEZONE component for Europe/Stockholm (a component belongs to one parent). */
export function stockholmVtimezone(): ICAL.Component {
  return new ICAL.Component(ICAL.parse(STOCKHOLM_VTIMEZONE_LINES.join('\r\n')) as unknown[]);
}

let stockholm: Zone | undefined;

/** Europe/Stockholm, from the same VTIMEZONE the export writes. */
export function stockholmZone(): Zone {
  if (!stockholm) {
    const result = zoneFromVtimezone(stockholmVtimezone());
    if (!result.ok) throw new Error(`Europe/Stockholm: ${result.problem}`);
    stockholm = result.zone;
  }
  return stockholm;
}

/**
 * Windows' names for zones (Outlook's TZID) mapped to IANA names, from CLDR's windowsZones table:
 * the European ones and a few others, used only when a file names the zone without its VTIMEZONE.
 */
const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'Romance Standard Time': 'Europe/Paris',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'FLE Standard Time': 'Europe/Kiev',
  'GTB Standard Time': 'Europe/Bucharest',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'Russian Standard Time': 'Europe/Moscow',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  'UTC': 'Etc/UTC',
};

const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Z']);

/**
 * The zone for a TZID that the file does not describe: Europe/Stockholm by our own rules, UTC,
 * a Windows name or an IANA name the runtime knows; undefined when none of these.
 */
export function namedZone(tzid: string): Zone | undefined {
  if (tzid === STOCKHOLM_TZID) return stockholmZone();
  if (UTC_NAMES.has(tzid)) return utcZone;
  return intlZone(WINDOWS_ZONES[tzid] ?? tzid);
}
