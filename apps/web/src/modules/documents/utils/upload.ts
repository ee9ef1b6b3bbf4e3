import { ApiError } from '../../api/ApiError';
import { buildApiUrl, errorFromResponse, getCsrfToken } from '../../api/client';

export type UploadProgress = { loaded: number; total: number };

export type UploadRequest = {
  /** Made anew for every attempt (a FormData cannot be sent twice on every browser). */
  body: () => FormData;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
};

/** The part of XMLHttpRequest an upload uses, so tests can drive one without a network. */
export type UploadXhr = Pick<
  XMLHttpRequest,
  'open' | 'send' | 'abort' | 'setRequestHeader' | 'getResponseHeader' | 'status' | 'responseText' | 'withCredentials'
> & {
  upload: Pick<XMLHttpRequestUpload, 'addEventListener'>;
  addEventListener: XMLHttpRequest['addEventListener'];
};

/** POSTs `request` to the API path `path` (e.g. `/cases/{id}/documents`). */
export type SendUpload = <T>(path: string, request: UploadRequest) => Promise<T>;

const abortError = () => new DOMException('The upload was cancelled', 'AbortError');

/** The API's error body of a failed XHR, read the way `apiRequest` reads fetch's. */
const errorOf = (xhr: UploadXhr): Promise<ApiError> =>
  errorFromResponse({
    status: xhr.status,
    headers: { get: (name: string) => xhr.getResponseHeader(name) },
    json: async () => JSON.parse(xhr.responseText) as unknown,
  } as unknown as Response);

/**
 * One upload over XMLHttpRequest, which (unlike fetch) reports how much of the body has gone: same-origin cookies,
 * the CSRF token, the answer's JSON, errors as ApiError (a dropped connection is `NETWORK`, status 0).
 */
export const sendUpload =
  (makeXhr: () => UploadXhr = () => new XMLHttpRequest()): SendUpload =>
  <T>(path: string, { body, onProgress, signal }: UploadRequest) =>
    new Promise<T>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortError());
        return;
      }
      const xhr = makeXhr();
      xhr.open('POST', buildApiUrl(path));
      xhr.withCredentials = true;
      xhr.setRequestHeader('Accept', 'application/json');
      const csrf = getCsrfToken();
      if (csrf !== undefined) xhr.setRequestHeader('x-csrf-token', csrf);
      xhr.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable) onProgress?.({ loaded: event.loaded, total: event.total });
      });
      const onAbort = () => xhr.abort();
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = () => signal?.removeEventListener('abort', onAbort);
      xhr.addEventListener('load', () => {
        settle();
        if (xhr.status >= 200 && xhr.status < 300) {
          try {
            resolve((xhr.responseText === '' ? undefined : JSON.parse(xhr.responseText)) as T);
          } catch (cause) {
            reject(new ApiError({ status: xhr.status, code: 'BAD_RESPONSE', message: 'Not JSON', cause }));
          }
          return;
        }
        void errorOf(xhr).then(reject);
      });
      const dropped = () => {
        settle();
        reject(new ApiError({ status: 0, code: 'NETWORK', message: 'The connection dropped during the upload' }));
      };
      xhr.addEventListener('error', dropped);
      xhr.addEventListener('timeout', dropped);
      xhr.addEventListener('abort', () => {
        settle();
        reject(abortError());
      });
      xhr.send(body());
    });

/** Worth sending again as it is: the connection dropped, or a proxy or the server was briefly away. */
export const isRetryable = (error: unknown): boolean =>
  error instanceof ApiError && (error.code === 'NETWORK' || [502, 503, 504].includes(error.status));

export type RetryOptions = {
  /** Automatic attempts after the first (then the person decides: a Retry button). */
  retries?: number;
  delayMs?: number;
  send?: SendUpload;
  wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
};

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(abortError());
      },
      { once: true },
    );
  });

/**
 * Sends an upload, and once more by itself after a dropped connection (phones change networks mid-upload); the
 * refusals of the API (4xx) are answers, never retried. What is left failing is the caller's, with the file kept.
 */
export const uploadWithRetry = async <T>(
  path: string,
  request: UploadRequest,
  { retries = 1, delayMs = 1500, send = sendUpload(), wait = sleep }: RetryOptions = {},
): Promise<T> => {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await send<T>(path, request);
    } catch (error) {
      if (attempt >= retries || !isRetryable(error)) throw error;
      request.onProgress?.({ loaded: 0, total: 0 });
      await wait(delayMs * (attempt + 1), request.signal);
    }
  }
};
