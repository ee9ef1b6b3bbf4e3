// Types only from the contract: a runtime import would pull every zod schema into the pages that list cases.
import type {
  ApplyMessageResponse,
  BulkResponse,
  CaseListResponse,
  CaseResponse,
  CaseTagsResponse,
  ChecklistItemResponse,
  ChecklistResponse,
  CheckResponse,
  ClientResponse,
  CreateCaseRequest,
  CreateClientRequest,
  CreateReminderRequest,
  ImportJobResponse,
  MembersResponse,
  ReminderItem,
  ReminderList,
  RevealPassportResponse,
  SavedViewListResponse,
  SavedViewRequest,
  SavedViewResponse,
  TimelineEntry,
  TimelineResponse,
  TransitionPayload,
  TransitionResponse,
  UndoResponse,
  UpdateCaseRequest,
  UpdateSavedViewRequest,
} from '@waiji/contract';
import type { ActionPayload, CaseAction, DateOrder, Language } from '@waiji/domain';
import { api, buildApiUrl } from '../../api';

export type ChecklistStatus = ChecklistItemResponse['status'];

/** The domain's payload (dates as Date) in the API's shape (instants as ISO strings). */
export const toTransitionPayload = (payload: ActionPayload): TransitionPayload => {
  const { retryAfter, receivedAt, ...rest } = payload;
  return {
    ...rest,
    ...(retryAfter ? { retryAfter: retryAfter.toISOString() } : {}),
    ...(receivedAt ? { receivedAt: receivedAt.toISOString() } : {}),
  };
};

const casePath = (caseId: string, rest = '') => `/cases/${encodeURIComponent(caseId)}${rest}`;

export const casesApi = {
  /** `query` is the list's query string as built by `toApiQuery` (filters, sort, cursor, limit). */
  list: (query: URLSearchParams, signal?: AbortSignal) =>
    api.get<CaseListResponse>(`/cases?${query.toString()}`, signal ? { signal } : {}),
  /** The export in the import's columns, headers and labels in `lang`. */
  exportUrl: (query: URLSearchParams, lang: Language) => {
    const params = new URLSearchParams(query);
    params.delete('cursor');
    params.delete('limit');
    params.set('lang', lang);
    const text = params.toString();
    return buildApiUrl(`/cases/export.csv${text ? `?${text}` : ''}`);
  },
  /** Tags of live cases containing `q` (those starting with it first), with their counts. */
  tags: (q: string, signal?: AbortSignal) =>
    api.get<CaseTagsResponse>(
      `/cases/tags?${new URLSearchParams({ q, limit: '8' }).toString()}`,
      signal ? { signal } : {},
    ),
  get: (caseId: string, signal?: AbortSignal) => api.get<CaseResponse>(casePath(caseId), signal ? { signal } : {}),
  create: (body: CreateCaseRequest) => api.post<CaseResponse>('/cases', body),
  /** Assignee, priority, tags; the card only while preparing. */
  update: (caseId: string, body: UpdateCaseRequest) => api.patch<CaseResponse>(casePath(caseId), body),
  undo: (caseId: string, version: number) => api.post<UndoResponse>(casePath(caseId, '/undo'), { version }),
  /** Out of the lists, reminders stopped; restore brings it back as it was. */
  setArchived: (caseId: string, archived: boolean) =>
    api.post<CaseResponse>(casePath(caseId, archived ? '/archive' : '/restore')),
  transition: (caseId: string, action: CaseAction, version: number, payload: ActionPayload) =>
    api.post<TransitionResponse>(casePath(caseId, '/transitions'), {
      action,
      version,
      payload: toTransitionPayload(payload),
    }),
  /** `confirmStaleDate`: the person confirmed that dates far in the past are right (else 409 STALE_MESSAGE_DATE). */
  applyMessage: (caseId: string, text: string, version: number, receivedAt?: Date, confirmStaleDate = false) =>
    api.post<ApplyMessageResponse>(casePath(caseId, '/apply-message'), {
      text,
      version,
      ...(receivedAt ? { receivedAt: receivedAt.toISOString() } : {}),
      ...(confirmStaleDate ? { confirmStaleDate: true } : {}),
    }),
  events: (caseId: string, signal?: AbortSignal) =>
    api.get<TimelineResponse>(casePath(caseId, '/events'), signal ? { signal } : {}),
  addNote: (caseId: string, body: string) => api.post<TimelineEntry>(casePath(caseId, '/notes'), { body }),
  checklist: (caseId: string, signal?: AbortSignal) =>
    api.get<ChecklistResponse>(casePath(caseId, '/checklist'), signal ? { signal } : {}),
  setChecklistItem: (caseId: string, document: string, status: ChecklistStatus) =>
    api.put<ChecklistResponse>(casePath(caseId, `/checklist/${encodeURIComponent(document)}`), { status }),
  bulkAssign: (caseIds: string[], assigneeId: string | null) =>
    api.post<BulkResponse>('/cases/bulk/assign', { caseIds, assigneeId }),
  bulkTags: (caseIds: string[], add: string[], remove: string[]) =>
    api.post<BulkResponse>('/cases/bulk/tags', { caseIds, add, remove }),
  check: (clientId: string, caseId: string) => api.post<CheckResponse>('/checks', { clientId, caseId }),
};

export const remindersApi = {
  list: (caseId: string, signal?: AbortSignal) =>
    api.get<ReminderList>(casePath(caseId, '/reminders'), signal ? { signal } : {}),
  create: (caseId: string, body: CreateReminderRequest) => api.post<ReminderItem>(casePath(caseId, '/reminders'), body),
  snooze: (caseId: string, reminderId: string, until: Date) =>
    api.post<ReminderItem>(casePath(caseId, `/reminders/${encodeURIComponent(reminderId)}/snooze`), {
      until: until.toISOString(),
    }),
  dismiss: (caseId: string, reminderId: string) =>
    api.post<ReminderItem>(casePath(caseId, `/reminders/${encodeURIComponent(reminderId)}/dismiss`)),
};

export const clientsApi = {
  get: (clientId: string, signal?: AbortSignal) =>
    api.get<ClientResponse>(`/clients/${encodeURIComponent(clientId)}`, signal ? { signal } : {}),
  create: (body: CreateClientRequest) => api.post<ClientResponse>('/clients', body),
  revealPassport: (clientId: string) =>
    api.post<RevealPassportResponse>(`/clients/${encodeURIComponent(clientId)}/reveal-passport`),
};

export const savedViewsApi = {
  list: (signal?: AbortSignal) => api.get<SavedViewListResponse>('/saved-views', signal ? { signal } : {}),
  create: (body: SavedViewRequest) => api.post<SavedViewResponse>('/saved-views', body),
  update: (viewId: string, body: UpdateSavedViewRequest) =>
    api.patch<SavedViewResponse>(`/saved-views/${encodeURIComponent(viewId)}`, body),
  remove: (viewId: string) => api.delete(`/saved-views/${encodeURIComponent(viewId)}`),
};

export const importsApi = {
  /**
   * The file goes as the raw body (text/csv): the API streams it instead of holding it in memory. `lang` words the
   * problems; `dateOrder` reads dates like 3/1/2026 as this computer's spreadsheet wrote them.
   */
  upload: (file: Blob, fileName: string, options: { lang: Language; dateOrder?: DateOrder | undefined }) =>
    api.post<ImportJobResponse>('/imports', file, {
      query: { fileName, lang: options.lang, ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}) },
      headers: { 'Content-Type': 'text/csv' },
    }),
  /** The template: headers in `lang`, an example row and each column's allowed values. */
  templateUrl: (lang: Language) => buildApiUrl('/imports/template.csv', { lang }),
  get: (jobId: string, signal?: AbortSignal) =>
    api.get<ImportJobResponse>(`/imports/${encodeURIComponent(jobId)}`, signal ? { signal } : {}),
  /** `invitePortal`: then invite the clients it created to the portal (owners and admins). */
  commit: (jobId: string, skipInvalid: boolean, invitePortal = false) =>
    api.post<ImportJobResponse>(`/imports/${encodeURIComponent(jobId)}/commit`, {
      skipInvalid,
      ...(invitePortal ? { invitePortal } : {}),
    }),
};

export const membersApi = {
  list: (signal?: AbortSignal) => api.get<MembersResponse>('/organization/members', signal ? { signal } : {}),
};
