/**
 * Delay before the next delivery attempt after `attempts` failed ones: base · 2^(attempts−1), capped at
 * max, times a jitter factor in [0.8, 1.2) so instances retrying after one outage do not stampede together.
 */
export function backoffDelayMs(
  attempts: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}

/** SMTP 5xx replies (bad address, policy) and addresses nodemailer refuses outright are permanent: retrying cannot help. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const failure = error as { responseCode?: unknown; code?: unknown } | null;
  const code = failure?.responseCode;
  return (typeof code === 'number' && code >= 500 && code < 600) || failure?.code === 'EENVELOPE';
}

export function describeSmtpError(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown; message?: unknown } | null;
  const parts = [e?.code, e?.responseCode, e?.message ?? String(error)].filter(
    (p) => p !== undefined && p !== null && p !== '',
  );
  return parts.map(String).join(' ').slice(0, 1000);
}
