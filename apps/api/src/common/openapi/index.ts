import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { buildOpenApiDocument } from './document';

// The OpenAPI document of the API: document.ts builds it from Nest's routes (handlers.ts, controllers.ts) and the zod
// schemas of libs/contract (schemas.ts); responses.ts holds what the code cannot say by itself, as data.

export { buildOpenApiDocument } from './document';
export { UNDOCUMENTED_ROUTES } from './responses';

export const OPENAPI_JSON_PATHS = ['/api/docs-json', '/api/docs/openapi.json'] as const;

/**
 * Serves the document at /api/docs-json (Nest's usual place) and /api/docs/openapi.json, and the UI at /api/docs. The
 * document is built by the first request for it, not at start (~1 s of CPU and some MB for 165 operations that most
 * starts never serve); its problems (none, openapi.spec checks) are logged then.
 */
export function serveOpenApi(app: NestFastifyApplication): void {
  let built: OpenAPIObject | undefined;
  const document = (): OpenAPIObject => {
    if (!built) {
      const { document: made, problems } = buildOpenApiDocument(app);
      for (const problem of problems) new Logger('OpenAPI').warn(problem);
      built = made;
    }
    return built;
  };
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: OPENAPI_JSON_PATHS[0].slice(1),
    yamlDocumentUrl: 'api/docs-yaml',
  });
  app
    .getHttpAdapter()
    .getInstance()
    .get(OPENAPI_JSON_PATHS[1], async (_request, reply) =>
      reply.type('application/json; charset=utf-8').send(document()),
    );
}
