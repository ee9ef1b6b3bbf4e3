import type { DocumentRequestResponse, DocumentResponse } from '@waiji/contract';

export const caseId = '00000000-0000-4000-8000-00000000ca5e';
export const documentId = '00000000-0000-4000-8000-00000000d0c1';
export const requestId = '00000000-0000-4000-8000-00000000e001';

export const aDocument = (overrides: Partial<DocumentResponse> = {}): DocumentResponse => ({
  id: documentId,
  caseId,
  requestId,
  kind: 'PASSPORT_BIO',
  status: 'UPLOADED',
  mime: 'image/jpeg',
  size: 412_000,
  width: 2400,
  height: 1700,
  findings: [],
  mrz: { status: 'NOT_APPLICABLE' },
  uploadedBy: {
    id: '00000000-0000-4000-8000-0000000000bb',
    displayName: 'Anna Müller',
    role: 'CLIENT',
    fromClient: true,
  },
  createdAt: '2026-12-02T08:00:00.000Z',
  reviewedAt: null,
  reviewedBy: null,
  reviewReason: null,
  purgedAt: null,
  ...overrides,
});

export const aRequest = (overrides: Partial<DocumentRequestResponse> = {}): DocumentRequestResponse => ({
  id: requestId,
  document: 'PASSPORT_BIO',
  anyOf: ['PASSPORT_BIO'],
  required: true,
  label: { en: 'Passport data (bio) page', zh: '护照个人信息页' },
  note: { en: 'Genuine, clear, complete.', zh: '真实、清晰、完整。' },
  status: 'REQUESTED',
  helperNote: null,
  rejectionReason: null,
  latestDocument: null,
  changedBy: null,
  updatedAt: null,
  ...overrides,
});

/** A fetch answer carrying a file, as GET /documents/:id/content gives it. */
export const blobResponse = (type = 'image/jpeg') =>
  ({
    ok: true,
    status: 200,
    headers: { get: () => null },
    blob: () => Promise.resolve(new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type })),
  }) as unknown as Response;
