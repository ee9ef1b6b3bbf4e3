/** A text in English and Simplified Chinese. */
export type Bilingual = { en: string; zh: string };

/** The result of an operation that can fail for a domain reason; domain functions never throw. */
export type Result<T, E> = ({ ok: true } & T) | { ok: false; error: E };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Valid Date whose year stays far from the limits of Date, so arithmetic and Intl never fail. */
export function isUsableDate(value: unknown): value is Date {
  if (!(value instanceof Date)) return false;
  const time = value.getTime();
  // Years 1000–9000: wide enough for any real document, far from Date's ±275760-year edge.
  return Number.isFinite(time) && time >= -30610224000000 && time <= 221845392000000;
}

export { oneOf } from './one-of';
