import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import { interpretAlipayMessage } from '@waiji/domain';
import { PUBLIC_SCREENSHOT_MAX_BYTES, SCREENSHOT_MAX_BYTES, type ScreenshotReadingResponse } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { ThrottleService } from '../auth/throttle.service';
import { ApiError } from '../common/api-error';
import { TenantDatabase } from '../database/tenant-database';
import { toInterpretationResponse } from '../cases/case-rows';
import { OcrService } from './ocr.service';

/**
 * POST …/interpret/screenshot: the uploaded image (multipart field `file`) → OCR → the interpreter, the same reading
 * POST /api/interpret gives pasted text. The bytes live only in this request: nothing is written anywhere.
 */
@Injectable()
export class ScreenshotReadingService {
  constructor(
    private readonly ocr: OcrService,
    private readonly throttle: ThrottleService,
    private readonly db: TenantDatabase,
  ) {}

  async read(_auth: AuthContext, request: FastifyRequest): Promise<ScreenshotReadingResponse> {
    return this.readUpload(request, SCREENSHOT_MAX_BYTES);
  }

  /** The public Alipay helper's: a smaller image, and at most the throttle's hourly count per address. */
  async readPublic(request: FastifyRequest): Promise<ScreenshotReadingResponse> {
    const keys = [`ip:${request.ip}`];
    await this.throttle.check('screenshot', keys);
    await this.db.system((tx) => this.throttle.recordFailure(tx, 'screenshot', keys));
    return this.readUpload(request, PUBLIC_SCREENSHOT_MAX_BYTES);
  }

  private async readUpload(request: FastifyRequest, maxBytes: number): Promise<ScreenshotReadingResponse> {
    const image = await uploadedImage(request, maxBytes);
    const started = performance.now();
    const { text, lines } = await this.ocr.recognise(image);
    const interpretations = text.trim() === '' ? [] : interpretAlipayMessage(text, { receivedAt: new Date() });
    return {
      text,
      lines,
      reading: { interpretations: interpretations.map(toInterpretationResponse) },
      ms: Math.round(performance.now() - started),
    };
  }
}

/** The one file of a multipart upload, read into memory up to `maxBytes` (413 past it, 415 when not multipart). */
async function uploadedImage(request: FastifyRequest, maxBytes: number): Promise<Buffer> {
  if (typeof request.isMultipart !== 'function' || !request.isMultipart())
    throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send the image as multipart/form-data in the field "file"');
  let file: MultipartFile | undefined;
  try {
    file = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6 } });
  } catch (error) {
    throw uploadError(error, maxBytes);
  }
  if (!file || file.fieldname !== 'file') throw new ApiError('BAD_REQUEST', 'Send the image in the field "file"');
  try {
    const bytes = await file.toBuffer();
    if (file.file.truncated) throw tooLarge(maxBytes);
    if (bytes.length === 0) throw new ApiError('BAD_REQUEST', 'The file is empty');
    return bytes;
  } catch (error) {
    throw uploadError(error, maxBytes);
  }
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError('FILE_TOO_LARGE', `The image is over ${Math.round(maxBytes / 1024 / 1024)} MB`, {
    maxBytes,
  });
}

function uploadError(error: unknown, maxBytes: number): ApiError {
  if (error instanceof ApiError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(maxBytes);
  return new ApiError('BAD_REQUEST', 'The upload could not be read (a malformed multipart body)');
}
