import {
  type Bilingual,
  type ClientLanguage,
  clientLanguageInfo,
  type GlossaryEntry,
  meaningIn,
  reminderKindLabel,
  textIn,
} from '@waiji/domain';
import { formatLocal } from '../scheduler/local-time';

// What every notification and email shares: the language, escaping, one-line headers, the page around an email's
// HTML. The texts themselves are in reminder-content.ts and digest-content.ts. Pure: every dynamic value is escaped
// in HTML.

export type Language = 'en' | 'zh';

export function languageOf(value: string | null | undefined): Language {
  return typeof value === 'string' && value.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Header values must be one line. */
export function oneLine(value: string, max = 200): string {
  const flat = value
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Zones whose clock is Beijing's: named as people in China say it, not by their IANA id. */
const beijingZones = new Set(['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Chungking', 'Asia/Harbin', 'PRC']);

/** A time zone as a reader knows it: "Beijing time" / "北京时间" for China's, else its IANA name. */
export function zoneName(timeZone: string, language: Language): string {
  if (beijingZones.has(timeZone)) return language === 'zh' ? '北京时间' : 'Beijing time';
  return language === 'zh' ? `${timeZone} 时间` : `${timeZone} time`;
}

/** A moment on the organization's wall clock with its zone named: "2026-03-10 08:00 (Beijing time)", "2026-03-10 08:00（北京时间）". */
export function zonedTime(instant: Date, timeZone: string, language: Language): string {
  const local = formatLocal(instant, timeZone);
  return language === 'zh'
    ? `${local}（${zoneName(timeZone, language)}）`
    : `${local} (${zoneName(timeZone, language)})`;
}

/**
 * A moment for a client, in their language by Intl, on the organization's clock with the zone named as their
 * language names it ("3 декабря 2026 г. в 08:00 (Китай, стандартное время)"); en/zh keep zonedTime's wording.
 */
export function clientZonedTime(instant: Date, timeZone: string, language: ClientLanguage): string {
  if (language === 'en' || language === 'zh') return zonedTime(instant, timeZone, language);
  return (
    new Intl.DateTimeFormat(clientLanguageInfo[language].tag, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone,
    }).format(instant) + ` (${zoneLabel(timeZone, language)})`
  );
}

/** A zone's name in a client's language (Intl's long generic name, e.g. "Китай" / "中国时间"), else its IANA id. */
export function zoneLabel(timeZone: string, language: ClientLanguage): string {
  const part = new Intl.DateTimeFormat(clientLanguageInfo[language].tag, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(new Date(0))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

export function kindLabel(kind: string, language: Language): string {
  return reminderKindLabel(kind)[language];
}

export type RenderedEmail = { subject: string; text: string; html: string };

/** The page around an email's HTML body: its language and direction (Arabic reads right to left). */
export function htmlPage(language: ClientLanguage, inner: string): string {
  const { tag, dir } = clientLanguageInfo[language];
  return `<!doctype html><html lang="${tag}" dir="${dir}"><head><meta charset="utf-8"></head><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1b1e;max-width:40rem">${inner}</body></html>`;
}

/**
 * The Alipay words a client email names, each in Chinese with its pinyin and its meaning in the client's language:
 * the text lines (after a blank line and `heading`) and the HTML table; nothing when there are none.
 */
export function alipayTermsText(terms: readonly GlossaryEntry[], language: ClientLanguage, heading: string): string[] {
  if (terms.length === 0) return [];
  return ['', heading, ...terms.map((t) => `  ${t.zh} (${t.pinyin}) — ${meaningIn(language, t.zh, t.en)}`)];
}

/** A next step as an HTML list item in the client's language, marked English (ltr) where its table lacks it. */
export function stepItemHtml(text: Bilingual, language: ClientLanguage): string {
  const step = textIn(text, language);
  return step.language === language
    ? `<li>${escapeHtml(step.text)}</li>`
    : `<li lang="en" dir="ltr">${escapeHtml(step.text)}</li>`;
}

export function alipayTermsHtml(terms: readonly GlossaryEntry[], language: ClientLanguage, heading: string): string {
  if (terms.length === 0) return '';
  const rows = terms
    .map(
      (t) =>
        `<tr><td lang="zh-CN" style="padding:2px 12px 2px 0;font-size:1.1em">${escapeHtml(t.zh)}</td><td style="padding:2px 12px 2px 0">${escapeHtml(t.pinyin)}</td><td>${escapeHtml(meaningIn(language, t.zh, t.en))}</td></tr>`,
    )
    .join('');
  return `<h3>${escapeHtml(heading)}</h3><table>${rows}</table>`;
}
