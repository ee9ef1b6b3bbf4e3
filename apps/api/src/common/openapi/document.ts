import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import * as contract from '@waiji/contract';
import { z } from 'zod';
import { type Handler, handlers } from './handlers';
import {
  ERROR_RESPONSES,
  HAND_WRITTEN_OPERATIONS,
  RAW_REQUEST_BODIES,
  RESPONSES,
  STATUS_TEXT,
  TAGS,
} from './responses';
import { pascal, parametersOf, SchemaSet } from './schemas';
import type { Body, MediaTypes, Operation, Response } from './types';
import { refusedToTokens } from '../../auth/api-tokens';

/**
 * The OpenAPI document. Paths, methods, tags and summaries come from @nestjs/swagger's scan of the controllers; every
 * schema is generated here from the zod schemas of libs/contract with zod's own OpenAPI 3.0 output, because
 * @nestjs/swagger's conversion of nestjs-zod DTOs typed nullable and piped fields wrongly (a nullable passport number
 * came out as an array). Success codes and security are read from the same metadata Nest routes and guards with, so
 * they cannot drift from what the app does; the response-validation test checks real answers of every route against
 * this document.
 */

function contentOf(body: Body, schemas: SchemaSet, fallbackName: string): MediaTypes | undefined {
  if (body === 'empty') return undefined;
  if (body instanceof z.ZodType) return { 'application/json': { schema: schemas.output(body, fallbackName) } };
  // One media type, or several separated by commas (a stored file answers in its own type).
  return Object.fromEntries(body.text.split(',').map((type) => [type.trim(), { schema: { type: 'string' } }]));
}

/**
 * The success answers of an operation: from the handler's swagger response decorators when it has them, else from
 * RESPONSES — never both, and a declared success status must be the one the route really answers with.
 */
function successesOf(key: string, handler: Handler, problems: string[]): Record<string, Body> {
  const fromTable = RESPONSES[key];
  const hasDecorators = Object.keys(handler.declared).length > 0;
  if (hasDecorators && fromTable !== undefined)
    problems.push(
      `${key} declares its answer twice (a response decorator and RESPONSES in common/openapi/responses.ts)`,
    );
  if (hasDecorators) {
    const successes: Record<string, Body> = {};
    for (const [code, body] of Object.entries(handler.declared)) {
      // The status the route really answers wins; the decorator's own is a mistake to fix.
      if (code.startsWith('2') && Number(code) !== handler.status)
        problems.push(`${key} declares ${code} but answers ${handler.status} (@HttpCode, or 201 for POST)`);
      successes[code.startsWith('2') ? handler.status : code] = body;
    }
    return successes;
  }
  if (fromTable === undefined) {
    problems.push(
      `${key} declares no answer: add @ApiOkResponse({ type }) (or Created/NoContent) to the handler, or an entry to RESPONSES in common/openapi/responses.ts`,
    );
    return { [handler.status]: 'empty' };
  }
  return typeof fromTable === 'object' && 'byStatus' in fromTable
    ? fromTable.byStatus
    : { [handler.status]: fromTable };
}

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
      .addApiKey(
        {
          type: 'apiKey',
          in: 'cookie',
          name: 'waiji_session',
          description: 'The session cookie set by login, sign-up and invitation acceptance',
        },
        'session',
      )
      .addApiKey(
        {
          type: 'apiKey',
          in: 'header',
          name: 'x-csrf-token',
          description: 'The `csrfToken` of /api/auth/me; required on every state-changing request',
        },
        'csrf',
      )
      .addBearerAuth(
        {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'wj_…',
          description:
            'An API token (Settings → API tokens): `Authorization: Bearer wj_…`. Scopes cap the role (cases:read → viewer, read-only; cases:write → helper; admin → admin); no CSRF token. A cookie sent with it is ignored.',
        },
        'bearer',
      )
      .build(),
  );
  const byOperationId = handlers(app);
  const schemas = new SchemaSet();
  const paths = base.paths as unknown as Record<string, Record<string, Operation>>;
  for (const [path, operations] of Object.entries(HAND_WRITTEN_OPERATIONS))
    paths[path] = { ...paths[path], ...operations };

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
            .map((p) => ({
              ...p,
              schema: handler.uuidParams.has(p.name) ? { type: 'string', format: 'uuid' } : { type: 'string' },
            }));
      operation.parameters = [...pathParams, ...(handler.query ? parametersOf(handler.query, 'query') : [])];
      if (operation.parameters.length === 0) delete operation.parameters;

      delete operation.requestBody;
      const rawBody = RAW_REQUEST_BODIES[key];
      if (rawBody) operation.requestBody = { required: true, content: { [rawBody]: { schema: { type: 'string' } } } };
      else if (handler.body) {
        operation.requestBody = {
          required: true,
          content: { 'application/json': { schema: schemas.input(handler.body, pascal(methodName) + 'Request') } },
        };
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
      const sessionSecurity = method === 'get' ? [{ session: [] }] : [{ session: [], csrf: [] }];
      // API tokens (auth/api-tokens.ts) reach every route but the account's, the sessions' and the tokens' own.
      const bearer = !refusedToTokens(path);
      operation.security = isPublic ? [] : bearer ? [...sessionSecurity, { bearer: [] }] : sessionSecurity;
    }
  }

  const errorRef = schemas.output(contract.errorBody, 'ErrorBody');
  const componentSchemas = schemas.write();
  const errorContent = { 'application/json': { schema: errorRef } };
  const document = {
    ...base,
    info: { ...base.info, license: { name: 'Proprietary (UNLICENSED)' } },
    tags: [
      ...new Set(
        Object.values(paths).flatMap((operations) =>
          Object.values(operations).flatMap((operation) => operation.tags ?? []),
        ),
      ),
    ]
      .sort()
      .map((name) => (TAGS[name] ? { name, description: TAGS[name] } : { name })),
    components: {
      ...base.components,
      schemas: componentSchemas,
      responses: Object.fromEntries(
        Object.entries(ERROR_RESPONSES).map(([name, description]) => [name, { description, content: errorContent }]),
      ),
    },
  } as OpenAPIObject;
  return { document, problems };
}
