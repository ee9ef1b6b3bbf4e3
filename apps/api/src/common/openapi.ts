import { type INestApplication, Logger, ParseUUIDPipe, RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import * as contract from '@waiji/contract';
import { z } from 'zod';
import { PUBLIC_KEY } from '../auth/auth.decorators';

/**
 * The OpenAPI document. Paths, methods, tags and summaries come from @nestjs/swagger's scan of the controllers; every
 * schema is generated here from the zod schemas of libs/contract with zod's own OpenAPI 3.0 output, because
 * @nestjs/swagger's conversion of nestjs-zod DTOs typed nullable and piped fields wrongly (a nullable passport number
 * came out as an array). Success codes and security are read from the same metadata Nest routes and guards with, so
 * they cannot drift from what the app does; the response-validation test checks real answers of every route against
 * this document.
 */

export const OPENAPI_JSON_PATHS = ['/api/docs-json', '/api/docs/openapi.json'] as const;

/** What a successful answer carries: a zod schema (JSON), a text media type, or nothing. */
type Body = z.ZodType | { text: string } | 'empty';
type Responses = Body | { byStatus: Record<number, Body> };

const logoutEverywhereResponse = z.object({ revoked: z.number().int() });
const html = { text: 'text/html' };
const csv = { text: 'text/csv' };

/**
 * The success answer of each operation whose handler has no swagger response decorator (@ApiOkResponse({ type }),
 * @ApiCreatedResponse, @ApiNoContentResponse …): most controllers declare their answers only as TypeScript types,
 * which do not exist at run time. The status is the route's own (@HttpCode, or Nest's 201 for POST and 200 otherwise)
 * unless `byStatus` lists several. An operation has exactly one of the two; building the document fails otherwise,
 * and `openapi.spec.ts` checks every entry against real answers.
 */
const RESPONSES: Record<string, Responses> = {
  'GET /api/health': { byStatus: { 200: contract.healthResponse, 503: contract.healthResponse } },
  'POST /api/auth/logout': 'empty',
  'POST /api/auth/logout-everywhere': logoutEverywhereResponse,
  'GET /api/auth/me': contract.meResponse,
  'POST /api/auth/switch-organization': contract.meResponse,
  'GET /api/clients': contract.clientListResponse,
  'POST /api/clients': contract.clientResponse,
  'GET /api/clients/{id}': contract.clientResponse,
  'PATCH /api/clients/{id}': contract.clientResponse,
  'POST /api/clients/{id}/archive': contract.clientResponse,
  'POST /api/clients/{id}/restore': contract.clientResponse,
  'POST /api/clients/{id}/reveal-passport': contract.revealPassportResponse,
  'GET /api/cases': contract.caseListResponse,
  'POST /api/cases': contract.caseResponse,
  'GET /api/cases/export.csv': csv,
  'POST /api/cases/bulk/assign': contract.bulkResponse,
  'POST /api/cases/bulk/tags': contract.bulkResponse,
  'GET /api/cases/{id}': contract.caseResponse,
  'PATCH /api/cases/{id}': contract.caseResponse,
  'POST /api/cases/{id}/archive': contract.caseResponse,
  'POST /api/cases/{id}/restore': contract.caseResponse,
  'POST /api/cases/{id}/transitions': contract.transitionResponse,
  'POST /api/cases/{id}/apply-message': contract.applyMessageResponse,
  'GET /api/cases/{id}/events': contract.timelineResponse,
  'POST /api/cases/{id}/notes': contract.timelineEntry,
  'GET /api/cases/{id}/checklist': contract.checklistResponse,
  'PUT /api/cases/{id}/checklist/{document}': contract.checklistResponse,
  'GET /api/saved-views': contract.savedViewListResponse,
  'POST /api/saved-views': contract.savedViewResponse,
  'PATCH /api/saved-views/{id}': contract.savedViewResponse,
  'DELETE /api/saved-views/{id}': 'empty',
  'POST /api/checks': contract.checkResponse,
  'POST /api/interpret': contract.interpretResponse,
  'POST /api/imports': contract.importJobResponse,
  'GET /api/imports/{id}': contract.importJobResponse,
  'POST /api/imports/{id}/commit': contract.importJobResponse,
  'GET /api/calendar/token': contract.calendarStatusResponse,
  'POST /api/calendar/token': contract.calendarTokenResponse,
  'DELETE /api/calendar/token': 'empty',
  'GET /api/calendar/{file}': { text: 'text/calendar' },
  'GET /api/portal/cases': contract.portalCaseListResponse,
  'GET /api/portal/cases/{id}': contract.portalCaseDetailResponse,
  'GET /api/reports/summary': contract.reportSummaryResponse,
  'GET /api/reports/summary.csv': csv,
  // The unsubscribe pages (outbox/unsubscribe.controller.ts) answer HTML to people and mail clients, not JSON; their
  // controller is left out of swagger's scan and described here by hand (an unknown or malformed token: 404, HTML).
  'GET /api/unsubscribe/{token}': { byStatus: { 200: html, 404: html } },
  'POST /api/unsubscribe/{token}': { byStatus: { 200: html, 404: html } },
};

/** Routes that are deliberately not in the document, with the reason. */
export const UNDOCUMENTED_ROUTES: Record<string, string> = {
  'GET /api/dev/mail': 'development-only mail viewer: 404 in production and without the per-start token',
};

/** Request bodies that are not JSON (the controller reads the raw stream). */
const RAW_REQUEST_BODIES: Record<string, string> = {
  'POST /api/imports': 'text/csv',
};

const HAND_WRITTEN_OPERATIONS: Record<string, Record<string, Operation>> = {
  '/api/unsubscribe/{token}': {
    get: {
      operationId: 'UnsubscribeController_confirm',
      tags: ['unsubscribe'],
      summary: 'The page behind an email’s unsubscribe link: names the organization and asks for a click (link scanners fetch GET URLs)',
      parameters: [{ name: 'token', in: 'path', required: true }],
    },
    post: {
      operationId: 'UnsubscribeController_unsubscribe',
      tags: ['unsubscribe'],
      summary: 'One-click unsubscribe (RFC 8058): the client gets no more emails from this organization',
      parameters: [{ name: 'token', in: 'path', required: true }],
    },
  },
};

/** One line per tag (a tag without one is listed bare, and Redocly warns). */
const TAGS: Record<string, string> = {
  admin: 'Organization administration: the outbound email queue',
  audit: 'The organization’s append-only audit log',
  auth: 'Sign-up, sign-in, sessions, password reset, email verification, invitation acceptance',
  calendar: 'A secret calendar feed (iCalendar) of the caller’s reminders',
  cases: 'Verification and appeal cases: list, filters, transitions, timeline, checklist, reminders, saved views',
  checks: 'Stateless checks of an application draft and interpretation of pasted Alipay messages',
  clients: 'The organization’s clients (passport numbers encrypted; answers show the last four characters)',
  health: 'Liveness and database reachability',
  imports: 'CSV import of clients and cases: a dry run, then a commit',
  notifications: 'The caller’s in-app notifications and notification preferences',
  organization: 'Organization settings, members, invitations and reminder policy',
  portal: 'The client portal: a CLIENT user’s own cases',
  reminders: 'Reminders of a case',
  reports: 'Summary reports (JSON and CSV)',
  unsubscribe: 'Email unsubscribe pages for clients (HTML)',
};

// ---- Types of the parts of the document we write ---------------------------------------------------------------

type JsonSchema = Record<string, unknown>;
type Parameter = { name: string; in: 'path' | 'query'; required?: boolean; schema?: JsonSchema; description?: string };
type MediaTypes = Record<string, { schema: JsonSchema }>;
type Response = { description: string; content?: MediaTypes } | { $ref: string };
type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: MediaTypes };
  responses?: Record<string, Response>;
  security?: Record<string, string[]>[];
};

/** What Nest knows about one handler: the request schemas, its success code and whether it is public. */
type Handler = {
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
  uuidParams: Set<string>;
  status: number;
  isPublic: boolean;
  /** From @ApiOkResponse / @ApiCreatedResponse / @ApiNoContentResponse …: status → the zod schema of its DTO, or 'empty'. */
  declared: Record<string, Body>;
};

const METHOD_NAMES: Partial<Record<RequestMethod, string>> = {
  [RequestMethod.GET]: 'get',
  [RequestMethod.POST]: 'post',
  [RequestMethod.PUT]: 'put',
  [RequestMethod.PATCH]: 'patch',
  [RequestMethod.DELETE]: 'delete',
};

/** Where @nestjs/swagger's response decorators keep their options (its DECORATORS.API_RESPONSE, not exported). */
const SWAGGER_RESPONSES = 'swagger/apiResponse';

const zodOf = (type: unknown): z.ZodType | undefined => {
  const schema = (type as { schema?: unknown } | undefined)?.schema;
  return schema instanceof z.ZodType ? schema : undefined;
};

/** Every controller method, keyed like @nestjs/swagger's default operationId (`Controller_method`). */
function handlers(app: INestApplication): Map<string, Handler> {
  const found = new Map<string, Handler>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | undefined;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        const method = requestMethod === undefined ? undefined : METHOD_NAMES[requestMethod];
        if (!method) continue;
        const types = (Reflect.getMetadata('design:paramtypes', prototype, name) ?? []) as unknown[];
        const args = Object.entries((Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, { index: number; data?: unknown; pipes?: unknown[] }>);
        const argsOf = (type: RouteParamtypes) => args.filter(([key]) => key.split(':')[0] === String(type)).map(([, arg]) => arg);
        const schemaOf = (type: RouteParamtypes) => argsOf(type).map((arg) => zodOf(types[arg.index])).find((schema) => schema !== undefined);
        const uuidParams = new Set(
          argsOf(RouteParamtypes.PARAM)
            .filter((arg) => typeof arg.data === 'string' && (arg.pipes ?? []).some((pipe) => pipe instanceof ParseUUIDPipe))
            .map((arg) => String(arg.data)),
        );
        const flag = (key: string) => Reflect.getMetadata(key, handler) === true || Reflect.getMetadata(key, controller) === true;
        const swaggerResponses = (Reflect.getMetadata(SWAGGER_RESPONSES, handler) ?? {}) as Record<string, { type?: unknown }>;
        const declared = Object.fromEntries(
          Object.entries(swaggerResponses).map(([code, response]): [string, Body] => {
            if (response.type === undefined) return [code, 'empty'];
            const schema = zodOf(response.type);
            // A type that is no zod DTO is not described (the document says "no body"; the response test then fails).
            return [code, schema ?? 'empty'];
          }),
        );
        found.set(`${controller.name}_${name}`, {
          body: schemaOf(RouteParamtypes.BODY),
          query: schemaOf(RouteParamtypes.QUERY),
          params: schemaOf(RouteParamtypes.PARAM),
          uuidParams,
          status: (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ?? (method === 'post' ? 201 : 200),
          isPublic: flag(PUBLIC_KEY),
          declared,
        });
      }
    }
  }
  return found;
}

// ---- Schemas --------------------------------------------------------------------------------------------------

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** The name of a schema in components: its export name in libs/contract, in PascalCase. */
const contractNames = new Map<unknown, string>([
  ...Object.entries(contract)
    .filter(([, value]) => value instanceof z.ZodType)
    .map(([name, value]): [unknown, string] => [value, pascal(name)]),
  [logoutEverywhereResponse, 'LogoutEverywhereResponse'],
]);

function nameOf(schema: z.ZodType, fallback: string): string {
  return contractNames.get(schema) ?? fallback;
}

/**
 * Fixes what zod's OpenAPI 3.0 output leaves for a 3.0 reader: `$id` (not a 3.0 keyword) goes, and a nullable enum
 * lists null among its values (OpenAPI 3.0.3: `nullable` does not widen an `enum`).
 */
function tidy(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tidy);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) if (key !== '$id' && key !== '$schema') out[key] = tidy(value);
  if (out['nullable'] === true && Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null];
  return out;
}

const toSchema = (schema: z.ZodType, io: 'input' | 'output') => tidy(z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' })) as JsonSchema;

/**
 * Collects request and response schemas, then writes them to components with references between them. A schema sent
 * in requests and also answered keeps its name for the answer and gets an `Input` suffix for the request (zod's input
 * and output differ where there are defaults and transforms).
 */
class SchemaSet {
  private readonly outputs = new Map<z.ZodType, string>();
  private readonly inputs = new Map<z.ZodType, { name: string; refs: JsonSchema[] }>();

  output(schema: z.ZodType, fallback: string): JsonSchema {
    const name = this.outputs.get(schema) ?? nameOf(schema, fallback);
    this.outputs.set(schema, name);
    return { $ref: `#/components/schemas/${name}` };
  }

  /** The reference is filled in by `write`, once every answer's name is known. */
  input(schema: z.ZodType, fallback: string): JsonSchema {
    const ref: JsonSchema = {};
    const entry = this.inputs.get(schema) ?? { name: nameOf(schema, fallback), refs: [] };
    entry.refs.push(ref);
    this.inputs.set(schema, entry);
    return ref;
  }

  write(): Record<string, JsonSchema> {
    const outputRegistry = z.registry<{ id: string }>();
    for (const [schema, id] of this.outputs) outputRegistry.add(schema, { id });
    const taken = new Set(this.outputs.values());
    const inputRegistry = z.registry<{ id: string }>();
    for (const [schema, entry] of this.inputs) {
      const id = taken.has(entry.name) ? `${entry.name}Input` : entry.name;
      inputRegistry.add(schema, { id });
      for (const ref of entry.refs) ref['$ref'] = `#/components/schemas/${id}`;
    }
    return { ...componentsOf(outputRegistry, 'output'), ...componentsOf(inputRegistry, 'input') };
  }
}

function componentsOf(registry: z.core.$ZodRegistry<{ id: string }>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const json = z.toJSONSchema(registry, { target: 'openapi-3.0', io, unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` });
  return tidy(json.schemas) as Record<string, JsonSchema>;
}

/** A query or params schema spelled out as OpenAPI parameters. */
function parametersOf(schema: z.ZodType, where: 'query' | 'path'): Parameter[] {
  const json = toSchema(schema, 'input');
  const properties = (json['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json['required'] ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      schema: rest,
      ...(typeof description === 'string' ? { description } : {}),
    };
  });
}

const ERROR_RESPONSES = {
  BadRequest: 'Invalid request: malformed JSON, a NUL character in a field, a field that fails validation (VALIDATION_FAILED) or a cursor this list did not issue (INVALID_CURSOR)',
  Unauthenticated: 'No session, or the session has ended (UNAUTHENTICATED)',
  Forbidden: 'Missing or wrong x-csrf-token on a state-changing request, or a role that may not do this (FORBIDDEN)',
  NotFound: 'Nothing with this id in the caller’s organization, or an id that is not one (NOT_FOUND)',
  Error: 'Any other failure, in the same shape: CONFLICT / ILLEGAL_TRANSITION / COOLDOWN_ACTIVE (409), PAYLOAD_TOO_LARGE (413), UNSUPPORTED_MEDIA_TYPE (415), DOMAIN_RULE (422), THROTTLED (429, with Retry-After), INTERNAL (500), SERVICE_UNAVAILABLE (503)',
} as const;

function contentOf(body: Body, schemas: SchemaSet, fallbackName: string): MediaTypes | undefined {
  if (body === 'empty') return undefined;
  if (body instanceof z.ZodType) return { 'application/json': { schema: schemas.output(body, fallbackName) } };
  return { [body.text]: { schema: { type: 'string' } } };
}

/**
 * The success answers of an operation: from the handler's swagger response decorators when it has them, else from
 * RESPONSES — never both, and a declared success status must be the one the route really answers with.
 */
function successesOf(key: string, handler: Handler, problems: string[]): Record<string, Body> {
  const fromTable = RESPONSES[key];
  const hasDecorators = Object.keys(handler.declared).length > 0;
  if (hasDecorators && fromTable !== undefined) problems.push(`${key} declares its answer twice (a response decorator and RESPONSES in common/openapi.ts)`);
  if (hasDecorators) {
    const successes: Record<string, Body> = {};
    for (const [code, body] of Object.entries(handler.declared)) {
      // The status the route really answers wins; the decorator's own is a mistake to fix.
      if (code.startsWith('2') && Number(code) !== handler.status) problems.push(`${key} declares ${code} but answers ${handler.status} (@HttpCode, or 201 for POST)`);
      successes[code.startsWith('2') ? handler.status : code] = body;
    }
    return successes;
  }
  if (fromTable === undefined) {
    problems.push(`${key} declares no answer: add @ApiOkResponse({ type }) (or Created/NoContent) to the handler, or an entry to RESPONSES in common/openapi.ts`);
    return { [handler.status]: 'empty' };
  }
  return typeof fromTable === 'object' && 'byStatus' in fromTable ? fromTable.byStatus : { [handler.status]: fromTable };
}

const STATUS_TEXT: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No content', 404: 'Not found', 503: 'The database is unreachable' };

/**
 * Builds the document for this app (no database needed: nothing is queried). What it cannot describe truthfully is
 * listed in `problems` rather than thrown: a documentation mistake must not stop the API from starting, and
 * `npm run openapi:lint` and openapi.spec.ts fail on any.
 */
export function buildOpenApiDocument(app: INestApplication): { document: OpenAPIObject; problems: string[] } {
  const problems: string[] = [];
  const base = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Waiji API')
      .setDescription(
        'Alipay verification and appeal cases for foreigners. Sign in with POST /api/auth/login: the answer sets the `waiji_session` cookie and carries `csrfToken`, which every state-changing request sends back as the `x-csrf-token` header. Every error answers `{ error: { code, message, details } }`.',
      )
      .setVersion('0.1.0')
      .addServer('/', 'This server')
      .addApiKey({ type: 'apiKey', in: 'cookie', name: 'waiji_session', description: 'The session cookie set by login, sign-up and invitation acceptance' }, 'session')
      .addApiKey({ type: 'apiKey', in: 'header', name: 'x-csrf-token', description: 'The `csrfToken` of /api/auth/me; required on every state-changing request' }, 'csrf')
      .build(),
  );
  const byOperationId = handlers(app);
  const schemas = new SchemaSet();
  const paths = base.paths as unknown as Record<string, Record<string, Operation>>;
  for (const [path, operations] of Object.entries(HAND_WRITTEN_OPERATIONS)) paths[path] = { ...paths[path], ...operations };

  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const key = `${method.toUpperCase()} ${path}`;
      const handler = byOperationId.get(operation.operationId ?? '');
      if (!handler) {
        problems.push(`${key}: no handler (operationId ${operation.operationId ?? 'missing'})`);
        delete operations[method];
        continue;
      }
      const { isPublic } = handler;
      const methodName = (operation.operationId ?? key).split('_').pop() ?? key;
      operation.summary ??= pascal(methodName.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());

      const pathParams = handler.params
        ? parametersOf(handler.params, 'path')
        : (operation.parameters ?? [])
            .filter((p) => p.in === 'path')
            .map((p) => ({ ...p, schema: handler.uuidParams.has(p.name) ? { type: 'string', format: 'uuid' } : { type: 'string' } }));
      operation.parameters = [...pathParams, ...(handler.query ? parametersOf(handler.query, 'query') : [])];
      if (operation.parameters.length === 0) delete operation.parameters;

      delete operation.requestBody;
      const rawBody = RAW_REQUEST_BODIES[key];
      if (rawBody) operation.requestBody = { required: true, content: { [rawBody]: { schema: { type: 'string' } } } };
      else if (handler.body) {
        operation.requestBody = { required: true, content: { 'application/json': { schema: schemas.input(handler.body, pascal(methodName) + 'Request') } } };
      }

      const successes = successesOf(key, handler, problems);
      const responses: Record<string, Response> = {};
      for (const [code, body] of Object.entries(successes)) {
        const content = contentOf(body, schemas, pascal(methodName) + 'Response');
        responses[code] = { description: STATUS_TEXT[Number(code)] ?? 'OK', ...(content ? { content } : {}) };
      }
      responses['400'] ??= { $ref: '#/components/responses/BadRequest' };
      if (!isPublic) {
        responses['401'] = { $ref: '#/components/responses/Unauthenticated' };
        responses['403'] = { $ref: '#/components/responses/Forbidden' };
      }
      if (pathParams.length > 0) responses['404'] ??= { $ref: '#/components/responses/NotFound' };
      responses['default'] = { $ref: '#/components/responses/Error' };
      operation.responses = responses;
      operation.security = isPublic ? [] : method === 'get' ? [{ session: [] }] : [{ session: [], csrf: [] }];
    }
  }

  const errorRef = schemas.output(contract.errorBody, 'ErrorBody');
  const componentSchemas = schemas.write();
  const errorContent = { 'application/json': { schema: errorRef } };
  const document = {
    ...base,
    info: { ...base.info, license: { name: 'Proprietary (UNLICENSED)' } },
    tags: [...new Set(Object.values(paths).flatMap((operations) => Object.values(operations).flatMap((operation) => operation.tags ?? [])))]
      .sort()
      .map((name) => (TAGS[name] ? { name, description: TAGS[name] } : { name })),
    components: {
      ...base.components,
      schemas: componentSchemas,
      responses: Object.fromEntries(Object.entries(ERROR_RESPONSES).map(([name, description]) => [name, { description, content: errorContent }])),
    },
  } as OpenAPIObject;
  return { document, problems };
}

/** Serves the document at /api/docs-json (Nest's usual place) and /api/docs/openapi.json, and the UI at /api/docs. */
export function serveOpenApi(app: NestFastifyApplication): void {
  const { document, problems } = buildOpenApiDocument(app);
  for (const problem of problems) new Logger('OpenAPI').warn(problem);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: OPENAPI_JSON_PATHS[0].slice(1), yamlDocumentUrl: 'api/docs-yaml' });
  app.getHttpAdapter().getInstance().get(OPENAPI_JSON_PATHS[1], async (_request, reply) => reply.type('application/json; charset=utf-8').send(document));
}
