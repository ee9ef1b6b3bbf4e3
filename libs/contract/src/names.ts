import { z } from 'zod';

/**
 * Characters no person or organization name needs, and that let a name lie about itself where it is shown (lists,
 * emails, the audit log, CSV exports): C0 and C1 controls (CR/LF included, which also split email headers and log
 * lines), DEL, the invisible bidi marks and the embedding, override and isolate controls (U+202A–U+202E,
 * U+2066–U+2069: "Trojan source" reordering), and zero-width characters (U+200B–U+200D, U+2060 word joiner, U+FEFF).
 */
const FORBIDDEN_IN_NAMES = /[\p{Cc}\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;

export const DISPLAY_NAME_MESSAGE =
  'must not contain control characters, line breaks, invisible characters or text-direction controls';

/** True when `value` holds a character a display name may not contain (for checks outside a zod schema). */
export function hasForbiddenNameCharacter(value: string): boolean {
  return FORBIDDEN_IN_NAMES.test(value);
}

/**
 * The one schema for a name people read: a user's or member's name, a client's name (passport or bank spelling), an
 * organization's name. Trimmed, 1 to `max` characters (0 with `allowEmpty`, for an optional spelling a form may send
 * blank), none of the characters above. Use it for every such field instead of a per-field regex, so every name is
 * held to the same rule.
 */
export function displayName(max: number, options: { allowEmpty?: boolean } = {}) {
  const text = z.string().trim().max(max);
  return (options.allowEmpty ? text : text.min(1, 'is required')).refine(
    (value) => !hasForbiddenNameCharacter(value),
    DISPLAY_NAME_MESSAGE,
  );
}
