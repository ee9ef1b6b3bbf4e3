import type { CaseResponse, ClientResponse, MeResponse, ReminderItem } from '@waiji/contract';
import type { CaseState } from '@waiji/domain';

export const orgId = '00000000-0000-4000-8000-000000000001';

export const session = (role: MeResponse['role'] = 'HELPER'): MeResponse => ({
  user: {
    id: '00000000-0000-4000-8000-0000000000aa',
    email: 'helper@example.com',
    displayName: 'Hana Helper',
    locale: 'en',
    emailVerified: true,
  },
  organization: { id: orgId, name: 'Test Agency', kind: 'AGENCY', timezone: 'Asia/Shanghai' },
  role,
  clientId: null,
  memberships: [{ organizationId: orgId, organizationName: 'Test Agency', kind: 'AGENCY', role: role ?? 'HELPER' }],
  csrfToken: 'csrf-token',
});

let counter = 0;
const nextId = () => {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
};

export const aClient = (overrides: Partial<ClientResponse> = {}): ClientResponse => ({
  id: '00000000-0000-4000-9000-000000000001',
  passportName: 'Anna Müller',
  bankName: 'MULLER ANNA',
  nationality: 'DE',
  birthDate: '1990-01-01',
  hasPassportNumber: true,
  passportLast4: '2345',
  passportExpiry: '2030-01-01',
  visaType: 'X1',
  visaExpiry: '2027-01-01',
  phone: '+49 151 0000000',
  email: 'anna@example.com',
  preferredLanguage: 'en',
  emailConsent: true,
  notes: null,
  externalRef: 'S-1',
  archivedAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  accountTier: 'UNVERIFIED',
  documentType: 'PASSPORT',
  passportHistory: [],
  ...overrides,
});

const allowedIn: Partial<Record<CaseState, CaseResponse['allowedActions']>> = {
  PREPARING: ['submit'],
  SUBMITTED: ['await_deposit', 'reject'],
  AWAITING_DEPOSIT: ['confirm_deposit', 'reject'],
  MANUAL_REVIEW: ['approve', 'reject'],
  REJECTED: ['resubmit'],
  APPROVED: [],
};

export const aCase = (overrides: Partial<CaseResponse> = {}): CaseResponse => {
  const state = overrides.state ?? 'SUBMITTED';
  const client = overrides.client ?? {
    id: '00000000-0000-4000-9000-000000000001',
    passportName: 'Anna Müller',
    bankName: 'MULLER ANNA',
    passportLast4: '2345',
  };
  return {
    id: nextId(),
    clientId: client.id,
    client,
    type: 'BANK_CARD_VERIFICATION',
    state,
    version: 1,
    attempt: 1,
    stateEnteredAt: '2026-01-02T00:00:00.000Z',
    submittedAt: '2026-01-02T00:00:00.000Z',
    assigneeId: null,
    assigneeName: null,
    bank: 'BOC',
    cardLast4: '1234',
    cardNetwork: null,
    cardIssuingCountry: null,
    cardDeclines: 0,
    tags: [],
    priority: 'NORMAL',
    retryAfter: null,
    lastReasonCode: null,
    nextDueAt: null,
    archivedAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    allowedActions: allowedIn[state] ?? [],
    cooldownUntil: null,
    undo: null,
    ...overrides,
  };
};

/** The pending RETRY_ALLOWED reminder that applying M1 (rejected, same card again from 2015-10-18) plans. */
export const retryReminder = (caseId: string): ReminderItem => ({
  id: '00000000-0000-4000-b000-000000000001',
  caseId,
  kind: 'RETRY_ALLOWED',
  audience: 'both',
  dueAt: '2015-10-17T16:00:00.000Z',
  snoozedUntil: null,
  effectiveDueAt: '2015-10-17T16:00:00.000Z',
  status: 'pending',
  manual: false,
  reason: 'From 2015-10-18 the same bank card may be used again.',
  reasonZh: '自 2015-10-18 起可使用原银行卡重新认证。',
  createdById: null,
  sentAt: null,
  createdAt: '2026-01-03T00:00:00.000Z',
});
