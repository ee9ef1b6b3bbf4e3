import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { screenshotReadingResponse, type ScreenshotReadingResponse } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { AllowClient, Auth, PublicUpload } from '../auth/auth.decorators';
import { ScreenshotReadingService } from './screenshot-reading.service';

class ScreenshotReadingDto extends createZodDto(screenshotReadingResponse) {}

@ApiTags('checks')
@Controller()
export class OcrController {
  constructor(private readonly screenshots: ScreenshotReadingService) {}

  @Post('interpret/screenshot')
  @HttpCode(200)
  @AllowClient()
  @ApiConsumes('multipart/form-data')
  @ApiOkResponse({ type: ScreenshotReadingDto })
  @ApiOperation({
    summary: 'Read a screenshot or photo of the Alipay app (OCR, Chinese and English) and interpret the text',
  })
  read(@Auth() auth: AuthContext, @Req() request: FastifyRequest): Promise<ScreenshotReadingResponse> {
    return this.screenshots.read(auth, request);
  }

  @Post('public/interpret/screenshot')
  @HttpCode(200)
  @PublicUpload()
  @ApiConsumes('multipart/form-data')
  @ApiOkResponse({ type: ScreenshotReadingDto })
  @ApiOperation({
    summary: 'The public Alipay helper’s screenshot reader: a smaller image, a few reads per hour per address',
  })
  readPublic(@Req() request: FastifyRequest): Promise<ScreenshotReadingResponse> {
    return this.screenshots.readPublic(request);
  }
}
