import { ApiError } from '../../api/ApiError';
import { setCsrfToken } from '../../api/client';
import { FakeXhr } from '../test/fakeXhr';
import { isRetryable, sendUpload, type UploadXhr, uploadWithRetry } from './upload';

const send = sendUpload(() => new FakeXhr() as unknown as UploadXhr);
const form = () => {
  const data = new FormData();
  data.append('kind', 'PASSPORT_BIO');
  return data;
};
const lastXhr = () => {
  const xhr = FakeXhr.made.at(-1);
  if (!xhr) throw new Error('no request was made');
  return xhr;
};

beforeEach(() => {
  FakeXhr.made = [];
  setCsrfToken('csrf-123');
});
afterEach(() => setCsrfToken(undefined));

describe('sendUpload', () => {
  it('POSTs the form with the CSRF token and the session cookie, reports progress and answers the JSON', async () => {
    const progress: number[] = [];
    const answer = send<{ id: string }>('/cases/c1/documents', {
      body: form,
      onProgress: ({ loaded, total }) => progress.push(loaded / total),
    });
    const xhr = lastXhr();
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/cases/c1/documents');
    expect(xhr.headers['x-csrf-token']).toBe('csrf-123');
    expect(xhr.withCredentials).toBe(true);
    expect((xhr.sent as FormData).get('kind')).toBe('PASSPORT_BIO');
    xhr.progress(50, 200);
    xhr.progress(200, 200);
    xhr.answer(201, { id: 'doc-1' });
    await expect(answer).resolves.toEqual({ id: 'doc-1' });
    expect(progress).toEqual([0.25, 1]);
  });

  it('turns the API’s refusal into an ApiError with its code', async () => {
    const answer = send('/cases/c1/documents', { body: form });
    lastXhr().answer(415, { error: { code: 'UNSUPPORTED_FILE_TYPE', message: 'Not a photo or a PDF' } });
    await expect(answer).rejects.toMatchObject({ status: 415, code: 'UNSUPPORTED_FILE_TYPE' });
  });

  it('reports a dropped connection as NETWORK', async () => {
    const answer = send('/cases/c1/documents', { body: form });
    lastXhr().drop();
    await expect(answer).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
  });

  it('aborts the request when the signal fires', async () => {
    const controller = new AbortController();
    const answer = send('/cases/c1/documents', { body: form, signal: controller.signal });
    controller.abort();
    await expect(answer).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('uploadWithRetry', () => {
  const network = () => new ApiError({ status: 0, code: 'NETWORK', message: 'dropped' });
  const noWait = () => Promise.resolve();

  it('sends again once by itself after a dropped connection, with a fresh body', async () => {
    const bodies: FormData[] = [];
    const attempts = jest
      .fn()
      .mockImplementationOnce((_path: string, request: { body: () => FormData }) => {
        bodies.push(request.body());
        return Promise.reject(network());
      })
      .mockImplementationOnce((_path: string, request: { body: () => FormData }) => {
        bodies.push(request.body());
        return Promise.resolve({ ok: true });
      });
    await expect(
      uploadWithRetry('/cases/c1/documents', { body: form }, { send: attempts, wait: noWait }),
    ).resolves.toEqual({ ok: true });
    expect(attempts).toHaveBeenCalledTimes(2);
    expect(bodies[0]).not.toBe(bodies[1]);
  });

  it('gives up after the automatic retry, leaving the NETWORK error to the caller (its Retry button)', async () => {
    const attempts = jest.fn(() => Promise.reject(network()));
    const waits: number[] = [];
    await expect(
      uploadWithRetry(
        '/cases/c1/documents',
        { body: form },
        { send: attempts, delayMs: 1000, wait: (ms) => (waits.push(ms), Promise.resolve()) },
      ),
    ).rejects.toMatchObject({ code: 'NETWORK' });
    expect(attempts).toHaveBeenCalledTimes(2);
    expect(waits).toEqual([1000]);
  });

  it('never retries the API’s answers (a 4xx is a refusal, not a hiccup)', async () => {
    const refused = new ApiError({ status: 422, code: 'IMAGE_TOO_SMALL', message: 'too small' });
    const attempts = jest.fn(() => Promise.reject(refused));
    await expect(uploadWithRetry('/cases/c1/documents', { body: form }, { send: attempts, wait: noWait })).rejects.toBe(
      refused,
    );
    expect(attempts).toHaveBeenCalledTimes(1);
  });

  it('retries a gateway’s 503 like a dropped connection', () => {
    expect(isRetryable(new ApiError({ status: 503, code: 'SERVICE_UNAVAILABLE', message: 'x' }))).toBe(true);
    expect(isRetryable(new ApiError({ status: 413, code: 'FILE_TOO_LARGE', message: 'x' }))).toBe(false);
    expect(isRetryable(new Error('other'))).toBe(false);
  });

  it('works over the real XHR sender end to end: drop, automatic retry, success', async () => {
    const answer = uploadWithRetry<{ id: string }>('/cases/c1/documents', { body: form }, { send, wait: noWait });
    lastXhr().drop();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(FakeXhr.made).toHaveLength(2);
    lastXhr().answer(201, { id: 'doc-2' });
    await expect(answer).resolves.toEqual({ id: 'doc-2' });
  });
});
