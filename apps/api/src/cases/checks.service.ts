import { Injectable } from '@nestjs/common';
import {
  type ApplicationInput,
  type BankCode,
  checkApplication,
  documentChecklist,
  settledChecklistStatuses,
  type DocumentKind,
  interpretAlipayMessage,
} from '@waiji/domain';
import type { CheckRequest, CheckResponse, InterpretRequest, InterpretResponse } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { ApiError } from '../common/api-error';
import { TenantDatabase } from '../database/tenant-database';
import { PassportCipher } from '../clients/passport-cipher';
import { toDate } from '../clients/clients.service';
import { toInterpretationResponse } from './case-rows';
import { checklistKey } from './checklist.service';

const maskedSuggestion = {
  en: 'Pad the passport number with leading zeros to 8 characters',
  zh: '在护照号码前面补 0 至 8 位',
};

/** The application checks and the message interpreter over HTTP; findings never echo a passport number. */
@Injectable()
export class ChecksService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cipher: PassportCipher,
  ) {}

  async check(auth: AuthContext, input: CheckRequest): Promise<CheckResponse> {
    const timeZone = await this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const organization = await tx.organization.findUnique({
        where: { id: auth.organizationId },
        select: { timezone: true },
      });
      return organization?.timezone;
    });
    if (input.draft) return { findings: checkApplication(this.fromDraft(input.draft), new Date(), timeZone) };
    const findings = checkApplication(await this.fromStored(auth, input), new Date(), timeZone);
    // The stored number is decrypted only to be checked: a suggestion that repeats it is cut down to the rule.
    return {
      findings: findings.map((finding) =>
        finding.field === 'passportNumber' && finding.suggestion
          ? { ...finding, suggestion: maskedSuggestion }
          : finding,
      ),
    };
  }

  interpret(_auth: AuthContext, input: InterpretRequest): InterpretResponse {
    const receivedAt = input.receivedAt ? new Date(input.receivedAt) : new Date();
    return { interpretations: interpretAlipayMessage(input.text, { receivedAt }).map(toInterpretationResponse) };
  }

  private fromDraft(draft: NonNullable<CheckRequest['draft']>): ApplicationInput {
    return {
      ...draft,
      passportExpiry: toDate(draft.passportExpiry) ?? null,
      visaExpiry: toDate(draft.visaExpiry) ?? null,
      birthDate: toDate(draft.birthDate) ?? null,
    };
  }

  /** A stored client (and case): the name as on the passport, the bank's spelling, the collected documents. */
  private fromStored(auth: AuthContext, input: CheckRequest): Promise<ApplicationInput> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const found = input.caseId
        ? await tx.case.findFirst({
            where: { id: input.caseId, organizationId: auth.organizationId },
            select: { clientId: true, type: true, bank: true, checklist: { select: { document: true, status: true } } },
          })
        : null;
      if (input.caseId && !found) throw new ApiError('NOT_FOUND', 'No such case');
      if (found && input.clientId && found.clientId !== input.clientId)
        throw new ApiError('NOT_FOUND', 'No such case for this client');
      const clientId = found?.clientId ?? input.clientId;
      const client = clientId
        ? await tx.client.findFirst({ where: { id: clientId, organizationId: auth.organizationId } })
        : null;
      if (!client) throw new ApiError('NOT_FOUND', 'No such client');
      const caseType = found?.type ?? input.caseType ?? 'BANK_CARD_VERIFICATION';
      const present = new Set(
        (found?.checklist ?? [])
          .filter((item) => settledChecklistStatuses.includes(item.status))
          .map((item) => item.document),
      );
      const documents: DocumentKind[] = documentChecklist(caseType)
        .filter((item) => present.has(checklistKey(item.anyOf)))
        .map((item) => item.anyOf[0] as DocumentKind);
      return {
        caseType,
        name: client.passportName,
        bankName: client.bankName,
        bank: (found?.bank as BankCode | null) ?? null,
        passportNumber: client.passportNumberEnc
          ? this.cipher.decrypt(client.passportNumberEnc, auth.organizationId)
          : null,
        passportExpiry: client.passportExpiry,
        visaType: client.visaType,
        visaExpiry: client.visaExpiry,
        phone: client.phone,
        birthDate: client.birthDate,
        nationality: client.nationality,
        // For an international card the "name as the bank stores it" is the name on the card (issue 18).
        ...(caseType === 'INTERNATIONAL_CARD_BINDING' ? { cardholderName: client.bankName } : {}),
        // Without a case there is no checklist to read: the document rule is left out rather than guessed.
        documents: found ? documents : null,
      };
    });
  }
}
