import type { LocalDate } from '@waiji/domain';

/** Minimal RFC 5545 writer: CRLF line ends, TEXT escaping, lines folded at 75 octets without splitting a character. */

/** A calendar day (an all-day event, whatever the reader's zone) or a moment with a length. */
export type IcsWhen = { day: LocalDate } | { start: Date; durationMinutes: number };

export type IcsEvent = {
  uid: string;
  when: IcsWhen;
  summary: string;
  description: string;
  url?: string;
  /** A display alarm this many minutes from the start (negative: before); none when null. */
  alarmMinutes: number | null;
};

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    // The first line holds 75 octets; continuation lines start with a space, so 74 more each.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function icsDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A DATE value, YYYYMMDD. */
export function icsDay({ year, month, day }: LocalDate): string {
  return `${String(year).padStart(4, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

const nextDay = ({ year, month, day }: LocalDate): LocalDate => {
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
};

/** A DURATION value of whole minutes in hours and minutes (exact, unlike days), e.g. -PT15H, PT9H, -PT1H30M, PT0S. */
export function icsDuration(minutes: number): string {
  const size = Math.abs(Math.round(minutes));
  if (size === 0) return 'PT0S';
  const hours = Math.floor(size / 60);
  const rest = size % 60;
  return `${minutes < 0 ? '-' : ''}PT${hours ? `${hours}H` : ''}${rest ? `${rest}M` : ''}`;
}

function timing(when: IcsWhen): string[] {
  if ('day' in when) {
    // DTEND of an all-day event is exclusive: the next day. Transparent: a deadline day does not make one busy.
    return [
      `DTSTART;VALUE=DATE:${icsDay(when.day)}`,
      `DTEND;VALUE=DATE:${icsDay(nextDay(when.day))}`,
      'TRANSP:TRANSPARENT',
    ];
  }
  return [`DTSTART:${icsDate(when.start)}`, `DURATION:PT${when.durationMinutes}M`];
}

/** `language` is an RFC 5646 tag (en, zh-CN): the language of every SUMMARY and DESCRIPTION. */
export function calendar(name: string, events: IcsEvent[], now: Date, language = 'en'): string {
  const lang = `;LANGUAGE=${language}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Waiji//Case deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${icsDate(now)}`,
      ...timing(event.when),
      `SUMMARY${lang}:${escapeText(event.summary)}`,
      `DESCRIPTION${lang}:${escapeText(event.description)}`,
      ...(event.url ? [`URL:${event.url}`] : []),
      ...(event.alarmMinutes === null
        ? []
        : [
            'BEGIN:VALARM',
            'ACTION:DISPLAY',
            `TRIGGER:${icsDuration(event.alarmMinutes)}`,
            `DESCRIPTION${lang}:${escapeText(event.summary)}`,
            'END:VALARM',
          ]),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
