/** Query keys of everything case-shaped; `caseKeys.all` invalidates the lot after a change. */
export const caseKeys = {
  all: ['cases'] as const,
  lists: () => ['cases', 'list'] as const,
  list: (query: string) => ['cases', 'list', query] as const,
  /** Tag suggestions for the typed text. */
  tags: (q: string) => ['cases', 'tags', q] as const,
  detail: (caseId: string) => ['cases', 'detail', caseId] as const,
  events: (caseId: string) => ['cases', 'events', caseId] as const,
  checklist: (caseId: string) => ['cases', 'checklist', caseId] as const,
  reminders: (caseId: string) => ['cases', 'reminders', caseId] as const,
  watchers: (caseId: string) => ['cases', 'watchers', caseId] as const,
  snooze: (caseId: string) => ['cases', 'snooze', caseId] as const,
  checks: (caseId: string, version: number) => ['cases', 'checks', caseId, version] as const,
};

export const clientKeys = {
  detail: (clientId: string) => ['clients', 'detail', clientId] as const,
};

export const savedViewKeys = { all: ['saved-views'] as const };
export const memberKeys = { all: ['organization', 'members'] as const };
export const importKeys = { job: (jobId: string) => ['imports', jobId] as const };
