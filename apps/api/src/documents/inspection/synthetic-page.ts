import type { OverlayOptions } from 'sharp';
import { loadSharp } from '../../common/lazy';
import { checkDigitOf } from './mrz-text';

// Generated passport data pages for the tests and the documents benchmark: a TD3 MRZ with correct check digits
// rendered in a monospace font installed on the machine (DejaVu Sans Mono / Liberation Mono — OCR-B is not), on a
// coloured page with a photo and printed fields; then the ways phone photos go wrong. No real person's data.

export type PassportData = {
  issuingState: string;
  surname: string;
  givenNames: string;
  documentNumber: string;
  nationality: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: 'M' | 'F' | '<';
  /** YYYY-MM-DD */
  expiryDate: string;
  personalNumber: string;
};

/** ICAO 9303 check digit (the reader's own implementation, so the generator and the reader agree by construction). */
export const mrzCheckDigit = checkDigitOf;

function field(text: string, length: number): string {
  return text
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '<')
    .padEnd(length, '<')
    .slice(0, length);
}

function yymmdd(iso: string): string {
  return iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);
}

/** The two MRZ lines of a passport. */
export function mrzLines(data: PassportData): [string, string] {
  const names = `${data.surname.toUpperCase().replace(/[^A-Z]+/g, '<')}<<${data.givenNames.toUpperCase().replace(/[^A-Z]+/g, '<')}`;
  const line1 = `P<${field(data.issuingState, 3)}${names.padEnd(39, '<').slice(0, 39)}`;
  const number = field(data.documentNumber, 9);
  const birth = yymmdd(data.birthDate);
  const expiry = yymmdd(data.expiryDate);
  const personal = field(data.personalNumber, 14);
  const personalCheck = data.personalNumber === '' ? '<' : mrzCheckDigit(personal);
  const numberPart = `${number}${mrzCheckDigit(number)}`;
  const birthPart = `${birth}${mrzCheckDigit(birth)}`;
  const expiryPart = `${expiry}${mrzCheckDigit(expiry)}`;
  const personalPart = `${personal}${personalCheck}`;
  const composite = mrzCheckDigit(`${numberPart}${birthPart}${expiryPart}${personalPart}`);
  const line2 = `${numberPart}${field(data.nationality, 3)}${birthPart}${data.sex}${expiryPart}${personalPart}${composite}`;
  return [line1, line2];
}

/** A small deterministic random source (mulberry32), so generated sets are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = [
  'SMITH',
  'MULLER',
  'GARCIA',
  'OCONNOR',
  'NGUYEN',
  'VAN DER BERG',
  'KOWALSKI',
  'ROSSI',
  'TANAKA',
  'DUBOIS',
  'JOHANSSON',
  'SILVA',
  'KIM',
  'OKAFOR',
  'MACDONALD',
  'FERNANDEZ LOPEZ',
  'WEISS',
  'BROWN',
  'PETROV',
  'AL HASSAN',
];
const GIVEN = [
  'JONATHAN',
  'MICHAEL',
  'ANNA',
  'MARIA',
  'LUCAS',
  'SOPHIE',
  'DAVID',
  'EMMA',
  'YUKI',
  'PIERRE',
  'LINA',
  'OMAR',
  'GRACE',
  'TOMASZ',
  'ISABELLA',
  'HENRIK',
  'CHLOE',
  'MATEO',
  'AMARA',
  'JAMES',
];
const STATES = [
  'GBR',
  'DEU',
  'FRA',
  'USA',
  'CAN',
  'AUS',
  'ITA',
  'ESP',
  'NLD',
  'JPN',
  'KOR',
  'SWE',
  'POL',
  'IRL',
  'NZL',
  'BRA',
  'NGA',
  'CHE',
  'D',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A random, valid passport (names, number, dates) from the random source. */
export function randomPassport(random: () => number): PassportData {
  const state = pick(random, STATES);
  const given = random() < 0.4 ? `${pick(random, GIVEN)} ${pick(random, GIVEN)}` : pick(random, GIVEN);
  // Passport numbers in the shapes countries use: 9 digits (GBR, USA…), a letter and 8 digits, 2 digits 2 letters
  // 5 digits (FRA), or 9 characters from a letter set without vowels and look-alikes plus digits (DEU).
  const digit = () => String(Math.floor(random() * 10));
  const letter = (set = 'ABCDEFGHJKLMNPRSTUVWXYZ') => pick(random, [...set]);
  const shape = random();
  let number = '';
  if (shape < 0.4) while (number.length < 9) number += digit();
  else if (shape < 0.6) number = letter() + Array.from({ length: 8 }, digit).join('');
  else if (shape < 0.8) number = digit() + digit() + letter() + letter() + Array.from({ length: 5 }, digit).join('');
  else while (number.length < 9) number += random() < 0.5 ? letter('CFGHJKLMNPRTVWXYZ') : digit();
  return {
    issuingState: state,
    surname: pick(random, SURNAMES),
    givenNames: given,
    documentNumber: number,
    nationality: state,
    birthDate: isoDate(1950 + Math.floor(random() * 55), 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28)),
    sex: random() < 0.5 ? 'M' : 'F',
    expiryDate: isoDate(2027 + Math.floor(random() * 10), 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28)),
    personalNumber: random() < 0.3 ? String(Math.floor(random() * 1e9)).padStart(9, '0') : '',
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export type PageOptions = {
  /** Width of the data page in pixels (height is 0.7 of it). */
  width?: number;
  font?: 'DejaVu Sans Mono' | 'Liberation Mono';
  /** The page lies on a darker table with this margin (share of the page's width) around it; 0 for a flat scan. */
  margin?: number;
};

/** A data page as a PNG: coloured background, photo, printed fields and the MRZ at the bottom. */
export async function renderDataPage(data: PassportData, options: PageOptions = {}): Promise<Buffer> {
  const sharp = (await loadSharp()).default;
  const width = options.width ?? 1600;
  const height = Math.round(width * 0.7);
  const font = options.font ?? 'DejaVu Sans Mono';
  const [line1, line2] = mrzLines(data);
  const mrzSize = (width * 0.92) / 44 / 0.602; // monospace advance ≈ 0.6 em
  const label = (x: number, y: number, caption: string, value: string) =>
    `<text x="${x}" y="${y}" font-family="DejaVu Sans" font-size="${width * 0.014}" fill="#5a4a6a">${escapeXml(caption)}</text>` +
    `<text x="${x}" y="${y + width * 0.03}" font-family="DejaVu Sans" font-weight="bold" font-size="${width * 0.024}" fill="#1c1c28">${escapeXml(value)}</text>`;
  const left = width * 0.33;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f3e6ee"/><stop offset="0.5" stop-color="#e4eef3"/><stop offset="1" stop-color="#efe9d9"/></linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#bg)"/>
  ${Array.from({ length: 18 }, (_, i) => `<circle cx="${width * 0.65}" cy="${height * 0.35}" r="${width * (0.05 + i * 0.025)}" fill="none" stroke="#d7c7dc" stroke-width="2"/>`).join('')}
  <text x="${width * 0.05}" y="${height * 0.08}" font-family="DejaVu Sans" font-weight="bold" font-size="${width * 0.028}" fill="#3b2d5c">PASSPORT · ${escapeXml(data.issuingState)}</text>
  <rect x="${width * 0.05}" y="${height * 0.13}" width="${width * 0.24}" height="${height * 0.5}" fill="#b9c6d4"/>
  <ellipse cx="${width * 0.17}" cy="${height * 0.32}" rx="${width * 0.07}" ry="${height * 0.12}" fill="#c99b7f"/>
  <rect x="${width * 0.08}" y="${height * 0.46}" width="${width * 0.18}" height="${height * 0.17}" rx="${width * 0.05}" fill="#2f3f5f"/>
  ${label(left, height * 0.15, 'Surname / Nom', data.surname)}
  ${label(left, height * 0.26, 'Given names / Prénoms', data.givenNames)}
  ${label(left, height * 0.37, 'Nationality', data.nationality)}
  ${label(left + width * 0.3, height * 0.37, 'Date of birth', data.birthDate)}
  ${label(left, height * 0.48, 'Passport No.', data.documentNumber)}
  ${label(left + width * 0.3, height * 0.48, 'Date of expiry', data.expiryDate)}
  ${label(left, height * 0.59, 'Sex', data.sex === '<' ? 'X' : data.sex)}
  <text x="${width * 0.04}" y="${height * 0.83}" font-family="${font}" font-size="${mrzSize}" fill="#111">${escapeXml(line1)}</text>
  <text x="${width * 0.04}" y="${height * 0.83 + mrzSize * 1.35}" font-family="${font}" font-size="${mrzSize}" fill="#111">${escapeXml(line2)}</text>
</svg>`;
  const page = await sharp(Buffer.from(svg)).png().toBuffer();
  const margin = Math.round(width * (options.margin ?? 0));
  if (margin === 0) return page;
  return sharp(page)
    .extend({ top: margin, bottom: margin, left: margin, right: margin, background: '#6b5b4b' })
    .png()
    .toBuffer();
}

export type Degradation = {
  /** Degrees, clockwise. */
  rotate?: number;
  /** Gaussian sigma in pixels. */
  blur?: number;
  /** Standard deviation of added grey noise (0–255 scale). */
  noise?: number;
  /** JPEG quality. */
  quality?: number;
  /** 0–1: how much darker one side of the photo is than the other. */
  unevenLight?: number;
  /** Glare ellipses: [cx, cy, rx, ry] as shares of the image size. */
  glare?: [number, number, number, number][];
  /** Multiply all pixels by this (below 1 darkens). */
  brightness?: number;
  greyscale?: boolean;
};

/** A phone-photo version of an image: lighting, glare, rotation, blur, noise, then JPEG. */
export async function degrade(image: Buffer, how: Degradation, random: () => number = Math.random): Promise<Buffer> {
  const sharp = (await loadSharp()).default;
  const { width = 0, height = 0 } = await sharp(image).metadata();
  const overlays: OverlayOptions[] = [];
  if (how.unevenLight) {
    const shade = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="0.4"><stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="${how.unevenLight}"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`;
    overlays.push({ input: Buffer.from(shade) });
  }
  for (const [cx, cy, rx, ry] of how.glare ?? []) {
    const spot = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><radialGradient id="r"><stop offset="0" stop-color="#fff" stop-opacity="1"/><stop offset="0.7" stop-color="#fff" stop-opacity="0.97"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient></defs><ellipse cx="${cx * width}" cy="${cy * height}" rx="${rx * width}" ry="${ry * height}" fill="url(#r)"/></svg>`;
    overlays.push({ input: Buffer.from(spot) });
  }
  let pipeline = sharp(image).flatten({ background: '#ffffff' });
  if (overlays.length > 0) pipeline = sharp(await pipeline.composite(overlays).png().toBuffer());
  if (how.brightness !== undefined) pipeline = pipeline.linear(how.brightness, 0);
  if (how.rotate) pipeline = pipeline.rotate(how.rotate, { background: '#6b5b4b' });
  if (how.blur) pipeline = pipeline.blur(how.blur);
  if (how.greyscale) pipeline = pipeline.greyscale();
  let raw = await pipeline.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  if (how.noise) {
    const data = raw.data;
    for (let i = 0; i < data.length; i += raw.info.channels) {
      // Approximately normal noise from the sum of uniforms, the same on each channel (sensor luminance noise).
      const n = (random() + random() + random() + random() - 2) * how.noise * 1.73;
      for (let c = 0; c < raw.info.channels; c++) data[i + c] = Math.max(0, Math.min(255, (data[i + c] as number) + n));
    }
    raw = { data, info: raw.info };
  }
  return sharp(raw.data, { raw: { width: raw.info.width, height: raw.info.height, channels: raw.info.channels } })
    .jpeg({ quality: how.quality ?? 90 })
    .toBuffer();
}
