/**
 * Libraries loaded on their first use instead of at start (issue 21: start-up time and idle memory). A start needs
 * none of these: image processing, MRZ and OCR, mail parsing, IMAP and SMTP, passkeys, authenticator codes, QR codes,
 * single sign-on. Each is listed here once and used as
 *
 *     const sharp = (await loadSharp()).default;
 *
 * with its types from `import type` (erased at build). A value import of one of them anywhere else would load it at
 * start again: ESLint refuses it outside this file and the tests (`@typescript-eslint/no-restricted-imports`,
 * eslint.config.mjs — add a library there when adding it here).
 */
export type Loader<T> = () => Promise<T>;

export function lazy<T>(load: () => Promise<T>): Loader<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

// Documents and screenshots.
export const loadSharp = lazy(() => import('sharp'));
/** libheif compiled to WebAssembly: HEIC photos (sharp's libheif has no HEVC decoder). */
export const loadHeicDecode = lazy(() => import('heic-decode'));
export const loadTesseract = lazy(() => import('tesseract.js'));
export const loadMrz = lazy(() => import('mrz'));

// Mail.
export const loadNodemailer = lazy(() => import('nodemailer'));
export const loadSmtpServer = lazy(() => import('smtp-server'));
export const loadMailparser = lazy(() => import('mailparser'));
export const loadSanitizeHtml = lazy(() => import('sanitize-html'));
export const loadImapflow = lazy(() => import('imapflow'));

// Account protection.
// Named types where the declaration emit cannot name what the inferred one refers to.
export const loadWebauthn: Loader<typeof import('@simplewebauthn/server')> = lazy(
  () => import('@simplewebauthn/server'),
);
export const loadOtplib = lazy(() => import('otplib'));
export const loadQrcode = lazy(() => import('qrcode'));
export const loadOpenIdClient: Loader<typeof import('openid-client')> = lazy(() => import('openid-client'));
