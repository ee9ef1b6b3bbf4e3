import type { parse } from 'mrz';
import { loadMrz } from '../../common/lazy';
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

function mrzCharacters(text: string): string {
  return text
    .toUpperCase()
    .replace(/[«‹{([]/g, '<')
    .replace(/[^A-Z0-9<]/g, '');
}

/** MRZ-looking: long, and with filler — or a full line 2 (a personal number that fills its field has none). */
function isCandidate(line: string): boolean {
  return line.length >= 30 && (line.includes('<') || line.length >= 42);
}

/** OCR text → lines of MRZ characters only, long enough to be MRZ lines. */
export function candidateLines(text: string): string[] {
  return text.split(/\r?\n/).map(mrzCharacters).filter(isCandidate);
}

/** Confusable letters that OCR makes of a lone "<": a one-letter name made of one of these is not trusted. */
const FILLER_LOOKALIKES = new Set(['L', 'K', 'C', 'E', 'S', 'X', 'I']);

/**
 * Line 1: P, type, issuing state, names. Letters only. Names never contain "<<<" (ICAO 9303: "<<" ends the surname,
 * "<" separates names), so everything from the first "<<<" is filler — OCR tends to read long filler runs as L or
 * K, which this discards. Names that still look like misread filler make the line unreadable.
 */
export function normaliseLine1(line: string): string | null {
  const start = line.indexOf('P');
  if (start === -1 || start > 2) return null;
  const fixed = letters(line.slice(start));
  if (fixed.length < 6 || /[0-9]/.test(fixed.slice(0, 5))) return null;
  let names = fixed.slice(5);
  const fillerStart = names.indexOf('<<<');
  if (fillerStart !== -1) names = names.slice(0, fillerStart);
  names = names.replace(/<+$/, '');
  if (names.length > LINE_LENGTH - 5 || /[0-9]/.test(names)) return null;
  const [surname = '', given = ''] = names.split('<<');
  if (surname === '' || given === '') return null; // a lost "<" of "<<" would move a given name into the surname
  const tokens = names.split(/<+/);
  if (tokens.some((token) => /(.)\1\1/.test(token))) return null; // no name has three equal letters in a row
  const last = tokens[tokens.length - 1] as string;
  if (tokens.length > 2 && last.length === 1 && FILLER_LOOKALIKES.has(last)) return null;
  return `${fixed.slice(0, 5)}${names}`.padEnd(LINE_LENGTH, '<');
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
  // An empty personal number is a run of filler, which OCR reads with a stray L or K: still filler when the run is
  // almost all "<" (the personal and composite check digits then confirm it was empty).
  const fillerLike = personal.replace(/[LKI]/g, '<');
  if (/^<+[<0O]?$/.test(fillerLike) && (personal.match(/</g)?.length ?? 0) >= personal.length * 0.8) {
    personal = fillerLike;
  }
  if (personal.length !== 15) {
    // Only an empty personal number (all filler, check digit "<" or 0) can be re-aligned without guessing.
    if (!/^<+[<0O]?$/.test(personal)) return null;
    personal = '<'.repeat(15);
  }
  const personalCheck = checkDigit(personal.slice(14));
  const fixed = `${documentNumber}${documentCheck}${nationality}${birth}${birthCheck}${sex}${expiry}${expiryCheck}${personal.slice(0, 14)}${personalCheck}${composite}`;
  return fixed.length === LINE_LENGTH ? fixed : null;
}

const WEIGHTS = [7, 3, 1];

/** ICAO 9303 check digit: 0–9 as themselves, A–Z as 10–35, < as 0; weights 7, 3, 1. */
export function checkDigitOf(text: string): string {
  let sum = 0;
  [...text].forEach((char, index) => {
    const value = /[0-9]/.test(char) ? Number(char) : /[A-Z]/.test(char) ? char.charCodeAt(0) - 55 : 0;
    sum += value * (WEIGHTS[index % 3] as number);
  });
  return String(sum % 10);
}

/**
 * Document numbers mix letters and digits, so OCR's O/0 and I/1 confusions cannot be fixed by field type. When the
 * number fails its check digit, the readings that swap those characters are tried; one is taken only when it is the
 * single one that passes. Each of these swaps alone always changes the check digit (O/0 by 24, Q/0 by 26, D/0 by 13,
 * I/1 by 17 times a weight of 7, 3 or 1 — never a multiple of 10), so a single confusion is always caught; the set is
 * kept small because every extra candidate is another chance for a wrong number to pass by luck.
 */
const SWAPS: Readonly<Record<string, readonly string[]>> = {
  O: ['0'],
  Q: ['0'],
  D: ['0'],
  '0': ['O'],
  I: ['1'],
  '1': ['I'],
};
const MAX_SWAPPABLE = 3;

export function resolveDocumentNumber(line2: string): string | null {
  const number = line2.slice(0, 9);
  const check = line2.slice(9, 10);
  if (checkDigitOf(number) === check) return line2;
  const positions = [...number].flatMap((char, index) => (SWAPS[char] ? [index] : []));
  if (positions.length === 0 || positions.length > MAX_SWAPPABLE) return null;
  let candidates = [number];
  for (const position of positions) {
    candidates = candidates.flatMap((candidate) => [
      candidate,
      ...(SWAPS[candidate[position] as string] ?? []).map(
        (swap) => candidate.slice(0, position) + swap + candidate.slice(position + 1),
      ),
    ]);
  }
  const passing = candidates.filter((candidate) => candidate !== number && checkDigitOf(candidate) === check);
  return passing.length === 1 ? `${passing[0]}${line2.slice(9)}` : null;
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
export async function parseTd3(line1: string, ocrLine2: string, today = new Date()): Promise<MrzReading> {
  const line2 = resolveDocumentNumber(ocrLine2);
  if (!line2) return { status: 'unreadable', reason: 'invalid: documentNumberCheckDigit' };
  const { parse: parseMrz } = await loadMrz();
  let result: ReturnType<typeof parse>;
  try {
    result = parseMrz([line1, line2]);
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

/** OCR text → the reading from its last pair of MRZ-looking lines (no geometry: for text already trusted). */
export async function readMrzText(text: string, today = new Date()): Promise<MrzReading> {
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

/** One recognised character with its horizontal extent (pixels) and the engine's confidence (0–100). */
export type OcrSymbol = { text: string; x0: number; x1: number; confidence: number };
export type OcrLine = { symbols: OcrSymbol[] };

/**
 * Below this confidence a letter of a name is not trusted (names carry no check digit). On generated pages, correctly
 * read name letters scored ≥ 91 (1st percentile 96); the misread letters that passed every other test scored lower.
 */
export const MIN_NAME_CONFIDENCE = 90;
/**
 * Round letters are told apart by small details (O, Q, D, C, G): next to a "<", Tesseract reads this O as Q with
 * confidence 86–89 on generated pages, and a correct O scores as little. They need more confidence than others.
 */
const ROUND_LETTERS = new Set(['O', 'Q', 'D', 'C', 'G']);
export const MIN_ROUND_LETTER_CONFIDENCE = 95;
/** A reading whose name letters all score at least this is taken alone; below it, a second reading must agree. */
export const SURE_NAME_CONFIDENCE = 96;

/**
 * Names have no check digit, so they are verified another way: MRZ print is monospaced on a 44-column grid. The grid
 * comes from line 2 (its first and last characters are always printed); every letter of the names must sit alone in
 * the column its position in line 1 says, and be recognised with confidence. An inserted, dropped or doubled letter
 * — the errors no check digit catches — moves letters off their columns.
 */
export function namesOnGrid(line1: string, symbols1: OcrSymbol[], symbols2: OcrSymbol[]): boolean {
  return nameConfidenceOnGrid(line1, symbols1, symbols2) !== null;
}

/** The lowest confidence of the names' letters when they all sit on the grid (see namesOnGrid), else null. */
export function nameConfidenceOnGrid(line1: string, symbols1: OcrSymbol[], symbols2: OcrSymbol[]): number | null {
  const first = symbols2[0];
  const last = symbols2[symbols2.length - 1];
  const start = symbols1[0];
  if (!first || !last || !start) return null;
  const pitch = (last.x1 - first.x0) / LINE_LENGTH;
  if (pitch <= 0 || Math.abs(start.x0 - first.x0) > pitch * 0.6) return null;
  const columns = new Map<number, OcrSymbol[]>();
  for (const symbol of symbols1) {
    const column = Math.floor(((symbol.x0 + symbol.x1) / 2 - first.x0) / pitch);
    columns.set(column, [...(columns.get(column) ?? []), symbol]);
  }
  let lowest = 100;
  const namesEnd = 5 + line1.slice(5).replace(/<+$/, '').length;
  for (let column = 5; column < namesEnd; column++) {
    const expected = line1[column] as string;
    if (expected === '<') continue;
    const found = columns.get(column) ?? [];
    if (found.length !== 1) return null;
    const symbol = found[0] as OcrSymbol;
    // An O at the end of a name runs into the "<" after it and comes out as Q, sometimes with high confidence (the
    // bench's one wrong read in 200: MATEO as MATEQ, agreed by two crops): a name-final Q must be near-certain.
    const minimum =
      expected === 'Q' && line1[column + 1] === '<'
        ? 99
        : ROUND_LETTERS.has(expected)
          ? MIN_ROUND_LETTER_CONFIDENCE
          : MIN_NAME_CONFIDENCE;
    if (letters(mrzCharacters(symbol.text)) !== expected || symbol.confidence < minimum) return null;
    lowest = Math.min(lowest, symbol.confidence);
  }
  return lowest;
}

/** A reading from OCR lines; `sure` when every letter of the names scored at least SURE_NAME_CONFIDENCE. */
export type GridReading = MrzReading & { sure?: boolean };

/** OCR lines with character positions → the reading, names verified on the character grid. */
export async function readMrzLines(lines: OcrLine[], today = new Date()): Promise<GridReading> {
  const candidates = lines
    .map((line) => {
      const symbols = line.symbols.filter((symbol) => mrzCharacters(symbol.text) !== '');
      return { text: symbols.map((symbol) => mrzCharacters(symbol.text)).join(''), symbols };
    })
    .filter((line) => isCandidate(line.text));
  for (let index = candidates.length - 2; index >= 0; index--) {
    const upper = candidates[index] as (typeof candidates)[number];
    const lower = candidates[index + 1] as (typeof candidates)[number];
    const line1 = normaliseLine1(upper.text);
    const line2 = normaliseLine2(lower.text);
    if (!line1 || !line2) continue;
    const reading = await parseTd3(line1, line2, today);
    if (reading.status !== 'read') return reading;
    const confidence = nameConfidenceOnGrid(line1, upper.symbols.slice(upper.text.indexOf('P')), lower.symbols);
    if (confidence === null) return { status: 'unreadable', reason: 'names not confirmed on the character grid' };
    return { ...reading, sure: confidence >= SURE_NAME_CONFIDENCE };
  }
  return { status: 'unreadable', reason: 'no MRZ lines found' };
}
