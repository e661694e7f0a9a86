import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readIcs } from '#shared/calendar/ics-import.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/ics/${name}`, import.meta.url)));
const encoder = new TextEncoder();

function problemsOf(bytes: Uint8Array, fileName = 'inbjudan.ics'): string[] {
  const result = readIcs(bytes, { fileName });
  if (result.ok) throw new Error('väntade att filen vägrades');
  return result.problems;
}

const calendar = (...lines: string[]) => encoder.encode(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//SV', ...lines, 'END:VCALENDAR', ''].join('\r\n'));
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', 'UID:test@example.se', 'DTSTAMP:20270101T000000Z', ...lines, 'END:VEVENT'];

describe('trasiga och fientliga .ics-filer vägras med ett svenskt besked', () => {
  it('en fil utan END:VCALENDAR (avkortad)', () => {
    expect(problemsOf(fixture('trasig-utan-slut.ics'), 'trasig-utan-slut.ics')).toEqual([
      '«trasig-utan-slut.ics»: END:VCALENDAR saknas: filen tar slut på rad 9 mitt i VEVENT från rad 4. Filen är kanske inte hel; spara eller exportera den på nytt.',
    ]);
  });

  it('binärt skräp med namnet .ics', () => {
    expect(problemsOf(fixture('trasig-binar.ics'), 'bild.ics')).toEqual([
      '«bild.ics»: filen är ingen iCalendar-fil (.ics): den börjar inte med BEGIN:VCALENDAR. Välj en kalenderfil som sparats från Outlook, Google Kalender eller Apple Kalender.',
    ]);
  });

  it('binära data inuti en kalender', () => {
    const bytes = new Uint8Array([...calendar(...vevent('DTSTART:20270301T080000Z')).subarray(0, 60), 0x00, 0x01, 0x02, 0x41, 0x0d, 0x0a]);
    expect(problemsOf(bytes)).toEqual([expect.stringMatching(/^«inbjudan\.ics»: rad \d+: raden innehåller styrtecken som inte får finnas i en iCalendar-fil/u)]);
  });

  it('en fil i Latin-1 i stället för UTF-8, med raden som inte går att läsa', () => {
    expect(problemsOf(fixture('trasig-latin1.ics'), 'trasig-latin1.ics')).toEqual([
      '«trasig-latin1.ics»: rad 9: filen är inte sparad som UTF-8, som en iCalendar-fil ska vara (byten 0xF6 är inget UTF-8-tecken; filen är troligen sparad som Latin-1 eller Windows-1252). Exportera kalendern på nytt, eller spara filen som UTF-8.',
    ]);
  });

  it('en trasig radvikning: en fortsättningsrad utan blanksteg först', () => {
    expect(problemsOf(fixture('trasig-vikning.ics'), 'trasig-vikning.ics')).toEqual([
      '«trasig-vikning.ics»: rad 11: «blanksteget först på den andra raden\\, s…» är ingen iCalendar-rad (NAMN:värde). Är en lång rad delad utan blanksteg först på fortsättningsraden (trasig radvikning)?',
    ]);
  });

  it('en fortsättningsrad först i filen eller efter en tom rad', () => {
    const text = new TextDecoder().decode(calendar(...vevent('DTSTART:20270301T080000Z', 'SUMMARY:Möte'))).replace('SUMMARY:Möte\r\n', 'SUMMARY:Möte\r\n\r\n och mer\r\n');
    expect(problemsOf(encoder.encode(text))).toEqual(['«inbjudan.ics»: rad 10: raden börjar med ett blanksteg men fortsätter ingen rad (trasig radvikning).']);
  });

  it('en händelse utan DTSTART, med raden där händelsen börjar', () => {
    expect(problemsOf(fixture('trasig-utan-dtstart.ics'))).toEqual([
      '«inbjudan.ics»: rad 5 (händelsen «Dialogmöte utan tid»): DTSTART saknas (när händelsen börjar).',
    ]);
  });

  it('en fil på 3 MB', () => {
    const line = `DESCRIPTION:${'Långt möte. '.repeat(60)}`;
    const bytes = calendar(...vevent('DTSTART:20270301T080000Z', ...Array.from({ length: 4_000 }, () => line)));
    expect(bytes.length).toBeGreaterThan(3 * 1024 * 1024);
    expect(problemsOf(bytes)).toEqual([
      expect.stringMatching(/^«inbjudan\.ics»: filen är 3,\d MB; en kalenderfil får vara högst 2,0 MB\. Exportera en kortare period eller bara de händelser som behövs\.$/u),
    ]);
  });

  it('fler än 5 000 händelser', () => {
    const events = Array.from({ length: 5_001 }, (_, index) => ['BEGIN:VEVENT', `UID:${index}`, 'DTSTART;VALUE=DATE:20270301', 'END:VEVENT']).flat();
    const bytes = calendar(...events);
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    expect(problemsOf(bytes)).toEqual(['«inbjudan.ics»: filen har fler än 5\u00a0000 händelser; arbetsboken läser högst 5\u00a0000 ur en fil. Exportera en kortare period.']);
  });

  it('en oändlig upprepning räknas inte upp: första tillfället, markerat som återkommande', () => {
    const started = performance.now();
    const result = readIcs(calendar(...vevent('DTSTART:20270301T080000Z', 'DTEND:20270301T080001Z', 'RRULE:FREQ=SECONDLY;INTERVAL=1', 'RDATE:20270302T080000Z')), { fileName: 'oändlig.ics' });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result).toMatchObject({ ok: true, events: [{ start: '2027-03-01T09:00', recurring: true }] });
  });

  it('en VTIMEZONE vars regel skulle upprepas varje sekund vägras för händelsen som använder den', () => {
    const problems = problemsOf(
      calendar(
        'BEGIN:VTIMEZONE', 'TZID:Fientlig', 'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0100', 'RRULE:FREQ=SECONDLY', 'END:STANDARD', 'END:VTIMEZONE',
        ...vevent('SUMMARY:Möte', 'DTSTART;TZID=Fientlig:20270301T080000'),
      ),
    );
    expect(problems).toEqual(['«inbjudan.ics»: rad 17 (händelsen «Möte»): DTSTART: tidszonen «Fientlig»: STANDARD-regeln upprepas SECONDLY i stället för årligen (FREQ=YEARLY).']);
  });

  it('en TZID som varken filen eller arbetsboken känner till', () => {
    expect(problemsOf(calendar(...vevent('DTSTART;TZID=Okänd zon:20270301T080000')))).toEqual([
      '«inbjudan.ics»: rad 7 (en händelse utan rubrik): DTSTART: tidszonen «Okänd zon» beskrivs inte i filen (VTIMEZONE saknas) och är okänd för arbetsboken.',
    ]);
  });

  it('felaktiga tider, slut före start, år utanför 1970–2100 och saknat UID, alla fel på en gång', () => {
    const problems = problemsOf(
      calendar(
        ...vevent('SUMMARY:Månad 13', 'DTSTART:20271301T080000Z'),
        ...vevent('SUMMARY:Baklänges', 'DTSTART:20270301T080000Z', 'DTEND:20270301T070000Z'),
        ...vevent('SUMMARY:Blandat', 'DTSTART;VALUE=DATE:20270301', 'DTEND:20270301T070000Z'),
        ...vevent('SUMMARY:Framtid', 'DTSTART;VALUE=DATE:29990301'),
        'BEGIN:VEVENT', 'SUMMARY:Utan id', 'DTSTART;VALUE=DATE:20270301', 'END:VEVENT',
      ),
    );
    expect(problems).toEqual([
      '«inbjudan.ics»: rad 8 (händelsen «Månad 13»): DTSTART är ingen verklig dag eller tid.',
      '«inbjudan.ics»: rad 15 (händelsen «Baklänges»): DTEND ligger före DTSTART.',
      '«inbjudan.ics»: rad 22 (händelsen «Blandat»): DTEND är en tidpunkt men DTSTART ett datum; båda ska vara av samma slag.',
      '«inbjudan.ics»: rad 28 (händelsen «Framtid»): DTSTART ligger år 2999; arbetsboken läser händelser åren 1970–2100.',
      '«inbjudan.ics»: rad 30 (händelsen «Utan id»): UID saknas (händelsens id, som alla kalenderprogram skriver).',
    ]);
  });

  it('ett värde som inte är en tid, och ett som ical.js inte kan läsa, med raden', () => {
    expect(problemsOf(calendar(...vevent('DTSTART:20270301T080000Z', 'ATTENDEE;CN="Anna:mailto:anna@example.se')))).toEqual([
      '«inbjudan.ics»: rad 8: «ATTENDEE;CN="Anna:mailto:anna@example.se» kan inte läsas; raden följer inte iCalendar-formatet (ical.js: invalid line (no matching double quote) ";CN="Anna:mailto:anna@example.se").',
    ]);
    expect(problemsOf(calendar(...vevent('DTSTART:inte-en-tid')))).toEqual([
      '«inbjudan.ics»: rad 7 (en händelse utan rubrik): DTSTART är ingen tidpunkt i iCalendars form (ÅÅÅÅMMDD eller ÅÅÅÅMMDDTHHMMSS).',
    ]);
    expect(problemsOf(calendar(...vevent('DTSTART:20270301T080000Z', 'DURATION:en timme')))).toEqual([
      '«inbjudan.ics»: rad 8 (en händelse): DURATION kan inte läsas; värdet följer inte iCalendar-formatet (ical.js: invalid duration value: Not enough duration components in "en timme").',
    ]);
  });

  it('END som inte hör ihop med BEGIN, text efter kalendern och en tom fil', () => {
    expect(problemsOf(calendar('BEGIN:VEVENT', 'END:VTODO'))).toEqual(['«inbjudan.ics»: rad 5: END:VTODO där filen väntade END:VEVENT för BEGIN:VEVENT på rad 4.']);
    expect(problemsOf(encoder.encode('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nSUMMARY:efteråt\r\n'))).toEqual([
      '«inbjudan.ics»: rad 3: «SUMMARY:efteråt» står utanför kalendern (före BEGIN:VCALENDAR eller efter END:VCALENDAR).',
    ]);
    expect(problemsOf(new Uint8Array())).toEqual(['«inbjudan.ics»: filen är tom.']);
  });

  it('listar högst 20 fel och räknar resten', () => {
    const events = Array.from({ length: 30 }, (_, index) => ['BEGIN:VEVENT', `UID:${index}`, 'END:VEVENT']).flat();
    const problems = problemsOf(calendar(...events));
    expect(problems).toHaveLength(21);
    expect(problems.at(-1)).toBe('«inbjudan.ics»: … och 10 problem till.');
  });

  it('kastar aldrig, vad bytena än är', () => {
    let seed = 17;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const source = new TextDecoder().decode(fixture('outlook-inbjudan.ics'));
    for (let round = 0; round < 200; round += 1) {
      // Cut, duplicate and damage a real file at random places.
      const chars = [...source];
      for (let damage = 0; damage < 5; damage += 1) {
        const at = Math.floor(random() * chars.length);
        const kind = Math.floor(random() * 4);
        if (kind === 0) chars.splice(at, Math.floor(random() * 40));
        else if (kind === 1) chars.splice(at, 0, ...'\r\n '.split(''));
        else if (kind === 2) chars.splice(at, 0, String.fromCharCode(Math.floor(random() * 0x2ff)));
        else chars.splice(at, 0, ';', ':', '"');
      }
      const result = readIcs(encoder.encode(chars.join('')), { fileName: 'skadad.ics' });
      // Each problem names the file, and none is the message for a bug ("något gick fel").
      if (!result.ok) for (const problem of result.problems) expect(problem).toMatch(/^«skadad\.ics»: (?!filen kunde inte läsas; något gick fel)/u);
    }
  });
  it('fler tidszoner än en inbjudan behöver: filen vägras innan reglerna räknas ut över århundraden', () => {
    const zones = Array.from({ length: 25 }, (_, i) => [
      'BEGIN:VTIMEZONE', `TZID:Zon ${i}`,
      'BEGIN:STANDARD', 'DTSTART:16011028T030000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'END:STANDARD',
      'BEGIN:DAYLIGHT', 'DTSTART:16010325T020000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'END:DAYLIGHT',
      'END:VTIMEZONE',
    ]).flat();
    const events = Array.from({ length: 25 }, (_, i) => ['BEGIN:VEVENT', `UID:zon-${i}@example.se`, 'DTSTAMP:20270101T000000Z', `DTSTART;TZID=Zon ${i}:20270302T090000`, `DTEND;TZID=Zon ${i}:20270302T100000`, `SUMMARY:Möte ${i}`, 'END:VEVENT']).flat();
    const problems = problemsOf(calendar(...zones, ...events));
    expect(problems.some((p) => p.includes('filen använder fler än 20 tidszoner'))).toBe(true);
  });
});
