/**
 * What the meetings' export and import to `.ics` share: day arithmetic on calendar dates, how
 * people are recognised (e-mail, name), what counts as a web link, and the agenda as the plain
 * text of an event's description, written by the export and read back by the import.
 */
import { z } from 'zod';
import { formatCalendarDate, formatLocalDateTime, parseCalendarDate, parseLocalDateTime, SECONDS_PER_DAY, wallFields, wallSeconds } from '../calendar/wall-time.ts';
import type { Contact } from '../domain/plan.ts';
import type { MeetingCalendarWords } from './calendar-words.ts';

/** The date `days` days after (before, when negative) an ISO date. */
export function addDays(date: string, days: number): string {
  const fields = parseCalendarDate(date);
  if (!fields) throw new RangeError(`addDays: ${JSON.stringify(date)} är inget datum ÅÅÅÅ-MM-DD`);
  return formatCalendarDate(wallFields(wallSeconds(fields) + days * SECONDS_PER_DAY));
}

/** The local date-time `minutes` minutes after `2027-03-02T09:00` (wall-clock arithmetic). */
export function addMinutes(dateTime: string, minutes: number): string {
  const fields = parseLocalDateTime(dateTime);
  if (!fields) throw new RangeError(`addMinutes: ${JSON.stringify(dateTime)} är ingen tidpunkt ÅÅÅÅ-MM-DDTHH:MM`);
  return formatLocalDateTime(wallFields(wallSeconds(fields) + minutes * 60));
}

const emailSchema = z.email();
const webLinkSchema = z.url({ protocol: /^https?$/u });

/** True for an address the meeting schema stores as a participant's e-mail. */
export const isEmail = (text: string): boolean => emailSchema.safeParse(text).success;

/** True for what the meeting schema stores as its link: an http(s) address. */
export const isWebLink = (text: string): boolean => webLinkSchema.safeParse(text).success;

/** How two e-mail addresses are compared: trimmed, case ignored. */
export const emailKey = (email: string): string => email.trim().toLowerCase();

/** White space other than a single space: a name or title with it is collapsed first. */
const UNUSUAL_SPACE = /\s{2,}|[^\S ]/u;

/** Runs of white space as one space, trimmed: a title or name on one line. */
export const oneLine = (text: string): string => (UNUSUAL_SPACE.test(text) ? text.replace(/\s+/gu, ' ') : text).trim();

/**
 * How two names are compared: on one line, case ignored. Plain `toLowerCase` folds å, ä, ö and É
 * as Swedish does (only Turkish, Azeri and Lithuanian differ), at a fraction of `toLocaleLowerCase`'s cost.
 */
export const nameKey = (name: string): string => oneLine(name).toLowerCase();

/** The contact register looked up by e-mail and by name; a name two contacts share finds neither. */
export interface ContactLookup {
  byId: ReadonlyMap<string, Contact>;
  byEmail: ReadonlyMap<string, Contact>;
  /** Null for a name more than one contact has. */
  byName: ReadonlyMap<string, Contact | null>;
}

export function contactLookup(contacts: readonly Contact[]): ContactLookup {
  const byId = new Map<string, Contact>();
  const byEmail = new Map<string, Contact>();
  const byName = new Map<string, Contact | null>();
  for (const contact of contacts) {
    byId.set(contact.id, contact);
    const email = emailKey(contact.email);
    if (email && !byEmail.has(email)) byEmail.set(email, contact);
    const name = nameKey(contact.name);
    if (name) byName.set(name, byName.has(name) ? null : contact);
  }
  return { byId, byEmail, byName };
}

/** A text cut to `max` characters (at a whole code point) and whether it was cut. */
export function clip(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1; // do not leave half a surrogate pair
  return { text: text.slice(0, end), cut: true };
}

/**
 * The agenda as an event's description: `Dagordning:` and the items' titles numbered, one a line.
 * Only titles: the notes under them are the meeting's own, not the invitation's. Empty when no
 * item has a title.
 */
export function agendaDescription(titles: readonly string[], words: Pick<MeetingCalendarWords, 'agenda'>): string {
  const written = titles.map(oneLine).filter((title) => title !== '');
  if (written.length === 0) return '';
  return [`${words.agenda}:`, ...written.map((title, index) => `${index + 1}. ${title}`)].join('\n');
}

/** The titles of a description that is exactly an agenda as `agendaDescription` writes it; undefined for any other text. */
export function agendaFromDescription(description: string, words: Pick<MeetingCalendarWords, 'agenda'>): string[] | undefined {
  const lines = description.replace(/\r\n?/gu, '\n').trim().split('\n');
  if (lines[0]?.trim() !== `${words.agenda}:` || lines.length < 2) return undefined;
  const titles: string[] = [];
  for (const [index, line] of lines.slice(1).entries()) {
    const prefix = `${index + 1}. `;
    if (!line.startsWith(prefix)) return undefined;
    const title = oneLine(line.slice(prefix.length));
    if (title === '') return undefined;
    titles.push(title);
  }
  return titles;
}
