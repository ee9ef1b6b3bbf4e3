import { inviteMember, type Reply, signUp, TestUser, useTestApp } from '../testing/kit';
import {
  fieldsOf,
  isMutating,
  isStrict,
  type Route,
  routeTable,
  SELF_SERVICE_ROUTES,
  sampleFor,
  sampleQuery,
  wrongValueFor,
} from '../testing/routes';
import {
  createTenantObjects,
  FIXED_PARAMS,
  randomId,
  resourceOf,
  type TenantObjects,
  urlFor,
} from '../testing/tenant-objects';
import { BODY_LIMIT_BYTES } from '../main';

/**
 * Route-driven security tests: the route list comes from the running app (Nest's routing metadata), so every route
 * added later is covered without touching this file. Organization B's rows all carry the marker "Bravomarker".
 */
jest.setTimeout(120_000);

const B_MARKER = /bravomarker/i;
const OTHER_CLIENT_MARKER = /alphatwo/i;
const STACK_TRACE = /\bat .+\.(js|ts):\d+|node_modules|\/src\//;

type Failure = string;

describe('security across the whole route table', () => {
  const kit = useTestApp();
  let routes: Route[];
  let aOwner: TestUser;
  let aViewer: TestUser;
  let aClient: TestUser;
  let bOwner: TestUser;
  let a1: TenantObjects; // the CLIENT user's own client and its objects
  let a2: TenantObjects; // another client of organization A
  let b: TenantObjects;

  beforeAll(async () => {
    routes = routeTable(kit.app);
    aOwner = await signUp(kit.app, { organizationName: 'Alpha Agency', verified: true });
    bOwner = await signUp(kit.app, {
      organizationName: 'Bravomarker Agency',
      email: `bravomarker.owner.${Date.now()}@example.test`,
      verified: true,
    });
    a1 = await createTenantObjects(kit.db.url, aOwner.organizationId, aOwner.me?.user.id ?? '', 'Alphaone');
    a2 = await createTenantObjects(kit.db.url, aOwner.organizationId, aOwner.me?.user.id ?? '', 'Alphatwo');
    b = await createTenantObjects(kit.db.url, bOwner.organizationId, bOwner.me?.user.id ?? '', 'Bravomarker');
    await bOwner.post('/api/organization/invitations', {
      email: `bravomarker.helper.${Date.now()}@example.test`,
      role: 'HELPER',
    });
    aViewer = await inviteMember(kit.app, aOwner, 'VIEWER');
    aClient = await inviteMember(kit.app, aOwner, 'CLIENT', { clientId: a1.client });
  });

  const send = (user: TestUser, route: Route, url: string): Promise<Reply> => {
    const body = isMutating(route) ? (sampleFor(route.body) ?? (route.body ? undefined : {})) : undefined;
    return user.request(route.method, `${url}${sampleQuery(route)}`, body);
  };
  const leaks = (reply: Reply, marker: RegExp) => marker.test(reply.text);
  const describeReply = (reply: Reply) => `${reply.status} ${reply.text.slice(0, 160)}`;

  it('reads the route table from the app, and every route is documented in OpenAPI', async () => {
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.map((r) => r.key)).toEqual(
      expect.arrayContaining(['GET /api/auth/me', 'PATCH /api/organization/members/:userId', 'GET /api/audit']),
    );
    const openapi = (await new TestUser(kit.app).get('/api/docs/openapi.json')).json<{
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    }>();
    const missing: Failure[] = [];
    for (const route of routes.filter((r) => !r.excludedFromDocs)) {
      const operation = openapi.paths[route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')]?.[route.method.toLowerCase()];
      if (!operation) missing.push(`${route.key} is not in the OpenAPI document`);
      else if (route.body && !operation.requestBody)
        missing.push(`${route.key} has no request body in the OpenAPI document`);
    }
    expect(missing).toEqual([]);
  });

  it('answers 404 to organization A for every route with an id of organization B, and never shows B’s data', async () => {
    const failures: Failure[] = [];
    const paramRoutes = routes.filter((r) => r.params.length > 0);
    expect(paramRoutes.length).toBeGreaterThan(3);
    for (const route of paramRoutes) {
      // All parameters from B; and for several parameters, each one from B with the others from A.
      const combinations: ((param: string) => 'A' | 'B')[] = [() => 'B'];
      if (route.params.length > 1)
        for (const foreign of route.params) combinations.push((param) => (param === foreign ? 'B' : 'A'));
      for (const [label, user] of [
        ['owner', aOwner],
        ['viewer', aViewer],
      ] as const) {
        // What this caller gets for ids that exist nowhere: B's ids must get exactly the same (403 only when the
        // route refuses this caller whatever the id, e.g. a VIEWER writing or staff on the client portal).
        const nowhere = await send(
          user,
          route,
          urlFor(route, () => randomId()),
        );
        if (![403, 404].includes(nowhere.status))
          failures.push(`${route.key} as ${label} with unknown ids: expected 404, got ${describeReply(nowhere)}`);
        for (const owner of combinations) {
          const url = urlFor(route, (param, resource) =>
            resource ? (owner(param) === 'B' ? b : a1)[resource] : randomId(),
          );
          const reply = await send(user, route, url);
          if (reply.status !== nowhere.status)
            failures.push(
              `${route.method} ${url} as ${label}: expected ${nowhere.status} as for unknown ids, got ${describeReply(reply)}`,
            );
          if (leaks(reply, B_MARKER)) failures.push(`${route.method} ${url} showed organization B's data`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers the same reads with the caller’s own ids (so the 404s above are about ownership, not made-up ids)', async () => {
    const failures: Failure[] = [];
    const reads = routes.filter(
      (r) =>
        r.method === 'GET' &&
        r.params.length > 0 &&
        !r.isPublic &&
        r.params.every((p) => resourceOf(r, p) || FIXED_PARAMS[p]),
    );
    expect(reads.length).toBeGreaterThan(3);
    for (const route of reads) {
      const user = route.path.startsWith('/api/portal/') ? aClient : aOwner;
      const url = urlFor(route, (_param, resource) => (resource ? a1[resource] : randomId()));
      const reply = await send(user, route, url);
      if (reply.status !== 200)
        failures.push(
          `${route.method} ${url} with organization A's own ids: expected 200, got ${describeReply(reply)}`,
        );
    }
    expect(failures).toEqual([]);
  });

  it('never shows organization B’s data in any list or read without an id', async () => {
    const failures: Failure[] = [];
    // /api/dev/* is the development mail viewer: it lists all captured mail and refuses to exist in production.
    for (const route of routes.filter(
      (r) => r.method === 'GET' && r.params.length === 0 && !r.path.startsWith('/api/dev/'),
    )) {
      for (const user of [aOwner, aViewer, aClient]) {
        const reply = await send(user, route, route.path);
        if (reply.status >= 500) failures.push(`${route.key}: ${describeReply(reply)}`);
        if (leaks(reply, B_MARKER)) failures.push(`${route.key} showed organization B's data`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('keeps a CLIENT user to their own client: other clients and other organizations answer 403/404, never their data', async () => {
    const failures: Failure[] = [];
    for (const route of routes.filter((r) => r.params.length > 0 && !r.isPublic)) {
      for (const [label, objects] of [
        ['organization B', b],
        ['another client of the same organization', a2],
      ] as const) {
        const url = urlFor(route, (_param, resource) => (resource ? objects[resource] : randomId()));
        const reply = await send(aClient, route, url);
        if (![403, 404].includes(reply.status))
          failures.push(`${route.method} ${url} (${label}) as CLIENT: got ${describeReply(reply)}`);
        if (leaks(reply, B_MARKER) || leaks(reply, OTHER_CLIENT_MARKER))
          failures.push(`${route.method} ${url} showed ${label}'s data to a CLIENT`);
      }
    }
    for (const route of routes.filter((r) => r.method === 'GET' && r.params.length === 0 && r.allowClient)) {
      const reply = await send(aClient, route, route.path);
      if (leaks(reply, OTHER_CLIENT_MARKER)) failures.push(`${route.key} showed another client's data to a CLIENT`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses CLIENT users every staff route (403)', async () => {
    const failures: Failure[] = [];
    for (const route of routes.filter((r) => !r.isPublic && !r.allowClient && !r.withoutOrganization)) {
      const url = urlFor(route, (_param, resource) => (resource ? a1[resource] : randomId()));
      const reply = await send(aClient, route, url);
      if (reply.status !== 403)
        failures.push(`${route.method} ${url} as CLIENT: expected 403, got ${describeReply(reply)}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses a VIEWER every state-changing route of the organization (403), on its own organization’s objects', async () => {
    const failures: Failure[] = [];
    const mutating = routes.filter((r) => isMutating(r) && !r.isPublic);
    expect(mutating.length).toBeGreaterThan(5);
    for (const route of mutating) {
      if (SELF_SERVICE_ROUTES[route.key]) continue;
      const url = urlFor(route, (_param, resource) => (resource ? a1[resource] : randomId()));
      const reply = await send(aViewer, route, url);
      if (
        reply.status !== 403 ||
        reply.json<{ error?: { details?: { reason?: string } } }>().error?.details?.reason !== 'ROLE'
      ) {
        failures.push(
          `${route.method} ${url}: a VIEWER got ${describeReply(reply)} — give it @MinRole('HELPER') or list it in SELF_SERVICE_ROUTES (testing/routes.ts)`,
        );
      }
    }
    expect(failures).toEqual([]);
    // The VIEWER's organization is unchanged and the viewer still signed in.
    expect((await aViewer.get('/api/auth/me')).status).toBe(200);
  });

  describe('bad input on every route that takes a body', () => {
    const bodyRoutes = () => routes.filter((r) => r.method === 'POST' || r.method === 'PATCH' || r.method === 'PUT');
    const urlOf = (route: Route) =>
      `${urlFor(route, (_param, resource) => (resource ? a1[resource] : randomId()))}${sampleQuery(route)}`;
    const check = (failures: Failure[], label: string, reply: Reply, expected: number, field?: string) => {
      if (reply.status !== expected) failures.push(`${label}: expected ${expected}, got ${describeReply(reply)}`);
      if (reply.status >= 500) failures.push(`${label}: 5xx`);
      if (STACK_TRACE.test(reply.text)) failures.push(`${label}: the response shows a stack trace or source path`);
      if (field && !reply.json<{ error?: { message?: string } }>().error?.message?.includes(field))
        failures.push(`${label}: the error does not name ${field}: ${reply.text.slice(0, 200)}`);
    };

    it('answers malformed JSON with 400 and oversized bodies with 413, never 5xx', async () => {
      const failures: Failure[] = [];
      expect(bodyRoutes().length).toBeGreaterThan(8);
      for (const route of bodyRoutes()) {
        const url = urlOf(route);
        check(
          failures,
          `${route.key} malformed JSON`,
          await aOwner.request(route.method, url, '{"broken": ', { 'content-type': 'application/json' }),
          400,
        );
        const oversized = JSON.stringify({ padding: 'x'.repeat(BODY_LIMIT_BYTES + 16) });
        check(
          failures,
          `${route.key} oversized`,
          await aOwner.request(route.method, url, oversized, { 'content-type': 'application/json' }),
          413,
        );
      }
      expect(failures).toEqual([]);
      expect((await aOwner.get('/api/auth/me')).status).toBe(200);
    });

    it('answers a body of the wrong shape, an unknown field or a field of the wrong type with 400 naming the field', async () => {
      const failures: Failure[] = [];
      let checked = 0;
      for (const route of bodyRoutes().filter((r) => r.body)) {
        const url = urlOf(route);
        const sample = sampleFor(route.body) ?? {};
        if (!isStrict(route.body))
          failures.push(`${route.key}: its body schema is not a z.strictObject, so unknown fields pass`);
        for (const shape of ['"text"', '[1,2]', 'null', '42']) {
          check(
            failures,
            `${route.key} body ${shape}`,
            await aOwner.request(route.method, url, shape, { 'content-type': 'application/json' }),
            400,
          );
        }
        check(
          failures,
          `${route.key} unknown field`,
          await aOwner.request(route.method, url, { ...sample, unexpectedField: 1 }),
          400,
          'unexpectedField',
        );
        for (const field of fieldsOf(route.body)) {
          const wrong = wrongValueFor(field.schema);
          if (wrong === undefined) continue;
          checked += 1;
          check(
            failures,
            `${route.key} ${field.name}=${JSON.stringify(wrong)}`,
            await aOwner.request(route.method, url, { ...sample, [field.name]: wrong }),
            400,
            field.name,
          );
        }
      }
      expect(checked).toBeGreaterThan(20);
      expect(failures).toEqual([]);
      expect((await aOwner.get('/api/auth/me')).status).toBe(200);
    });

    it('generates a valid sample body for every route, so the checks above reach the handler’s validation only by the broken field', () => {
      const missing = routes.filter((r) => r.body && sampleFor(r.body) === undefined).map((r) => r.key);
      expect(missing).toEqual([]);
    });
  });
});
