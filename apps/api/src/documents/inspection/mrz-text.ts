import { parse } from 'mrz';
import type { MrzFields, MrzReading } from './types';

// From OCR text to a passport's MRZ (ICAO 9303 TD3: two lines of 44 characters), or "unreadable". Characters are
// corrected only where the field's type allows one reading (a digit field cannot hold an O); every check digit —
// document number, birth date, expiry, personal number and the composite — must then pass. Nothing is guessed.

const LINE_LENGTH = 44;

const TO_DIGIT: Readonly<Record<string, string>> = {
  O: '0',
  Q: '0',
  D: '0',
  U: '0',
  I: '1',
  L: '1',
  T: '1',
  Z: '2',
  S: '5',
  G: '6',
  B: '8',
};
const TO_LETTER: Readonly<Record<string, string>> = { '0': 'O', '1': 'I', '2': 'Z', '5': 'S', '6': 'G', '8': 'B' };

function digits(text: string): string {
  return [...text].map((char) => TO_DIGIT[char] ?? char).join('');
}

function letters(text: string): string {
  return [...text].map((char) => TO_LETTER[char] ?? char).join('');
}

/** A check digit may also be "<" (an empty optional field); otherwise a digit. */
function checkDigit(char: string): string {
  return char === '<' ? char : digits(char);
}

/** OCR text → lines of MRZ characters only, long enough to be MRZ lines. */
export function candidateLines(text: string): string[] {
  return text
    .toUpperCase()
    .split(/\r?\n/)
    .map((line) => line.replace(/[«‹{([]/g, '<').replace(/[^A-Z0-9<]/g, ''))
    .filter((line) => line.length >= 30 && line.includes('<'));
}

/** Line 1: P, type, issuing state, names. Letters only; the filler run at the end padded or cut to 44. */
export function normaliseLine1(line: string): string | null {
  const start = line.indexOf('P');
  if (start === -1 || start > 2) return null;
  let fixed = letters(line.slice(start));
  const trimmed = fixed.replace(/<+$/, '');
  if (trimmed.length > LINE_LENGTH) return null;
  fixed = trimmed.padEnd(LINE_LENGTH, '<');
  if (/[0-9]/.test(fixed)) return null;
  return fixed;
}

/**
 * Line 2: fixed positions up to the expiry check digit; the personal number (often all filler, where OCR loses or
 * adds a "<") is re-aligned from the end, where the composite check digit sits.
 */
export function normaliseLine2(line: string): string | null {
  if (line.length < 30 || line.length > LINE_LENGTH + 4) return null;
  const documentNumber = line.slice(0, 9);
  const documentCheck = checkDigit(line.slice(9, 10));
  const nationality = letters(line.slice(10, 13));
  const birth = digits(line.slice(13, 19));
  const birthCheck = checkDigit(line.slice(19, 20));
  const sex = line.slice(20, 21).replace('H', 'M').replace('E', 'F');
  const expiry = digits(line.slice(21, 27));
  const expiryCheck = checkDigit(line.slice(27, 28));
  const rest = line.slice(28);
  if (rest.length < 2) return null;
  const composite = checkDigit(rest.slice(-1));
  let personal = rest.slice(0, -1);
  if (personal.length !== 15) {
    // Only an empty personal number (all filler, check digit "<" or 0) can be re-aligned without guessing.
    if (!/^<+[<0O]?$/.test(personal)) return null;
    personal = '<'.repeat(15);
  }
  const personalCheck = checkDigit(personal.slice(14));
  const fixed = `${documentNumber}${documentCheck}${nationality}${birth}${birthCheck}${sex}${expiry}${expiryCheck}${personal.slice(0, 14)}${personalCheck}${composite}`;
  return fixed.length === LINE_LENGTH ? fixed : null;
}

function century(yymmdd: string, kind: 'birth' | 'expiry', today: Date): string {
  const yy = Number(yymmdd.slice(0, 2));
  const currentYY = today.getUTCFullYear() % 100;
  // Birth dates are in the past; expiry dates within the next few decades.
  const base = kind === 'birth' ? (yy > currentYY ? 1900 : 2000) : yy >= 70 ? 1900 : 2000;
  return `${base + yy}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
}

function validDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** Two normalised lines → the reading, when every field parses and every check digit passes. */
export function parseTd3(line1: string, line2: string, today = new Date()): MrzReading {
  let result: ReturnType<typeof parse>;
  try {
    result = parse([line1, line2]);
  } catch {
    return { status: 'unreadable', reason: 'not a passport MRZ' };
  }
  if (result.format !== 'TD3') return { status: 'unreadable', reason: 'not a passport MRZ' };
  const invalid = result.details.filter((detail) => !detail.valid);
  if (invalid.length > 0) {
    return {
      status: 'unreadable',
      reason: `invalid: ${invalid.map((detail) => detail.field ?? detail.label).join(', ')}`,
    };
  }
  const surname = line1.slice(5).split('<<')[0]?.replace(/</g, ' ').trim();
  const givenNames = line1.slice(5).split('<<').slice(1).join(' ').replace(/</g, ' ').replace(/\s+/g, ' ').trim();
  const sexChar = line2.slice(20, 21);
  const birthDate = century(line2.slice(13, 19), 'birth', today);
  const expiryDate = century(line2.slice(21, 27), 'expiry', today);
  if (!surname || !validDate(birthDate) || !validDate(expiryDate)) {
    return { status: 'unreadable', reason: 'missing surname or impossible date' };
  }
  const fields: MrzFields = {
    documentNumber: line2.slice(0, 9).replace(/<+$/, ''),
    surname,
    givenNames,
    nationality: line2.slice(10, 13).replace(/</g, ''),
    birthDate,
    expiryDate,
    sex: sexChar === 'M' ? 'M' : sexChar === 'F' ? 'F' : 'X',
  };
  return { status: 'read', fields, lines: [line1, line2] };
}

/** OCR text → the reading from its last pair of MRZ-looking lines. */
export function readMrzText(text: string, today = new Date()): MrzReading {
  const lines = candidateLines(text);
  // Look at the pairs from the bottom up: the MRZ is the last text on the page.
  for (let index = lines.length - 2; index >= 0; index--) {
    const line1 = normaliseLine1(lines[index] as string);
    const line2 = normaliseLine2(lines[index + 1] as string);
    if (!line1 || !line2) continue;
    return parseTd3(line1, line2, today);
  }
  return { status: 'unreadable', reason: 'no MRZ lines found' };
}
