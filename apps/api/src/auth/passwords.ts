import { randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. hash-wasm runs Argon2 as WebAssembly: no native
// build, so it installs and runs the same on every machine (the `argon2` package's prebuilt binary crashed here).
const parameters = { memorySize: 19_456, iterations: 2, parallelism: 1, hashLength: 32 } as const;

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return argon2id({ ...parameters, password, salt: randomBytes(16), outputType: 'encoded' });
}

let dummyHash: Promise<string> | undefined;

/** Verifies, spending the same time whether or not the account exists (no user enumeration by timing). */
export async function verifyPassword(hash: string | null | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword('not-a-real-password-0000');
  const target = hash ?? (await dummyHash);
  try {
    const ok = await argon2Verify({ password, hash: target });
    return ok && hash !== null && hash !== undefined;
  } catch {
    return false;
  }
}
