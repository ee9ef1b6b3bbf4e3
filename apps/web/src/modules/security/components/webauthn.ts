import type { WebauthnOptions } from '@waiji/contract';

/** The browser half of the WebAuthn ceremonies, loaded only when someone uses a passkey. */
export const createPasskey = async (options: WebauthnOptions): Promise<unknown> => {
  const { startRegistration } = await import('@simplewebauthn/browser');
  return startRegistration({ optionsJSON: options as never });
};

export const assertPasskey = async (options: WebauthnOptions): Promise<unknown> => {
  const { startAuthentication } = await import('@simplewebauthn/browser');
  return startAuthentication({ optionsJSON: options as never });
};

export const passkeysSupported = (): boolean =>
  typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function';
