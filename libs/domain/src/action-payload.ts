import { type BankCode, bankCodes } from './banks';
import { oneOf } from './common';
import { type CardNetwork, cardNetworks, type PayloadFieldName, type TransitionError } from './machine-table';

// Reading an action's payload: each field is checked on its own and a bad one names itself (INVALID_PAYLOAD).

// A decimal point, or the decimal comma most of the client languages write ("0,0974"): under 1 CNY a comma cannot
// be a thousands separator.
const DECIMAL = /^0?[.,](\d{1,4})$/;

/**
 * A deposit amount as a decimal string ("0.0974"), or null unless 0 < amount < 1 CNY with at most 4
 * decimals. Accepts numbers and strings such as "0.0974", ".5", "￥0.50", "0.0974元", "0,0974".
 */
export function parseDepositAmount(value: unknown): string | null {
  let text: string;
  if (typeof value === 'number') {
    text = String(value);
  } else if (typeof value === 'string') {
    text = value
      .normalize('NFKC')
      .trim()
      .replace(/^(?:¥|rmb|cny)\s*/i, '')
      .replace(/\s*(?:元|rmb|cny)$/i, '');
  } else {
    return null;
  }
  const match = DECIMAL.exec(text);
  if (!match || /^0*$/.test(match[1] as string)) return null;
  return `0.${match[1] as string}`;
}

export type Fail = { ok: false; error: TransitionError };
export const invalid = (fieldName: string, message: string): Fail => ({
  ok: false,
  error: { code: 'INVALID_PAYLOAD', message, field: fieldName },
});

export function optional<T>(
  payload: Record<string, unknown>,
  name: PayloadFieldName,
  accept: (value: unknown) => value is T,
  message: string,
): { ok: true; value: T | undefined } | Fail {
  const value = payload[name];
  if (value === undefined || value === null) return { ok: true, value: undefined };
  return accept(value) ? { ok: true, value } : invalid(name, message);
}

export const isBank = (value: unknown): value is BankCode => oneOf(bankCodes, value);
export const isLast4 = (value: unknown): value is string => typeof value === 'string' && /^\d{4}$/.test(value);
export const isText = (value: unknown): value is string => typeof value === 'string';
export const isDays = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 365;
export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
export const isCardNetwork = (value: unknown): value is CardNetwork => oneOf(cardNetworks, value);
/** An ISO 3166 alpha-2 code, either case. */
export const isCountry = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z]{2}$/.test(value);
