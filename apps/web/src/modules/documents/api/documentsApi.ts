// Types only from the contract (a runtime import would bring its zod schemas along); values come from the domain.
import type {
  AddDocumentRequestRequest,
  ApplyMrzResponse,
  CaseDocumentsResponse,
  ChecklistResponse,
  DocumentRequestResponse,
  DocumentResponse,
  EraseClientResponse,
  ReviewDocumentRequest,
  ReviewDocumentResponse,
  UpdateDocumentRequestRequest,
  UploadDocumentResponse,
} from '@waiji/contract';
import type { DocumentKind } from '@waiji/domain';
import { api, buildApiUrl, errorFromResponse } from '../../api/client';
import { ApiError } from '../../api/ApiError';
import { type UploadProgress, uploadWithRetry } from '../utils/upload';

export type CaseDocuments = CaseDocumentsResponse;
export type DocumentRequest = DocumentRequestResponse;
export type CaseDocument = DocumentResponse;
export type { UploadProgress };

/**
 * Under `caseKeys.all` (['cases']): a transition or an undo invalidates that root, and so reads the requests again.
 * A file's bytes are not case-shaped (a blob, fetched once per review) and sit apart.
 */
export const documentKeys = {
  forCase: (caseId: string) => ['cases', 'documents', caseId] as const,
  one: (documentId: string) => ['cases', 'document', documentId] as const,
  content: (documentId: string) => ['document-content', documentId] as const,
};

const part = (id: string) => encodeURIComponent(id);
const signalOf = (signal?: AbortSignal) => (signal ? { signal } : {});

export type UploadInput = {
  kind: DocumentKind;
  requestId?: string | null;
  blob: Blob;
  fileName: string;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
};

export const documentsApi = {
  forCase: (caseId: string, signal?: AbortSignal) =>
    api.get<CaseDocumentsResponse>(`/cases/${part(caseId)}/documents`, signalOf(signal)),
  one: (documentId: string, signal?: AbortSignal) =>
    api.get<DocumentResponse>(`/documents/${part(documentId)}`, signalOf(signal)),
  /** The decrypted file (the API answers `no-store`; the browser keeps it only as long as the review shows it). */
  content: async (documentId: string, signal?: AbortSignal): Promise<Blob> => {
    let response: Response;
    try {
      response = await fetch(buildApiUrl(`/documents/${part(documentId)}/content`), {
        credentials: 'same-origin',
        cache: 'no-store',
        ...signalOf(signal),
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw new ApiError({ status: 0, code: 'NETWORK', message: 'The server could not be reached', cause });
    }
    if (!response.ok) throw await errorFromResponse(response);
    return response.blob();
  },
  /** Multipart, text fields before the file (the API reads them first); one automatic retry on a dropped line. */
  upload: (caseId: string, { kind, requestId, blob, fileName, onProgress, signal }: UploadInput) =>
    uploadWithRetry<UploadDocumentResponse>(`/cases/${part(caseId)}/documents`, {
      body: () => {
        const form = new FormData();
        form.append('kind', kind);
        if (requestId) form.append('requestId', requestId);
        form.append('file', blob, fileName);
        return form;
      },
      ...(onProgress ? { onProgress } : {}),
      ...(signal ? { signal } : {}),
    }),
  review: (documentId: string, body: ReviewDocumentRequest) =>
    api.post<ReviewDocumentResponse>(`/documents/${part(documentId)}/review`, body),
  remove: (documentId: string) => api.delete(`/documents/${part(documentId)}`),
  applyMrz: (documentId: string) => api.post<ApplyMrzResponse>(`/documents/${part(documentId)}/apply-mrz`),
  /** Both answer the case's whole checklist (its requests). */
  addRequest: (caseId: string, body: AddDocumentRequestRequest) =>
    api.post<ChecklistResponse>(`/cases/${part(caseId)}/checklist`, body),
  updateRequest: (caseId: string, document: string, body: UpdateDocumentRequestRequest) =>
    api.put<ChecklistResponse>(`/cases/${part(caseId)}/checklist/${part(document)}`, body),
  eraseClient: (clientId: string) => api.post<EraseClientResponse>(`/clients/${part(clientId)}/erase`),
  /** A link, not a request: the browser downloads the ZIP itself (with the session cookie). */
  exportUrl: (clientId: string) => buildApiUrl(`/clients/${part(clientId)}/export`),
};
