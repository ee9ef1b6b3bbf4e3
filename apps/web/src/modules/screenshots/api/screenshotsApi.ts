// Types only from the contract (a runtime import would bring its zod schemas to every page).
import type { ScreenshotReadingResponse } from '@waiji/contract';
import { api } from '../../api/client';

/** Who reads: a signed-in person (staff, an individual, a portal client) or a visitor of the public Alipay helper. */
export type ScreenshotAudience = 'signed-in' | 'public';

/** The API's limits (libs/contract ocr.ts), checked here first so a big photo is not uploaded only to be refused. */
export const screenshotMaxBytes: Record<ScreenshotAudience, number> = {
  'signed-in': 10 * 1024 * 1024,
  public: 4 * 1024 * 1024,
};
export const screenshotTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;

const formOf = (image: Blob): FormData => {
  const form = new FormData();
  form.append('file', image, image instanceof File ? image.name : 'screenshot.png');
  return form;
};

export const screenshotsApi = {
  read: (audience: ScreenshotAudience, image: Blob, signal?: AbortSignal): Promise<ScreenshotReadingResponse> =>
    audience === 'public'
      ? api.post<ScreenshotReadingResponse>('/public/interpret/screenshot', formOf(image), signal ? { signal } : {})
      : api.post<ScreenshotReadingResponse>('/interpret/screenshot', formOf(image), signal ? { signal } : {}),
};
