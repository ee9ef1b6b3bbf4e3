import { readFileSync } from 'node:fs';
import path from 'node:path';
import { apiOperations, callsOf, guardAudience, normalisePath, root, webCalls } from './capabilities';

/**
 * Operations with no request from the web app, because people do not use them there. Each needs its reason, and
 * its row in docs/capabilities.md says "no UI".
 */
const NO_UI: Record<string, string> = {
  'GET /api/calendar/:file': 'the secret feed address is fetched by calendar apps; Settings → Calendar shows it',
  'GET /api/unsubscribe/:token': 'the link in a client’s email opens the API’s own confirmation page',
  'POST /api/unsubscribe/:token': 'that page’s button and mail programs’ one-click unsubscribe (RFC 8058)',
  'GET /api/dev/mail': 'development only: the captured mail for developers and the end-to-end journeys',
  'POST /api/interpret': 'the web runs the same interpreter (libs/domain) in the browser; the route is for API clients',
  'GET /api/auth/sso/callback': 'the OpenID provider sends the browser back here; it redirects into the app',
};

/** Operations a role may use with no way in the UI yet; each is a GAP row in docs/capabilities.md. */
const KNOWN_GAPS: Record<string, string> = {};

const operations = apiOperations();
const calls = webCalls();
const docPath = path.join(root, 'docs/capabilities.md');
/** The table rows of docs/capabilities.md: the operation and its cells. */
const rows = readFileSync(docPath, 'utf8')
  .split('\n')
  .flatMap((line) => {
    const match = /^\| `([A-Z]+ \/api\/[^`]*)` \|(.*)\|\s*$/.exec(line);
    return match?.[1] && match[2] !== undefined
      ? [{ key: match[1], cells: match[2].split('|').map((c) => c.trim()) }]
      : [];
  });

describe('every API capability has a way in the UI (docs/capabilities.md)', () => {
  it('reads the operations and the web app’s requests', () => {
    // A parser that found nothing would pass everything below.
    expect(operations.length).toBeGreaterThan(90);
    expect(operations.map((operation) => operation.key)).toEqual(
      expect.arrayContaining(['GET /api/cases', 'POST /api/cases/:id/transitions', 'GET /api/portal/cases/:id']),
    );
    expect(calls.length).toBeGreaterThan(80);
    expect(calls).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ method: 'POST', path: '/api/cases/:p/transitions' }),
        expect.objectContaining({ method: 'GET', path: '/api/portal/cases/:p/messages' }),
      ]),
    );
  });

  it('has a web request for every operation, or a reason in NO_UI, or a place in KNOWN_GAPS', () => {
    const missing = operations
      .filter((operation) => callsOf(operation, calls).length === 0)
      .map((operation) => operation.key)
      .filter((key) => !(key in NO_UI) && !(key in KNOWN_GAPS));
    expect(missing).toEqual([]);
  });

  it('keeps NO_UI and KNOWN_GAPS to operations that exist and still have no web request', () => {
    const byKey = new Map(operations.map((operation) => [operation.key, operation]));
    const stale = [...Object.keys(NO_UI), ...Object.keys(KNOWN_GAPS)].filter((key) => {
      const operation = byKey.get(key);
      return !operation || callsOf(operation, calls).length > 0;
    });
    expect(stale).toEqual([]);
  });

  it('sends every web request to an operation that exists', () => {
    const known = new Set(operations.map((operation) => `${operation.method} ${normalisePath(operation.path)}`));
    const unknown = calls
      .filter((call) => !known.has(`${call.method} ${call.path}`))
      .map((call) => `${call.method} ${call.path} (${call.file}:${call.line})`);
    expect(unknown).toEqual([]);
  });

  it('lists every operation once in docs/capabilities.md, with the roles its guard lets through', () => {
    const keys = rows.map((row) => row.key);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
    expect([...keys].sort()).toEqual(operations.map((operation) => operation.key).sort());
    const wrongRoles = operations.flatMap((operation) => {
      const row = rows.find((candidate) => candidate.key === operation.key);
      const expected = guardAudience(operation);
      return row && !row.cells[0]?.includes(expected)
        ? [`${operation.key}: "${row.cells[0]}" lacks "${expected}"`]
        : [];
    });
    expect(wrongRoles).toEqual([]);
  });

  it('marks the NO_UI operations "no UI" and the KNOWN_GAPS "GAP" in docs/capabilities.md', () => {
    const cellsOf = (key: string) =>
      rows
        .find((row) => row.key === key)
        ?.cells.slice(1)
        .join(' | ') ?? '';
    expect(Object.keys(NO_UI).filter((key) => !cellsOf(key).includes('no UI'))).toEqual([]);
    expect(Object.keys(KNOWN_GAPS).filter((key) => !cellsOf(key).includes('**GAP**'))).toEqual([]);
  });

  it('names every GAP of the tables again under "Gaps", where the gaps left are listed', () => {
    const text = readFileSync(docPath, 'utf8');
    const gapsSection = text.slice(text.indexOf('\n## Gaps'));
    const gaps = rows.filter((row) => row.cells.some((cell) => cell.includes('**GAP**'))).map((row) => row.key);
    expect(gaps.filter((key) => !gapsSection.includes(`\`${key}\``))).toEqual([]);
  });
});
