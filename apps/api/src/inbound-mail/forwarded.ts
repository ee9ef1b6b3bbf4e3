/**
 * The original inside a forwarded email: the marker line each mail program writes above it, then its header lines
 * (English or Chinese names, ":" or "："), then its body. Gmail, Outlook, Apple Mail, QQ Mail and 163 each have their
 * own marker; the header block after it is alike.
 */

export type ForwardedOriginal = { from: string | null; date: Date | null; subject: string | null; body: string };

const MARKERS = [
  /^-{5,}\s*Forwarded message\s*-{5,}\s*$/i, // Gmail
  /^-{3,}\s*Original Message\s*-{3,}\s*$/i, // Outlook (older)
  /^_{20,}\s*$/, // Outlook (newer): a rule, then From:/Sent:
  /^Begin forwarded message:\s*$/i, // Apple Mail
  /^-{3,}\s*原始邮件\s*-{3,}\s*$/, // QQ Mail
  /^-{3,}\s*转发邮件信息\s*-{3,}\s*$/, // 163
  /^-{3,}\s*(Forwarded|Forwarding) messages?\s*-{3,}\s*$/i, // 163 (English), others
  /^-{3,}\s*转发的邮件\s*-{3,}\s*$/,
];

const FIELD_NAMES: Record<string, 'from' | 'date' | 'subject' | 'to'> = {
  from: 'from',
  发件人: 'from',
  date: 'date',
  sent: 'date',
  发送时间: 'date',
  发送日期: 'date',
  日期: 'date',
  时间: 'date',
  subject: 'subject',
  主题: 'subject',
  to: 'to',
  cc: 'to',
  收件人: 'to',
  抄送: 'to',
};

const HEADER_LINE = /^\s*\*?([A-Za-z\u4e00-\u9fff]{1,8})\*?\s*[:：]\s*(.*)$/;

/** The quoting ("> ") some programs put before every line of the forwarded part. */
const unquote = (line: string): string => line.replace(/^>\s?/, '');

export function extractForwarded(text: string): ForwardedOriginal | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = unquote(lines[index] ?? '').trim();
    if (!MARKERS.some((marker) => marker.test(line))) continue;
    const found = readHeaderBlock(lines.slice(index + 1).map(unquote));
    if (found) return found;
  }
  return null;
}

function readHeaderBlock(lines: string[]): ForwardedOriginal | null {
  const fields: Partial<Record<'from' | 'date' | 'subject' | 'to', string>> = {};
  let cursor = 0;
  // Blank lines may sit between the marker and the first header (Apple Mail).
  while (cursor < lines.length && (lines[cursor] ?? '').trim() === '') cursor += 1;
  let last: keyof typeof fields | null = null;
  for (; cursor < lines.length; cursor += 1) {
    const line = lines[cursor] ?? '';
    if (line.trim() === '') break;
    const match = HEADER_LINE.exec(line);
    const name = match ? FIELD_NAMES[(match[1] ?? '').toLowerCase()] : undefined;
    if (match && name) {
      fields[name] = (match[2] ?? '').trim();
      last = name;
    } else if (last && /^\s/.test(line)) {
      fields[last] = `${fields[last] ?? ''} ${line.trim()}`; // a folded header line
    } else {
      break;
    }
  }
  if (!fields.from) return null;
  const body = lines
    .slice(cursor)
    .join('\n')
    .replace(/^\s*\n/, '')
    .trim();
  return {
    from: addressIn(fields.from) ?? fields.from,
    date: fields.date ? parseForwardedDate(fields.date) : null,
    subject: fields.subject ?? null,
    body,
  };
}

/** The address in `"支付宝" <service@mail.alipay.com>;` or `Alipay [mailto:a@b.c]`, else null. */
export function addressIn(value: string): string | null {
  const match = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(value);
  return match ? match[0].toLowerCase() : null;
}

const CHINESE_DATE =
  /(\d{4})\s*[年/-]\s*(\d{1,2})\s*[月/-]\s*(\d{1,2})\s*日?[^\d上下午]*(上午|下午|晚上|中午)?\s*(\d{1,2})?[:：]?(\d{2})?(?:[:：](\d{2}))?/;

/**
 * A date as the mail programs write it above a forwarded message: RFC 2822 and Gmail's "Mon, Nov 30, 2026 at
 * 10:12 AM", or Chinese (QQ's "2026年11月30日(星期一) 上午10:12", 163's "2026-11-30 10:12:00"). Chinese dates without a
 * zone are Beijing time; English ones without a zone UTC.
 */
export function parseForwardedDate(value: string): Date | null {
  const chinese = CHINESE_DATE.exec(value);
  if (chinese && (/[年月日]/.test(value) || !/[A-Za-z]/.test(value))) {
    const [, year, month, day, half, hourText, minuteText, secondText] = chinese;
    let hour = Number(hourText ?? 0);
    if ((half === '下午' || half === '晚上') && hour < 12) hour += 12;
    const pad = (number: number | string) => String(number).padStart(2, '0');
    const date = new Date(
      `${year}-${pad(month ?? 1)}-${pad(day ?? 1)}T${pad(hour)}:${pad(minuteText ?? 0)}:${pad(secondText ?? 0)}+08:00`,
    );
    return Number.isNaN(date.getTime()) ? null : date;
  }
  const english = value
    .replace(/\s+at\s+/i, ' ')
    .replace(/\(.*?\)/g, '')
    .trim();
  const hasZone = /([+-]\d{4}|GMT|UTC|Z)\b/.test(english);
  const parsed = new Date(hasZone ? english : `${english} UTC`);
  if (!Number.isNaN(parsed.getTime())) return parsed;
  const plain = new Date(english);
  return Number.isNaN(plain.getTime()) ? null : plain;
}
