import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { CaseListResponse, CaseResponse } from '@waiji/contract';
import { caseKeys } from '../api/queryKeys';

/**
 * Replaces a case wherever it is cached: its own page and every loaded list page. A module of its own (the keys
 * alone), so hooks of other pages that change a case — the portal's reports and forwarded emails among them — do
 * not bring the cases list's queries and strings with them.
 */
export const putCaseInCache = (queryClient: QueryClient, updated: CaseResponse): void => {
  queryClient.setQueryData(caseKeys.detail(updated.id), updated);
  const replace = (items: CaseResponse[]) => items.map((item) => (item.id === updated.id ? updated : item));
  queryClient.setQueriesData<InfiniteData<CaseListResponse> | CaseListResponse>(
    { queryKey: caseKeys.lists() },
    (data) => {
      if (!data) return data;
      if ('pages' in data)
        return { ...data, pages: data.pages.map((page) => ({ ...page, items: replace(page.items) })) };
      return { ...data, items: replace(data.items) };
    },
  );
};
