import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** The parts of the served OpenAPI document the tests read. */
export type JsonSchema = { $ref?: string; type?: string; [key: string]: unknown };
export type Parameter = { name: string; in: 'path' | 'query'; required?: boolean; schema?: JsonSchema };
type MediaTypes = Record<string, { schema?: JsonSchema }>;
type ResponseObject = { description?: string; content?: MediaTypes; $ref?: string };
export type Operation = {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content: MediaTypes };
  responses: Record<string, ResponseObject>;
  security?: Record<string, string[]>[];
};
export type OpenApiDocument = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, ResponseObject>;
    securitySchemes?: Record<string, unknown>;
  };
};

/** One documented operation: `key` is `METHOD /api/path/{param}`. */
export type DocumentedOperation = { key: string; method: string; path: string; operation: Operation };

export async function fetchDocument(app: NestFastifyApplication, url = '/api/docs-json'): Promise<OpenApiDocument> {
  const response = await app.inject({ method: 'GET', url });
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode}`);
  return response.json<OpenApiDocument>();
}

export function operationsOf(document: OpenApiDocument): DocumentedOperation[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      key: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      operation,
    })),
  );
}

/** Fastify's route pattern (/api/cases/:id) in OpenAPI's spelling (/api/cases/{id}). */
export const openApiPath = (fastifyUrl: string) => fastifyUrl.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

/** Validates bodies against the document's schemas (OpenAPI 3.0: ajv reads `nullable`; formats from ajv-formats). */
export class ResponseChecker {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument) {
    addFormats(this.ajv);
    this.ajv.addSchema(document as unknown as object, 'openapi.json');
  }

  /** What is wrong with this answer according to the document, or undefined when it matches. */
  check(key: string, status: number, contentType: string | undefined, text: string): string | undefined {
    const [method = '', path = ''] = key.split(' ');
    const operation = this.document.paths[path]?.[method.toLowerCase()];
    if (!operation) return `${key} is not in the document`;
    const declared = operation.responses[String(status)] ?? operation.responses['default'];
    if (!declared)
      return `${key} answered ${status}, which the document does not list (${Object.keys(operation.responses).join(', ')})`;
    const response = this.resolve(declared);
    const content = response.content;
    if (!content)
      return text === '' ? undefined : `${key} ${status}: the document says no body, got ${text.slice(0, 120)}`;
    const mediaType = (contentType ?? '').split(';')[0]?.trim() ?? '';
    const media = content[mediaType];
    if (!media)
      return `${key} ${status}: content-type ${mediaType || '(none)'}, the document lists ${Object.keys(content).join(', ')}`;
    if (mediaType !== 'application/json' || !media.schema) return undefined;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return `${key} ${status}: not JSON: ${text.slice(0, 120)}`;
    }
    const validate = this.validator(media.schema);
    if (validate(body)) return undefined;
    const errors = (validate.errors ?? [])
      .slice(0, 5)
      .map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
    return `${key} ${status}: ${errors.join('; ')} — body ${text.slice(0, 200)}`;
  }

  private resolve(response: ResponseObject): ResponseObject {
    const name = response.$ref?.replace('#/components/responses/', '');
    return name ? (this.document.components.responses[name] ?? response) : response;
  }

  private validator(schema: JsonSchema): ValidateFunction {
    const id = schema.$ref ? `openapi.json${schema.$ref}` : JSON.stringify(schema);
    let validate = this.compiled.get(id);
    if (!validate) {
      validate = schema.$ref ? this.ajv.getSchema(id) : this.ajv.compile(schema);
      if (!validate) throw new Error(`No schema at ${id}`);
      this.compiled.set(id, validate);
    }
    return validate;
  }
}

/** One answer of the app as it left Fastify. */
export type Recorded = { key: string; status: number; contentType: string | undefined; text: string };

/**
 * Records every answer to a routed request as it is sent (whoever sent the request: test users, the kits' helpers,
 * raw inject), so a test can check each against the document. For `createTestApp`'s `beforeInit`:
 * `useTestApp({ beforeInit: (app) => (recorded = recordAnswers(app)) })`.
 */
export function recordAnswers(app: NestFastifyApplication): Recorded[] {
  const recorded: Recorded[] = [];
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply, payload) => {
      const url = request.routeOptions.url;
      // The document itself and its UI (under /api/docs) are not operations of the API.
      if (url?.startsWith('/api/') && !url.startsWith('/api/docs') && !reply.hasHeader('content-encoding')) {
        const contentType = reply.getHeader('content-type');
        recorded.push({
          key: `${request.method} ${openApiPath(url)}`,
          status: reply.statusCode,
          contentType: typeof contentType === 'string' ? contentType : undefined,
          // Streams (the CSV export) are checked by content type only.
          text:
            typeof payload === 'string'
              ? payload
              : Buffer.isBuffer(payload)
                ? payload.toString('utf8')
                : payload == null
                  ? ''
                  : '[stream]',
        });
      }
      return payload;
    });
  return recorded;
}
