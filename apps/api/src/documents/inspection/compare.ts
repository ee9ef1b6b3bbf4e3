import { compareNameWithMrz, type DocumentFinding, PASSPORT_EXPIRY_WARN_DAYS } from '@waiji/domain';
import { alpha2FromMrz, alpha2FromRecord, describeMrzNationality } from './nationality';
import type { ClientRecordForMrz, MrzReading } from './types';

// The passport's MRZ against the client's record: what Alipay will compare (name, number, nationality, dates) and
// whether the passport is still valid. Passport numbers appear in findings by their last four characters only.

const DAY_MS = 86_400_000;

function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const day = value.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function passportNumberKey(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

function last4(value: string): string {
  return passportNumberKey(value).slice(-4);
}

/** Findings from comparing the MRZ reading with the client's record; `today` is YYYY-MM-DD. */
export function compareMrzWithClient(
  reading: MrzReading,
  client: ClientRecordForMrz,
  today: string,
): DocumentFinding[] {
  if (reading.status !== 'read') return [{ code: 'MRZ_UNREADABLE', severity: 'warn' }];
  const { fields } = reading;
  const findings: DocumentFinding[] = [];

  const passportName = `${fields.surname} ${fields.givenNames}`.trim();
  const nameComparison = compareNameWithMrz(client.passportName, fields.surname, fields.givenNames);
  if (nameComparison !== 'same') {
    const params = { passportName, recordName: client.passportName };
    if (nameComparison === 'order') findings.push({ code: 'MRZ_NAME_ORDER', severity: 'warn', params });
    else if (nameComparison === 'parts') findings.push({ code: 'MRZ_NAME_PARTS', severity: 'block', params });
    else findings.push({ code: 'MRZ_NAME_MISMATCH', severity: 'block', params });
  }

  if (client.passportNumber && passportNumberKey(client.passportNumber) !== passportNumberKey(fields.documentNumber)) {
    findings.push({
      code: 'MRZ_NUMBER_MISMATCH',
      severity: 'block',
      params: { passportLast4: last4(fields.documentNumber), recordLast4: last4(client.passportNumber) },
    });
  }

  if (client.nationality && client.nationality.trim() !== '') {
    const passport = alpha2FromMrz(fields.nationality);
    const record = alpha2FromRecord(client.nationality);
    const params = { passport: describeMrzNationality(fields.nationality), record: client.nationality.trim() };
    if (!passport || !record) findings.push({ code: 'MRZ_NATIONALITY_UNKNOWN', severity: 'info', params });
    else if (passport !== record) findings.push({ code: 'MRZ_NATIONALITY_MISMATCH', severity: 'block', params });
  }

  const birthDate = isoDay(client.birthDate);
  if (birthDate && birthDate !== fields.birthDate) {
    findings.push({
      code: 'MRZ_BIRTH_DATE_MISMATCH',
      severity: 'block',
      params: { passport: fields.birthDate, record: birthDate },
    });
  }

  const recordExpiry = isoDay(client.passportExpiry);
  if (recordExpiry && recordExpiry !== fields.expiryDate) {
    findings.push({
      code: 'MRZ_EXPIRY_MISMATCH',
      severity: 'warn',
      params: { passport: fields.expiryDate, record: recordExpiry },
    });
  }

  const comparedClean = findings.length === 0;
  const days = daysBetween(today, fields.expiryDate);
  if (days < 0) {
    findings.push({ code: 'PASSPORT_EXPIRED', severity: 'block', params: { expiryDate: fields.expiryDate } });
  } else if (days <= PASSPORT_EXPIRY_WARN_DAYS) {
    findings.push({
      code: 'PASSPORT_EXPIRES_SOON',
      severity: 'warn',
      params: { days, expiryDate: fields.expiryDate },
    });
  }
  if (comparedClean) findings.push({ code: 'MRZ_MATCHES', severity: 'info' });
  return findings;
}
