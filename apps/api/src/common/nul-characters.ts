import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiError } from './api-error';
import { normaliseError } from './error.filter';

/**
 * PostgreSQL cannot store U+0000 in text (22021 "invalid byte sequence"), so a NUL anywhere in a text field or a
 * filter made the statement fail: a 500. No field of ours has a use for it, so every request is checked here, once,
 * before validation: path parameters, the query string and a parsed body (strings, and the keys and values of
 * objects at any depth) — 400 VALIDATION_FAILED naming the fields. Raw bodies (the CSV upload, a stream) are read by
 * their own parser.
 */
export function rejectNulCharacters(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('preValidation', async (request, reply) => {
      const fields = [
        ...nulFields(request.params, ''),
        ...nulFields(request.query, ''),
        ...nulFields(request.body, ''),
      ];
      if (fields.length === 0) return;
      const issues = fields
        .slice(0, 20)
        .map((field) => ({ field, message: 'must not contain the NUL character (U+0000)', code: 'nul_character' }));
      const { status, body } = normaliseError(
        new ApiError('VALIDATION_FAILED', `Invalid input: ${issues.map((issue) => issue.field).join(', ')}`, {
          issues,
        }),
      );
      return reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
    });
}

/** The paths of strings (or object keys) holding a NUL; iterative, so a deeply nested body cannot overflow the stack. */
function nulFields(root: unknown, rootPath: string): string[] {
  const found: string[] = [];
  const pending: [unknown, string][] = [[root, rootPath]];
  while (pending.length > 0) {
    const [value, path] = pending.pop() ?? [undefined, ''];
    if (typeof value === 'string') {
      if (value.includes('\u0000')) found.push(path || '(body)');
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push([item, path ? `${path}.${index}` : String(index)]));
    } else if (
      value !== null &&
      typeof value === 'object' &&
      !Buffer.isBuffer(value) &&
      typeof (value as { pipe?: unknown }).pipe !== 'function'
    ) {
      for (const [key, item] of Object.entries(value)) {
        const field = path ? `${path}.${key.replaceAll('\u0000', '\\u0000')}` : key.replaceAll('\u0000', '\\u0000');
        if (key.includes('\u0000')) found.push(field);
        pending.push([item, field]);
      }
    }
  }
  return found;
}
