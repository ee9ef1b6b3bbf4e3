// Screenshots and photos of the Alipay app, read by OCR into the interpreter, in English.
export const screenshotsEn = {
  drop: {
    title: 'Or use a screenshot',
    hint: 'Paste it here (Ctrl-V), drop it, or choose a file: a screenshot or a photo of the Alipay screen (PNG, JPEG or WebP, up to {{size}} MB).',
    choose: 'Choose a screenshot',
    privacy: 'The screenshot is read and discarded: only the text stays, and only if you send or apply it.',
    area: 'Screenshot: paste, drop or choose an image',
  },
  reading: 'Reading the screenshot…',
  read: 'Read {{lines}} lines in {{seconds}} s. Check the text below and correct what was misread.',
  readNothing: 'No text found on this image. Try a sharper screenshot, or type the message.',
  errors: {
    type: 'This is not a PNG, JPEG or WebP image.',
    size: 'The image is over {{size}} MB.',
    busy: 'Many screenshots are being read right now. Try again in a moment.',
    throttled: 'Too many screenshots from here this hour. Try again later, or type the message.',
    damaged: 'The image is damaged or too small to read.',
    failed: 'The screenshot could not be read: {{message}}',
  },
};

export type ScreenshotsMessages = typeof screenshotsEn;
