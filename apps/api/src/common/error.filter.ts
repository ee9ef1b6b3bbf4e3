import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodValidationException } from 'nestjs-zod';
import type { ErrorBody, ErrorCode } from '@waiji/contract';
import { ApiError, statusFor } from './api-error';
import { sendSpaIndex } from './spa';

const codeByStatus: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'DOMAIN_RULE',
  429: 'THROTTLED',
  503: 'SERVICE_UNAVAILABLE',
};

type Normalised = { status: number; body: ErrorBody; headers?: Record<string, string> };

/** Turns anything thrown into `{ error: { code, message, details } }`; never leaks a stack trace. */
export function normaliseError(error: unknown): Normalised {
  if (error instanceof ApiError) {
    return {
      status: statusFor(error.code),
      body: { error: { code: error.code, message: error.message, details: error.details } },
    };
  }
  if (error instanceof ZodValidationException) {
    const zodError = error.getZodError() as {
      issues?: { path: PropertyKey[]; message: string; code: string; keys?: string[] }[];
    };
    // An unknown field is reported at its parent's path; name the field itself instead.
    const issues = (zodError.issues ?? []).flatMap((issue) =>
      issue.code === 'unrecognized_keys' && issue.keys?.length
        ? issue.keys.map((key) => ({
            field: [...issue.path.map(String), key].join('.'),
            message: 'is not a known field',
            code: issue.code,
          }))
        : [{ field: issue.path.map(String).join('.'), message: issue.message, code: issue.code }],
    );
    const fields = issues.map((issue) => issue.field || '(body)').join(', ');
    return {
      status: 400,
      body: { error: { code: 'VALIDATION_FAILED', message: `Invalid input: ${fields}`, details: { issues } } },
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
    return {
      status,
      body: {
        error: {
          code: codeByStatus[status] ?? (status >= 500 ? 'INTERNAL' : 'BAD_REQUEST'),
          message: Array.isArray(message) ? message.join('; ') : String(message ?? error.message),
        },
      },
    };
  }
  // Fastify's own errors (malformed JSON, body too large, wrong content type) carry a 4xx statusCode.
  const fastifyError = error as { statusCode?: unknown; code?: unknown; message?: unknown };
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    const status = fastifyError.statusCode;
    const message =
      fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError
        ? 'Malformed JSON in request body'
        : String(fastifyError.message ?? 'Bad request');
    return { status, body: { error: { code: codeByStatus[status] ?? 'BAD_REQUEST', message } } };
  }
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'Internal error; it has been logged.' } } };
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const normalised = normaliseError(error);
    if (normalised.status === 404 && request.method === 'GET' && !request.url.startsWith('/api') && sendSpaIndex(reply))
      return;
    if (normalised.status >= 500) this.logger.error(error);
    const retryAfter = (normalised.body.error.details as { retryAfterSeconds?: unknown } | undefined)
      ?.retryAfterSeconds;
    if (normalised.status === 429 && typeof retryAfter === 'number')
      void reply.header('retry-after', String(retryAfter));
    // Headers that described the body the route meant to send (a compressed stream, a file to save) would mislabel
    // this JSON: a stream that failed before its first byte has already copied them onto the raw response.
    for (const name of ['content-encoding', 'content-disposition']) {
      void reply.removeHeader(name);
      if (!reply.raw.headersSent) reply.raw.removeHeader(name);
    }
    void reply
      .status(normalised.status)
      .header('content-type', 'application/json; charset=utf-8')
      .send(normalised.body);
  }
}
