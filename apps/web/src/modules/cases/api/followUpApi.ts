// Types only from the contract (see casesApi.ts).
import type { CaseSnoozeResponse, CaseWatchersResponse } from '@waiji/contract';
import { api } from '../../api/client';

const casePath = (caseId: string, rest: string) => `/cases/${encodeURIComponent(caseId)}${rest}`;
const signalOf = (signal?: AbortSignal) => (signal ? { signal } : {});

/** Following a case and snoozing its chases (GET/PUT/DELETE /cases/:id/watchers/me and /cases/:id/snooze). */
export const followUpApi = {
  watchers: (caseId: string, signal?: AbortSignal) =>
    api.get<CaseWatchersResponse>(casePath(caseId, '/watchers'), signalOf(signal)),
  setWatching: (caseId: string, watching: boolean) =>
    watching
      ? api.put<CaseWatchersResponse>(casePath(caseId, '/watchers/me'), {})
      : api.delete<CaseWatchersResponse>(casePath(caseId, '/watchers/me')),
  snooze: (caseId: string, signal?: AbortSignal) =>
    api.get<CaseSnoozeResponse>(casePath(caseId, '/snooze'), signalOf(signal)),
  /** `until` null wakes the case now. */
  setSnooze: (caseId: string, until: Date | null) =>
    until
      ? api.put<CaseSnoozeResponse>(casePath(caseId, '/snooze'), { until: until.toISOString() })
      : api.delete<CaseSnoozeResponse>(casePath(caseId, '/snooze')),
};
