/**
 * A pass over an `.ics` file's content lines before ical.js parses them: checks the structure
 * (every line a property, BEGIN and END matched, nothing after the calendar), counts the events
 * (refusing more than the bound before a tree is built) and notes where each event and its
 * properties are, so that messages can name the line. ical.js's own errors carry no line numbers.
 */
import { formatInteger } from '../format.ts';
import type { ContentLine } from './ics-bytes.ts';

/** The most events read from one file. */
export const MAX_ICS_EVENTS = 5_000;

/** Components nest three deep in practice (VCALENDAR › VEVENT › VALARM). */
const MAX_DEPTH = 8;

/** Where an event (a VEVENT directly in a VCALENDAR) and its properties are. */
export interface EventLines {
  /** The line of BEGIN:VEVENT. */
  line: number;
  /** Each property's first line in the event, by upper-case name. */
  properties: Map<string, ContentLine>;
}

export type IcsStructure = { ok: true; events: EventLines[] } | { ok: false; problem: string };

const PROPERTY = /^[A-Za-z0-9-]+[;:]/u;
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/u;

const at = (line: number) => `rad ${formatInteger(line)}`;

/** A short, printable piece of a line for a message. */
export function excerpt(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  const printable = text.replace(/[\u0000-\u001f\u007f\ufffd]/gu, '?');
  return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable;
}

function propertyName(text: string): string {
  return (/^[A-Za-z0-9-]+/u.exec(text)?.[0] ?? '').toUpperCase();
}

/** Where the events are, or the first thing wrong with the file's structure. */
export function icsStructure(unfolded: readonly ContentLine[]): IcsStructure {
  const stack: { name: string; line: number }[] = [];
  const events: EventLines[] = [];
  let event: EventLines | undefined;
  for (const content of unfolded) {
    const { text: value, line } = content;
    if (CONTROL.test(value)) return { ok: false, problem: `${at(line)}: raden innehåller styrtecken som inte får finnas i en iCalendar-fil (är filen skadad eller binär?).` };
    if (!PROPERTY.test(value)) {
      return { ok: false, problem: `${at(line)}: «${excerpt(value)}» är ingen iCalendar-rad (NAMN:värde). Är en lång rad delad utan blanksteg först på fortsättningsraden (trasig radvikning)?` };
    }
    const name = propertyName(value);
    const componentName = value.slice(name.length + 1).trim().toUpperCase();
    if (stack.length === 0 && !(name === 'BEGIN' && componentName === 'VCALENDAR')) {
      return { ok: false, problem: `${at(line)}: «${excerpt(value)}» står utanför kalendern (före BEGIN:VCALENDAR eller efter END:VCALENDAR).` };
    }
    if (name === 'BEGIN') {
      if (stack.length >= MAX_DEPTH) return { ok: false, problem: `${at(line)}: komponenterna ligger mer än ${MAX_DEPTH} nivåer djupt.` };
      if (componentName === 'VEVENT' && stack.length === 1) {
        if (events.length >= MAX_ICS_EVENTS) {
          return { ok: false, problem: `filen har fler än ${formatInteger(MAX_ICS_EVENTS)} händelser; arbetsboken läser högst ${formatInteger(MAX_ICS_EVENTS)} ur en fil. Exportera en kortare period.` };
        }
        event = { line, properties: new Map() };
        events.push(event);
      }
      stack.push({ name: componentName, line });
      continue;
    }
    if (name === 'END') {
      const open = stack.pop();
      if (!open || open.name !== componentName) {
        const expected = open ? `END:${open.name} för BEGIN:${open.name} på ${at(open.line)}` : 'ingen END alls';
        return { ok: false, problem: `${at(line)}: END:${componentName} där filen väntade ${expected}.` };
      }
      if (componentName === 'VEVENT' && stack.length === 1) event = undefined;
      continue;
    }
    if (event && stack.length === 2 && !event.properties.has(name)) event.properties.set(name, content);
  }
  const open = stack[stack.length - 1];
  if (open) {
    const last = unfolded[unfolded.length - 1]?.line ?? 1;
    return { ok: false, problem: `END:VCALENDAR saknas: filen tar slut på ${at(last)} mitt i ${open.name} från ${at(open.line)}. Filen är kanske inte hel; spara eller exportera den på nytt.` };
  }
  return { ok: true, events };
}
