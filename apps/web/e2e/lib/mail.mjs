// The development mail capture (GET /api/dev/mail) as the browser scripts read it: links in captured emails.
// The server started by lib/server.mjs has DEV_MAIL_TOKEN in its environment, which it shares with this process.

/** GET /api/dev/mail with the start's token. */
export const devMail = (baseUrl) =>
  fetch(`${baseUrl}/api/dev/mail`, { headers: { 'x-dev-mail-token': process.env.DEV_MAIL_TOKEN ?? '' } });

/**
 * Quoted-printable soft breaks and escapes, so a link in a captured email reads whole; a run of escapes is UTF-8
 * bytes (邀 is =E9=82=80), so Chinese text reads as written.
 */
export const decodeMail = (raw) => {
  const qp = raw
    .replace(/=\r?\n/g, '')
    .replace(/(?:=[0-9A-F]{2})+/gi, (run) => Buffer.from(run.replace(/=/g, ''), 'hex').toString('utf8'));
  const base64Parts = [
    ...raw.matchAll(/Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/gi),
  ].map((match) => Buffer.from(match[1].replace(/\s/g, ''), 'base64').toString('utf8'));
  return [qp, ...base64Parts].join('\n');
};

/** Waits for the development mail capture (GET /api/dev/mail) to hold a mail to `to` whose text matches `pattern`. */
export const waitForMail = async (baseUrl, to, pattern, timeoutMs = 90_000) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await devMail(baseUrl);
    if (response.ok) {
      const { messages } = await response.json();
      for (const message of [...messages].reverse()) {
        if (!message.to.includes(to)) continue;
        const found = decodeMail(message.raw).match(pattern);
        if (found) return found;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`no mail to ${to} matching ${pattern} within ${timeoutMs / 1000} s`);
};
