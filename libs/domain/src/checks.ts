import { bankCodes } from './banks';
import { caseTypes } from './cases';
import { checkBankCard } from './check-card';
import { checkEligibility } from './check-eligibility';
import { checkAge, checkDocuments, checkExpiry, checkPassportNumber, checkPhone, checkVisa } from './check-identity';
import { type ApplicationInput, type Finding, text } from './check-input';
import { checkName, checkNameAgainstRecord } from './check-name';
import { isRecord, isUsableDate, oneOf } from './common';
import { type DocumentKind, documentKinds } from './documents';
import { ALIPAY_TIME_ZONE, isValidTimeZone, localDateOf } from './time';

// The input and finding types live in check-input.ts; these names stay importable from here too.
export {
  type AccountKind,
  accountKinds,
  type ApplicationField,
  type ApplicationInput,
  type CardKind,
  cardKinds,
  type FormUsed,
  formsUsed,
  type Finding,
  type FindingCode,
  type Severity,
  type Suggestion,
} from './check-input';

/**
 * Check an application before it is submitted. `asOf` (default now) gives today's date in `timeZone`
 * for expiry and age. Findings that rest on disagreeing sources warn instead of blocking.
 */
export function checkApplication(
  input: ApplicationInput,
  asOf: Date = new Date(),
  timeZone: string = ALIPAY_TIME_ZONE,
): Finding[] {
  const findings: Finding[] = [];
  const data: Record<string, unknown> = isRecord(input) ? input : {};
  const caseType = oneOf(caseTypes, data['caseType']) ? data['caseType'] : null;
  if (caseType === null) {
    findings.push({
      code: 'CASE_TYPE_UNKNOWN',
      severity: 'block',
      field: 'caseType',
      message: {
        en: `caseType must be one of ${caseTypes.join(', ')}.`,
        zh: `案件类型须为 ${caseTypes.join('、')} 之一。`,
      },
      source: ['W'],
    });
  }
  const bank = oneOf(bankCodes, data['bank']) ? data['bank'] : null;
  const documents = Array.isArray(data['documents'])
    ? data['documents'].filter((kind): kind is DocumentKind => oneOf(documentKinds, kind))
    : null;
  const today = localDateOf(
    isUsableDate(asOf) ? asOf : new Date(),
    isValidTimeZone(timeZone) ? timeZone : ALIPAY_TIME_ZONE,
  );

  checkName(findings, data, caseType, bank);
  checkNameAgainstRecord(findings, data, caseType);
  if (caseType === 'BANK_CARD_VERIFICATION') checkBankCard(findings, data, bank, text(data['name']));
  checkPassportNumber(findings, data, caseType);
  checkPhone(findings, data);
  if (caseType === 'BANK_CARD_VERIFICATION') checkVisa(findings, data, documents);
  checkExpiry(findings, 'passportExpiry', data['passportExpiry'], today);
  if (caseType === 'BANK_CARD_VERIFICATION') checkExpiry(findings, 'visaExpiry', data['visaExpiry'], today);
  checkAge(findings, data['birthDate'], today);
  if (caseType !== null && documents !== null) checkDocuments(findings, caseType, documents);
  checkEligibility(findings, data, caseType);
  return findings;
}
