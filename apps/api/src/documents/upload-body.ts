import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { uploadDocumentFields, type UploadDocumentFields } from '@waiji/contract';
import { ApiError } from '../common/api-error';

/** An upload's fields and bytes, read with the size cap (at most `maxBytes` are ever held for the file). */
export type DocumentUpload = { fields: UploadDocumentFields; bytes: Buffer; filename: string };

function tooLarge(maxBytes: number): ApiError {
  return new ApiError('FILE_TOO_LARGE', `The file is over ${Math.round(maxBytes / 1024 / 1024)} MB`, { maxBytes });
}

function fieldValue(part: MultipartFile, name: string): unknown {
  const value = part.fields[name];
  const one = Array.isArray(value) ? value[0] : value;
  return one && one.type === 'field' ? (one as MultipartValue).value : undefined;
}

/**
 * Reads `POST /cases/:id/documents`: the text fields `kind` (and `requestId`) before the part `file`. The file
 * streams in with busboy's byte limit, so a larger one is cut at `maxBytes` and answered 413 (the rest of the body
 * is read off the connection and dropped, never kept).
 */
export async function readDocumentUpload(request: FastifyRequest, maxBytes: number): Promise<DocumentUpload> {
  if (typeof request.isMultipart !== 'function' || !request.isMultipart()) {
    throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data: the field "kind", then "file"');
  }
  let part: MultipartFile | undefined;
  try {
    part = await request.file({
      limits: { fileSize: maxBytes, files: 1, fields: 4, parts: 5, fieldSize: 200 },
      throwFileSizeLimit: true,
    });
  } catch (error) {
    throw uploadError(error, maxBytes);
  }
  if (!part || part.fieldname !== 'file') throw new ApiError('BAD_REQUEST', 'Send the file in the field "file"');
  let bytes: Buffer;
  try {
    bytes = await part.toBuffer();
    if (part.file.truncated) throw tooLarge(maxBytes);
  } catch (error) {
    throw uploadError(error, maxBytes);
  }
  if (bytes.length === 0) throw new ApiError('BAD_REQUEST', 'The file is empty');
  const parsed = uploadDocumentFields.safeParse({
    kind: fieldValue(part, 'kind'),
    ...(fieldValue(part, 'requestId') !== undefined ? { requestId: fieldValue(part, 'requestId') } : {}),
  });
  if (!parsed.success) {
    throw new ApiError('VALIDATION_FAILED', 'The fields "kind" (and "requestId") must come before "file"', {
      issues: parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
    });
  }
  return { fields: parsed.data, bytes, filename: part.filename };
}

function uploadError(error: unknown, maxBytes: number): ApiError {
  if (error instanceof ApiError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(maxBytes);
  return new ApiError('BAD_REQUEST', 'The upload could not be read (a malformed or cut-off multipart body)');
}
