import type { ApplyMessageResponse } from '@waiji/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api';
import type { PastedMessage } from '../../messages/components/MessageInterpreter';
import { casesApi } from '../api/casesApi';
import { caseKeys } from '../api/queryKeys';
import { putCaseInCache } from '../utils/caseCache';

/** The API's limit on a pasted message; a longer paste is cut, not refused. */
const MAX_MESSAGE = 5000;

/** The case a message is applied to, at the version the person saw. */
export type ApplyTarget = { id: string; version: number };

/** `confirmStaleDate`: sent again after a 409 STALE_MESSAGE_DATE, once the person said the old dates are right. */
export type ApplyInput = { target: ApplyTarget; pasted: PastedMessage; confirmStaleDate?: boolean };

/**
 * POST /cases/:id/apply-message: the API records the message, performs the transition it implies and plans its
 * reminder. Success updates every cached copy of the case; a 409 refreshes it so the page shows where it stands.
 * `appliedAt` (when the last apply succeeded) lets the result wait for reminders read after it.
 */
export const useApplyMessage = () => {
  const queryClient = useQueryClient();
  const [appliedAt, setAppliedAt] = useState(0);
  const mutation = useMutation({
    mutationFn: ({ target, pasted, confirmStaleDate = false }: ApplyInput): Promise<ApplyMessageResponse> =>
      casesApi.applyMessage(
        target.id,
        pasted.message.trim().slice(0, MAX_MESSAGE),
        target.version,
        pasted.receivedAt ?? undefined,
        confirmStaleDate,
      ),
    onSuccess: (result) => {
      setAppliedAt(Date.now());
      putCaseInCache(queryClient, result.case);
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
    onError: (error) => {
      // Lists too: a page that picked the case from a list (the Alipay helper) needs its new version. A stale date is
      // a question to the person, not a change of the case: nothing to read again.
      if (isApiError(error) && error.isConflict && error.code !== 'STALE_MESSAGE_DATE')
        void queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
  return { ...mutation, appliedAt };
};
