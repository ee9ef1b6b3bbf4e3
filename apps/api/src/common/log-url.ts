/**
 * The URL as the request log may keep it. Query values hold search terms, filters with client names and the
 * reset / verification / invitation tokens of the web app's links, so only their names are kept; the secrets that
 * travel in the path (calendar feed, unsubscribe link) are replaced.
 */
export function requestLogUrl(url: string): string {
  const at = url.indexOf('?');
  const path = (at === -1 ? url : url.slice(0, at))
    .replace(/^\/api\/calendar\/[^/]+\.ics$/, '/api/calendar/[secret].ics')
    .replace(/^\/api\/unsubscribe\/[^/]+$/, '/api/unsubscribe/[token]')
    .replace(/^\/api\/dev\/mail\/?.*/, '/api/dev/mail');
  if (at === -1) return path;
  const names = [
    ...new Set(
      url
        .slice(at + 1)
        .split('&')
        .map((pair) => safeDecode(pair.split('=')[0] ?? '')),
    ),
  ].filter((name) => name !== '');
  return names.length === 0 ? path : `${path}?${names.map((name) => `${name}=…`).join('&')}`;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '))
      .replace(/[^\w.[\]-]/g, '_')
      .slice(0, 40);
  } catch {
    return '_';
  }
}
