/**
 * Time-zone arithmetic: a zone is its UTC offset at each instant. Offsets come from a VTIMEZONE
 * (the file's own, or the one we write for Europe/Stockholm) or, for a zone a file names without
 * describing it, from the runtime's Intl data.
 *
 * ical.js parses the VTIMEZONE and iterates its RRULEs; the conversion itself is done here, because
 * ical.js 2.2.1's `Time.convertToZone` reads the UTC time as if it were local when it picks the
 * target zone's offset: 2027-03-28T01:30Z became 02:30 instead of 03:30 in Stockholm, and
 * 2027-10-31T01:30Z 03:30 instead of 02:30. Here both directions follow RFC 5545 §3.3.5: a local
 * time that occurs twice means the first one, a local time in the spring gap is read with the
 * offset before the gap.
 */
import ICAL from 'ical.js';
import { formatInteger } from '../format.ts';
import { LAST_YEAR, SECONDS_PER_DAY, wallSeconds } from './wall-time.ts';

/** A time zone: its UTC offset (seconds east of UTC) at each instant (seconds since 1970 UTC). */
export interface Zone {
  readonly id: string;
  offsetAt(utcSeconds: number): number;
}

/** UTC itself. */
export const utcZone: Zone = { id: 'UTC', offsetAt: () => 0 };

/** The wall seconds of an instant in the zone. */
export function utcToWall(zone: Zone, utcSeconds: number): number {
  return utcSeconds + zone.offsetAt(utcSeconds);
}

/**
 * The instant of a wall-clock time in the zone. Twice-occurring local times give the first
 * instant; local times skipped in spring are read with the offset before the change.
 */
export function wallToUtc(zone: Zone, wall: number): number {
  const offsets = new Set([zone.offsetAt(wall - SECONDS_PER_DAY), zone.offsetAt(wall), zone.offsetAt(wall + SECONDS_PER_DAY)]);
  const candidates = [...offsets].map((offset) => wall - offset).sort((a, b) => a - b);
  const valid = candidates.find((utc) => utc + zone.offsetAt(utc) === wall);
  if (valid !== undefined) return valid;
  const earliest = candidates[0] ?? wall;
  return wall - zone.offsetAt(earliest);
}

interface Transition {
  /** The instant of the change. */
  at: number;
  /** The offset before it. */
  from: number;
  /** The offset from then on. */
  to: number;
}

export type ZoneResult = { ok: true; zone: Zone } | { ok: false; problem: string };

/** The BY-parts real time-zone rules use; anything else is refused rather than iterated. */
const RULE_PARTS = new Set(['BYMONTH', 'BYDAY', 'BYMONTHDAY']);
/** A zone has two changes a year; 1601 (Outlook's DTSTART) to 2101 needs about a thousand. */
const MAX_TRANSITIONS = 5_000;

function ruleProblem(recur: ICAL.Recur): string | undefined {
  if (recur.freq !== 'YEARLY') return `upprepas ${recur.freq || 'utan FREQ'} i stället för årligen (FREQ=YEARLY)`;
  for (const [part, values] of Object.entries(recur.parts)) {
    if (!RULE_PARTS.has(part)) return `har regeldelen ${part}, som en tidszon inte behöver`;
    if (Array.isArray(values) && values.length > 7) return `har för många värden i ${part}`;
  }
  return undefined;
}

function onsetsOf(rule: ICAL.Component, untilYear: number): { ok: true; transitions: Transition[] } | { ok: false; problem: string } {
  const dtstart = rule.getFirstPropertyValue('dtstart');
  const offsetFrom = rule.getFirstPropertyValue('tzoffsetfrom');
  const offsetTo = rule.getFirstPropertyValue('tzoffsetto');
  const kind = rule.name.toUpperCase();
  if (!(dtstart instanceof ICAL.Time)) return { ok: false, problem: `${kind} saknar DTSTART` };
  if (!(offsetFrom instanceof ICAL.UtcOffset) || !(offsetTo instanceof ICAL.UtcOffset)) return { ok: false, problem: `${kind} saknar TZOFFSETFROM eller TZOFFSETTO` };
  const from = offsetFrom.toSeconds();
  const to = offsetTo.toSeconds();
  if (Math.abs(from) > 18 * 3600 || Math.abs(to) > 18 * 3600) return { ok: false, problem: `${kind} har en förskjutning från UTC på mer än 18 timmar` };
  const transitions: Transition[] = [];
  const addLocal = (time: ICAL.Time) => {
    const wall = wallSeconds(time);
    transitions.push({ at: time.zone === ICAL.Timezone.utcTimezone ? wall : wall - from, from, to });
  };
  addLocal(dtstart);

  for (const property of rule.getAllProperties('rdate')) {
    for (const value of property.getValues() as unknown[]) {
      if (value instanceof ICAL.Time) addLocal(value.isDate ? withTimeOf(value, dtstart) : value);
      else if (value instanceof ICAL.Period) addLocal(value.start);
      if (transitions.length > MAX_TRANSITIONS) return { ok: false, problem: `${kind} har fler än ${formatInteger(MAX_TRANSITIONS)} RDATE` };
    }
  }

  const rrule = rule.getFirstPropertyValue('rrule');
  if (rrule instanceof ICAL.Recur) {
    const problem = ruleProblem(rrule);
    if (problem) return { ok: false, problem: `${kind}-regeln ${problem}` };
    const recur = rrule.clone();
    if (recur.until && recur.until.zone === ICAL.Timezone.utcTimezone) {
      // UNTIL is in UTC, the onsets are local: compare both as local time (RFC 5545 §3.8.5.3).
      recur.until.adjust(0, 0, 0, from);
      recur.until.zone = ICAL.Timezone.localTimezone;
    }
    const iterator = recur.iterator(dtstart);
    for (let onset = iterator.next(); onset; onset = iterator.next()) {
      if (onset.year > untilYear) break;
      addLocal(onset);
      if (transitions.length > MAX_TRANSITIONS) return { ok: false, problem: `${kind}-regeln ger fler än ${formatInteger(MAX_TRANSITIONS)} övergångar` };
    }
  }
  return { ok: true, transitions };
}

function withTimeOf(date: ICAL.Time, time: ICAL.Time): ICAL.Time {
  return ICAL.Time.fromData({ year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute, second: time.second, isDate: false });
}

/**
 * The zone a VTIMEZONE describes, its changes worked out up to `untilYear`. Refused, with a
 * Swedish phrase saying why, when a rule is not yearly, has parts a zone never needs, or gives
 * thousands of changes: a hostile file cannot make this loop for long.
 */
export function zoneFromVtimezone(vtimezone: ICAL.Component, untilYear = LAST_YEAR + 1): ZoneResult {
  const tzid = vtimezone.getFirstPropertyValue('tzid');
  const id = typeof tzid === 'string' ? tzid : '';
  const name = `tidszonen «${id}»`;
  try {
    const transitions: Transition[] = [];
    for (const rule of vtimezone.getAllSubcomponents()) {
      if (rule.name !== 'standard' && rule.name !== 'daylight') continue;
      const onsets = onsetsOf(rule, untilYear);
      if (!onsets.ok) return { ok: false, problem: `${name}: ${onsets.problem}` };
      transitions.push(...onsets.transitions);
      if (transitions.length > MAX_TRANSITIONS) return { ok: false, problem: `${name} ger fler än ${formatInteger(MAX_TRANSITIONS)} övergångar` };
    }
    if (transitions.length === 0) return { ok: false, problem: `${name} saknar regler (STANDARD eller DAYLIGHT)` };
    transitions.sort((a, b) => a.at - b.at);
    return { ok: true, zone: transitionZone(id, transitions) };
  } catch (error) {
    return { ok: false, problem: `${name} har en regel som inte kan läsas (${error instanceof Error ? error.message : String(error)})` };
  }
}

function transitionZone(id: string, transitions: readonly Transition[]): Zone {
  const first = transitions[0];
  return {
    id,
    offsetAt(utcSeconds: number): number {
      // The last change at or before the instant.
      let low = 0;
      let high = transitions.length - 1;
      let found = -1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if ((transitions[middle]?.at ?? Infinity) <= utcSeconds) {
          found = middle;
          low = middle + 1;
        } else {
          high = middle - 1;
        }
      }
      return found >= 0 ? (transitions[found]?.to ?? 0) : (first?.from ?? 0);
    },
  };
}

const intlFormats = new Map<string, Intl.DateTimeFormat | null>();

/** A zone from the runtime's time-zone data (an IANA name such as Europe/Berlin), if it knows it. */
export function intlZone(id: string): Zone | undefined {
  let format = intlFormats.get(id);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone: id, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    } catch {
      format = null;
    }
    intlFormats.set(id, format);
  }
  const known = format;
  if (!known) return undefined;
  return {
    id,
    offsetAt(utcSeconds: number): number {
      const parts = Object.fromEntries(known.formatToParts(new Date(utcSeconds * 1000)).map((part) => [part.type, Number(part.value)]));
      const wall = wallSeconds({ year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1, hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0 });
      return wall - utcSeconds;
    },
  };
}
