import { useQueryClient } from '@tanstack/react-query';
import type { UploadDocumentResponse } from '@waiji/contract';
import type { DocumentKind } from '@waiji/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { documentsApi, type UploadInput } from '../api/documentsApi';
import { prepareUpload, type PreparedUpload } from '../utils/prepareImage';
import { refreshCaseDocuments } from './useDocuments';

export type UploadPhase = 'preparing' | 'uploading' | 'done' | 'failed';

/** One chosen file on its way up. The file itself stays here, so "Retry" never asks for it again. */
export type UploadItem = {
  key: string;
  file: File;
  kind: DocumentKind;
  requestId: string | null;
  phase: UploadPhase;
  /** 0–1 of the body sent. */
  progress: number;
  error: unknown;
  result: UploadDocumentResponse | null;
};

export type UploadTarget = { kind: DocumentKind; requestId: string | null };

export type UploadDeps = {
  prepare: (file: File) => Promise<PreparedUpload>;
  upload: (caseId: string, input: UploadInput) => Promise<UploadDocumentResponse>;
};

const defaultDeps: UploadDeps = { prepare: (file) => prepareUpload(file), upload: documentsApi.upload };

let nextKey = 0;

/**
 * The files being uploaded to one case: each is scaled in the browser, then sent with its progress; a dropped
 * connection is retried once by itself (see uploadWithRetry), and after that the item waits for its Retry.
 */
export const useUploads = (caseId: string, deps: UploadDeps = defaultDeps) => {
  const queryClient = useQueryClient();
  const [items, setItems] = useState<UploadItem[]>([]);
  const controllers = useRef(new Map<string, AbortController>());
  const depsRef = useRef(deps);
  depsRef.current = deps;

  useEffect(() => {
    const open = controllers.current;
    return () => {
      for (const controller of open.values()) controller.abort();
      open.clear();
    };
  }, []);

  const patch = useCallback(
    (key: string, change: Partial<UploadItem>) =>
      setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item))),
    [],
  );

  const run = useCallback(
    async (item: UploadItem) => {
      const controller = new AbortController();
      controllers.current.set(item.key, controller);
      patch(item.key, { phase: 'preparing', progress: 0, error: null });
      try {
        const prepared = await depsRef.current.prepare(item.file);
        if (controller.signal.aborted) return;
        patch(item.key, { phase: 'uploading' });
        const result = await depsRef.current.upload(caseId, {
          kind: item.kind,
          requestId: item.requestId,
          blob: prepared.blob,
          fileName: prepared.name,
          signal: controller.signal,
          onProgress: ({ loaded, total }) => patch(item.key, { progress: total > 0 ? loaded / total : 0 }),
        });
        patch(item.key, { phase: 'done', progress: 1, result });
        refreshCaseDocuments(queryClient, caseId);
      } catch (error) {
        if (controller.signal.aborted) return;
        patch(item.key, { phase: 'failed', error });
      } finally {
        controllers.current.delete(item.key);
      }
    },
    [caseId, patch, queryClient],
  );

  const start = useCallback(
    (files: readonly File[], target: UploadTarget) => {
      const added = files.map((file): UploadItem => ({
        key: `upload-${(nextKey += 1)}`,
        file,
        kind: target.kind,
        requestId: target.requestId,
        phase: 'preparing',
        progress: 0,
        error: null,
        result: null,
      }));
      setItems((current) => [...current, ...added]);
      for (const item of added) void run(item);
      return added.map((item) => item.key);
    },
    [run],
  );

  const retry = useCallback(
    (key: string) => {
      const item = items.find((candidate) => candidate.key === key);
      if (item && item.phase === 'failed') void run(item);
    },
    [items, run],
  );

  const dismiss = useCallback((key: string) => {
    controllers.current.get(key)?.abort();
    setItems((current) => current.filter((item) => item.key !== key));
  }, []);

  return { items, start, retry, dismiss };
};
