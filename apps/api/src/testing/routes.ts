import { randomUUID } from 'node:crypto';
import { PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { z } from 'zod';
import { ALLOW_CLIENT_KEY, MIN_ROLE_KEY, NO_ORGANIZATION_KEY, PUBLIC_KEY } from '../auth/auth.decorators';
import { controllerMethods, type HttpMethod, zodOf } from '../common/openapi/controllers';

export type Method = HttpMethod;
type Schema = z.ZodType;

/** One route of the running app, read from Nest's own routing metadata (so routes added later are included). */
export type Route = {
  method: Method;
  /** Fastify style, e.g. /api/clients/:id */
  path: string;
  key: string;
  params: string[];
  isPublic: boolean;
  minRole: string | undefined;
  allowClient: boolean;
  withoutOrganization: boolean;
  body: Schema | undefined;
  query: Schema | undefined;
  excludedFromDocs: boolean;
};

const joinPath = (...parts: string[]) =>
  `/${parts
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;

/** Every HTTP route of the app with its guard metadata and its request schemas, sorted by path. */
export function routeTable(app: NestFastifyApplication, globalPrefix = 'api'): Route[] {
  const routes: Route[] = [];
  for (const { controller, prototype, name, handler, method } of controllerMethods(app)) {
    const prefixes = ([] as string[]).concat(
      (Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined) ?? '',
    );
    const excludedFromDocs = Reflect.getMetadata('swagger/apiExcludeController', controller) !== undefined;
    const paths = ([] as string[]).concat(
      (Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined) ?? '',
    );
    const types = (Reflect.getMetadata('design:paramtypes', prototype, name) ?? []) as unknown[];
    const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<
      string,
      { index: number }
    >;
    const argType = (paramtype: RouteParamtypes) => {
      const entry = Object.entries(args).find(([key]) => key.split(':')[0] === String(paramtype));
      return entry ? zodOf(types[entry[1].index]) : undefined;
    };
    const meta = <T>(key: string) =>
      (Reflect.getMetadata(key, handler) as T | undefined) ?? (Reflect.getMetadata(key, controller) as T | undefined);
    for (const prefix of prefixes) {
      for (const sub of paths) {
        const path = joinPath(globalPrefix, prefix, sub);
        routes.push({
          method,
          path,
          key: `${method} ${path}`,
          params: [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1] ?? ''),
          isPublic: meta<boolean>(PUBLIC_KEY) === true,
          minRole: meta<string>(MIN_ROLE_KEY),
          allowClient: meta<boolean>(ALLOW_CLIENT_KEY) === true,
          withoutOrganization: meta<boolean>(NO_ORGANIZATION_KEY) === true,
          body: argType(RouteParamtypes.BODY),
          query: argType(RouteParamtypes.QUERY),
          excludedFromDocs,
        });
      }
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

export const isMutating = (route: Route) => route.method !== 'GET';

// ---- Sample values generated from zod schemas -------------------------------------------------------------

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const isOptionalIn = (schema: unknown) => (schema as { _zod: { optin?: string } })._zod.optin !== undefined;
const passes = (schema: unknown, value: unknown) => (schema as Schema).safeParse(value).success;

const stringCandidates = (format: unknown): unknown[] => [
  ...(format === 'email' ? ['sample@example.test'] : []),
  ...(format === 'uuid' || format === 'guid' ? [randomUUID()] : []),
  ...(format === 'datetime' ? [new Date(Date.now() + 86_400_000).toISOString()] : []),
  ...(format === 'date' ? ['2026-12-01'] : []),
  ...(format === 'url' ? ['https://example.test/'] : []),
  'Sample text',
  'sample@example.test',
  randomUUID(),
  '2026-12-01',
  new Date(Date.now() + 86_400_000).toISOString(),
  'Asia/Shanghai',
  'a-long-sample-password-42',
  'ABC',
  'abc',
  'a',
  '1234',
  'en',
  'CN',
  'https://example.test/',
  '0.5',
  'x'.repeat(43),
  // A code from an authenticator app, a recovery code, an email domain (account security).
  '123456',
  'abcde-fghij',
  'example.test',
];

function candidates(schema: unknown, depth = 0): unknown[] {
  if (depth > 6) return [];
  const def = defOf(schema);
  const inner = (key: string) => candidates(def[key], depth + 1);
  switch (def.type) {
    case 'string':
      return stringCandidates(def['format']);
    case 'number':
      return [1, 10, 0, 100, 2026, 0.5, 0.01, -1];
    case 'bigint':
      return [BigInt(1)];
    case 'boolean':
      return [false, true];
    case 'enum':
      return Object.values(def['entries'] as Record<string, unknown>);
    case 'literal':
      return [...(def['values'] as unknown[])];
    case 'nullable':
      return [...inner('innerType'), null];
    case 'optional':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return inner('innerType');
    case 'pipe':
      return inner('in');
    case 'lazy':
      return candidates((def['getter'] as () => unknown)(), depth + 1);
    case 'union':
      return (def['options'] as unknown[]).flatMap((option) => candidates(option, depth + 1));
    case 'array': {
      const element = first(def['element'], depth + 1);
      return element.found ? [[element.value], []] : [[]];
    }
    case 'tuple': {
      const items = (def['items'] as unknown[]).map((item) => first(item, depth + 1));
      return items.every((item) => item.found) ? [items.map((item) => item.value)] : [];
    }
    case 'record':
      return [{}];
    case 'object': {
      // The required fields alone; then with each optional field in turn (refinements often want one of them); then all.
      const shape = def['shape'] as Record<string, unknown>;
      const all: Record<string, unknown> = {};
      const required: Record<string, unknown> = {};
      const optional: [string, unknown[]][] = [];
      for (const [field, fieldSchema] of Object.entries(shape)) {
        const values = candidates(fieldSchema, depth + 1)
          .filter((value) => value !== undefined && passes(fieldSchema, value))
          .slice(0, 3);
        if (values.length === 0) continue;
        all[field] = values[0];
        if (isOptionalIn(fieldSchema)) optional.push([field, values]);
        else required[field] = values[0];
      }
      return [
        required,
        ...optional.flatMap(([field, values]) => values.map((value) => ({ ...required, [field]: value }))),
        all,
      ];
    }
    case 'any':
    case 'unknown':
      return ['sample'];
    default:
      return [];
  }
}

function first(schema: unknown, depth = 0): { found: true; value: unknown } | { found: false } {
  for (const value of candidates(schema, depth)) if (passes(schema, value)) return { found: true, value };
  return { found: false };
}

/** A value the schema accepts (a valid request body or query), or undefined when none of the generated ones fit. */
export function sampleFor(schema: Schema | undefined): Record<string, unknown> | undefined {
  if (!schema) return undefined;
  const found = first(schema);
  return found.found && found.value !== null && typeof found.value === 'object'
    ? (found.value as Record<string, unknown>)
    : undefined;
}

/** The top-level fields of an object schema (through pipes, refinements and defaults). */
export function fieldsOf(schema: Schema | undefined): { name: string; schema: Schema; required: boolean }[] {
  let current: unknown = schema;
  for (let i = 0; i < 6 && current; i += 1) {
    const def = defOf(current);
    if (def.type === 'object') {
      return Object.entries(def['shape'] as Record<string, Schema>).map(([name, field]) => ({
        name,
        schema: field,
        required: !isOptionalIn(field),
      }));
    }
    current = def.type === 'pipe' ? def['in'] : def['innerType'];
  }
  return [];
}

/** True for z.strictObject (unknown fields are refused). */
export function isStrict(schema: Schema | undefined): boolean {
  let current: unknown = schema;
  for (let i = 0; i < 6 && current; i += 1) {
    const def = defOf(current);
    if (def.type === 'object') return def['catchall'] !== undefined && defOf(def['catchall']).type === 'never';
    current = def.type === 'pipe' ? def['in'] : def['innerType'];
  }
  return false;
}

/** A value of the wrong type for this field, or undefined when the field accepts anything. */
export function wrongValueFor(field: Schema): unknown {
  for (const value of [12345, 'not-a-valid-value-\u2603', true, ['x'], { nested: true }, null])
    if (!passes(field, value)) return value;
  return undefined;
}

/** A query string from a sample of the route's query schema (required fields only). */
export function sampleQuery(route: Route): string {
  const sample = sampleFor(route.query);
  if (!sample) return '';
  const required = new Set(
    fieldsOf(route.query)
      .filter((f) => f.required)
      .map((f) => f.name),
  );
  const pairs = Object.entries(sample).filter(
    ([name, value]) => required.has(name) && value !== undefined && value !== null,
  );
  return pairs.length
    ? `?${new URLSearchParams(pairs.map(([name, value]): [string, string] => [name, String(value)])).toString()}`
    : '';
}

/**
 * State-changing routes that any signed-in member, a VIEWER included, may call because they touch only the caller's
 * own account or session, never organization data. Every other state-changing route must refuse a VIEWER (403):
 * give it @MinRole('HELPER') or higher, or list it here with a reason.
 */
export const SELF_SERVICE_ROUTES: Record<string, string> = {
  'POST /api/auth/logout': 'ends the caller’s own session',
  'POST /api/auth/logout-everywhere': 'ends the caller’s own sessions',
  'POST /api/auth/switch-organization': 'moves the caller’s own session to another of their organizations',
  'POST /api/auth/verify-email/resend': 'mails the caller’s own verification link',
  'POST /api/auth/password': 'changes the caller’s own password (the current one required)',
  'PATCH /api/auth/profile': 'the caller’s own display name and email language',
  'POST /api/calendar/token': 'a new secret URL for the caller’s own calendar feed',
  'DELETE /api/calendar/token': 'turns off the caller’s own calendar feed',
  'POST /api/saved-views':
    'the caller’s own saved list filters; views shared with the organization only by ADMIN+ (403 in the service)',
  'PATCH /api/saved-views/:id':
    'the caller’s own saved list filters; views shared with the organization only by ADMIN+ (403 in the service)',
  'DELETE /api/saved-views/:id':
    'the caller’s own saved list filters; views shared with the organization only by ADMIN+ (403 in the service)',
  'POST /api/notifications/:id/read': 'the caller’s own notifications',
  'POST /api/notifications/read-all': 'the caller’s own notifications',
  'PUT /api/notifications/preferences': 'the caller’s own notification preferences',
  'POST /api/cases/:id/messages/read': 'the caller’s own read state of a conversation they may read',
  'PUT /api/cases/:id/watchers/me': 'the caller follows a case they may read (anyone may follow a case)',
  'DELETE /api/cases/:id/watchers/me': 'the caller stops following a case',
  'POST /api/checks': 'computes a check and stores nothing',
  'POST /api/interpret': 'interprets a pasted message and stores nothing',
  'POST /api/interpret/screenshot': 'reads an uploaded screenshot (OCR) and stores nothing',
  'POST /api/auth/totp/setup': 'the caller’s own authenticator app (account security)',
  'POST /api/auth/totp/confirm': 'turns on the caller’s own authenticator app',
  'POST /api/auth/totp/disable': 'turns off the caller’s own authenticator app (a current code required)',
  'POST /api/auth/recovery-codes': 'the caller’s own recovery codes (a current code required)',
  'DELETE /api/auth/remembered-devices': 'forgets the caller’s own remembered devices',
  'POST /api/auth/passkeys/options': 'registration options for the caller’s own passkey',
  'POST /api/auth/passkeys': 'registers a passkey of the caller’s own',
  'DELETE /api/auth/passkeys/:passkeyId': 'removes one of the caller’s own passkeys',
  'POST /api/integrations/tokens':
    'the caller’s own API token, with no more than their role may do (a VIEWER’s reads only); organization tokens only by ADMIN+ (403 in the service)',
  'POST /api/integrations/tokens/:id/revoke': 'revokes one of the caller’s own API tokens (others’: ADMIN+)',
};
