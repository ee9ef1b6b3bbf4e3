import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { setUnauthenticatedHandler } from '../../api/client';
import { clearSession } from '../hooks/useSession';

/** Connects the API client's 401 handling to the session query: any 401 signs the UI out, and guards take over. */
export const SessionBridge = () => {
  const queryClient = useQueryClient();
  useEffect(() => setUnauthenticatedHandler(() => clearSession(queryClient)), [queryClient]);
  return null;
};
